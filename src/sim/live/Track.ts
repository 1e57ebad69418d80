// Track (https://docs.cycling74.com/apiref/lom/track/): a MIDI, audio or group track, a return track or the
// master track. "Not all properties are supported by all types of tracks": return and master tracks have
// no clip slots, the master no mute/solo, group tracks no input; `arm` raises on those that cannot be armed.
import type { Clip } from "./Clip";
import { ClipSlot } from "./ClipSlot";
import type { Device, DeviceHost } from "./Device";
import type { LiveCore } from "./LiveCore";
import type { LomClass } from "./LiveObject";
import { LiveError, LiveObject } from "./LiveObject";
import { MixerDevice } from "./MixerDevice";
import { createScene } from "./SongScenes";
import { removeArrangementClip } from "./TrackArrangement";
import { CLASSES } from "./TrackLom";
import { TrackView } from "./TrackView";

export type TrackKind = "midi" | "audio" | "group" | "return" | "master";

/** A routing type or channel as Live 12 represents it: a dictionary {display_name, identifier}. */
export interface RoutingChoice {
  display_name: string;
  identifier: number;
}

export type RoutingProp = "input_routing_type" | "input_routing_channel" | "output_routing_type" | "output_routing_channel";

const choices = (names: string[]): RoutingChoice[] => names.map((display_name, identifier) => ({ display_name, identifier }));
/** The EC4's USB port, as Live names it among a MIDI track's inputs. */
export const EC4_INPUT = "FaderFox EC4";
export const ALL_CHANNELS = "All Channels";
/** A MIDI input channel's display name: "Ch. 4". */
export const channelName = (channel: number): string => `Ch. ${channel}`;
export const MIDI_INPUT_TYPES = choices(["All Ins", "Computer Keyboard", EC4_INPUT, "No Input"]);
export const MIDI_INPUT_CHANNELS = choices([ALL_CHANNELS, ...Array.from({ length: 16 }, (_, i) => channelName(i + 1))]);
export const AUDIO_INPUT_TYPES = choices(["Ext. In", "Resampling", "No Input"]);
export const AUDIO_INPUT_CHANNELS = choices(["1/2", "1", "2"]);
const OUTPUT_TYPES = choices(["Master", "Sends Only"]);
const OUTPUT_CHANNELS = choices(["Track In"]);
const MASTER_OUTPUT_TYPES = choices(["Ext. Out"]);
const MASTER_OUTPUT_CHANNELS = choices(["1/2"]);
/** What a track without inputs (group, return, master) would report; those tracks do not expose it. */
const NO_ROUTING: RoutingChoice = { display_name: "", identifier: -1 };

export interface TrackInit {
  kind: TrackKind;
  name: string;
  color?: number;
  arm?: boolean;
  mute?: boolean;
  solo?: boolean;
  /** Group tracks: 1 = folded. */
  foldState?: number;
  monitoring?: 0 | 1 | 2;
  /** Display names among the available input routings (e.g. "Ch. 2"). */
  inputType?: string;
  inputChannel?: string;
  sends?: number;
}

export class Track extends LiveObject implements DeviceHost {
  readonly clipSlots: ClipSlot[] = [];
  /** In time order (TrackArrangement.ts). */
  readonly arrangementClips: Clip[] = [];
  readonly devices: Device[] = [];
  readonly mixer: MixerDevice;
  readonly view: TrackView;
  groupTrack: Track | null = null;
  readonly routing: Record<RoutingProp, RoutingChoice>;

  constructor(core: LiveCore, readonly kind: TrackKind, init: TrackInit, sceneCount: number) {
    super(core);
    Object.assign(this.values, {
      name: init.name,
      color: init.color ?? 0xff9933,
      color_index: 0,
      arm: init.arm && this.canBeArmed ? 1 : 0,
      implicit_arm: 0,
      mute: init.mute ? 1 : 0,
      solo: init.solo ? 1 : 0,
      fold_state: init.foldState ?? 0,
      current_monitoring_state: init.monitoring ?? 1,
    });
    const pick = (list: RoutingChoice[], name: string | undefined): RoutingChoice => {
      if (name === undefined) return list[0] ?? NO_ROUTING;
      const found = list.find((c) => c.display_name === name);
      if (!found) throw new Error(`track ${init.name}: no routing named ${name}`);
      return found;
    };
    this.routing = {
      input_routing_type: pick(this.inputTypes, init.inputType),
      input_routing_channel: pick(this.inputChannels, init.inputChannel),
      output_routing_type: this.outputTypes[0],
      output_routing_channel: this.outputChannels[0],
    };
    if (kind !== "return" && kind !== "master") for (let i = 0; i < sceneCount; i++) this.clipSlots.push(new ClipSlot(core, this));
    this.mixer = new MixerDevice(core, this, init.sends ?? 0);
    this.view = new TrackView(core, this);
  }

  get lom(): LomClass<LiveObject> {
    return CLASSES[this.kind];
  }
  get parent(): LiveObject {
    return this.core.song;
  }
  pathSegment(): string {
    const song = this.core.song;
    if (this.kind === "master") return "master_track";
    if (this.kind === "return") return `return_tracks ${song.returnTracks.indexOf(this)}`;
    return `tracks ${song.tracks.indexOf(this)}`;
  }
  override ownedObjects(): readonly LiveObject[] {
    return [...this.clipSlots, ...this.arrangementClips, ...this.devices, this.mixer, this.view];
  }

  get name(): string {
    return String(this.values.name);
  }
  get isGroup(): boolean {
    return this.kind === "group";
  }
  get canBeArmed(): boolean {
    return this.kind === "midi" || this.kind === "audio";
  }
  get isVisible(): boolean {
    for (let g = this.groupTrack; g; g = g.groupTrack) if (g.values.fold_state === 1) return false;
    return true;
  }
  get mutedViaSolo(): boolean {
    return this.values.solo !== 1 && this.core.song.allTracks().some((t) => t.values.solo === 1);
  }
  get playingSlotIndex(): number {
    return this.clipSlots.findIndex((s) => s.playingStatus !== 0);
  }

  get inputTypes(): RoutingChoice[] {
    return this.kind === "midi" ? MIDI_INPUT_TYPES : this.kind === "audio" ? AUDIO_INPUT_TYPES : [];
  }
  get inputChannels(): RoutingChoice[] {
    return this.kind === "midi" ? MIDI_INPUT_CHANNELS : this.kind === "audio" ? AUDIO_INPUT_CHANNELS : [];
  }
  get outputTypes(): RoutingChoice[] {
    return this.kind === "master" ? MASTER_OUTPUT_TYPES : OUTPUT_TYPES;
  }
  get outputChannels(): RoutingChoice[] {
    return this.kind === "master" ? MASTER_OUTPUT_CHANNELS : OUTPUT_CHANNELS;
  }

  /** "Can be set to any of the values found in available_..." (matched by identifier, else display_name). */
  setRouting(prop: RoutingProp, value: Record<string, unknown>): void {
    const list = prop === "input_routing_type" ? this.inputTypes : prop === "input_routing_channel" ? this.inputChannels : prop === "output_routing_type" ? this.outputTypes : this.outputChannels;
    const found = list.find((c) => (value.identifier !== undefined ? c.identifier === Number(value.identifier) : c.display_name === value.display_name));
    if (!found) throw new LiveError(`${prop}: ${JSON.stringify(value)} is not among the available routings`);
    const old = this.routing[prop];
    if (old === found) return;
    this.routing[prop] = found;
    const route = (to: RoutingChoice) => () => {
      this.routing[prop] = to;
      this.core.notify(this, prop);
    };
    this.core.undo.record(`set ${this}.${prop}`, route(old), undefined, route(found));
    this.core.notify(this, prop);
  }

  setSolo(on: boolean): void {
    this.core.setValue(this, "solo", on ? 1 : 0, true);
    for (const t of this.core.song.allTracks()) this.core.notify(t, "muted_via_solo");
  }

  /** This track if it can fold (a group); Live raises for the others. */
  foldable(): Track {
    if (!this.isGroup) throw new LiveError(`${this.name}: fold_state is only available on foldable (group) tracks`);
    return this;
  }

  /** Folds or unfolds; no fold_state nor is_visible listener hears it (there are none), visible_tracks does. */
  setFoldState(state: number): void {
    const old = this.values.fold_state;
    if (old === state) return;
    this.values.fold_state = state;
    this.core.undo.record(`set ${this}.fold_state ${JSON.stringify(old)} -> ${state}`, () => this.setFoldState(Number(old)), undefined, () => this.setFoldState(state));
    this.core.song.visibleTracksMayHaveChanged();
  }

  /**
   * Track.delete_clip (Live 12 API inventory): "Delete the given clip. Raises a runtime error when the clip
   * belongs to another track."
   */
  deleteClip(clip: LiveObject | null): void {
    const placed = this.arrangementClips.find((c) => c === clip);
    if (placed) return removeArrangementClip(this, placed, true);
    const slot = this.clipSlots.find((s) => s.clip !== null && s.clip === clip);
    if (!slot) throw new LiveError("delete_clip: the clip does not belong to this track");
    slot.removeClip(true);
  }

  /** The tracks directly inside this group. */
  groupedTracks(): Track[] {
    return this.core.song.tracks.filter((t) => t.groupTrack === this);
  }

  /** Every track nested (at any depth) in this group, in song order. */
  descendants(): Track[] {
    const tracks = this.core.song.tracks;
    const result: Track[] = [];
    for (let i = tracks.indexOf(this) + 1; i < tracks.length && tracks[i].isInside(this); i++) result.push(tracks[i]);
    return result;
  }

  isInside(group: Track): boolean {
    for (let g = this.groupTrack; g; g = g.groupTrack) if (g === group) return true;
    return false;
  }

  /** A new scene row at `index`. */
  /**
   * Track.duplicate_clip_slot (Live 12 API): "Duplicate a clip and put it into the next free slot and return
   * the index of the destination slot. A new scene is created if no free slot is available." The new scene
   * goes right below the source, as Live's Duplicate inserts one.
   */
  duplicateClipSlot(index: number): number {
    const source = this.clipSlots[index];
    if (!source) throw new LiveError(`duplicate_clip_slot: slot index ${index} out of range`);
    if (!source.clip) throw new LiveError("duplicate_clip_slot: the slot is empty");
    let target = this.clipSlots.findIndex((slot, i) => i > index && slot.clip === null);
    if (target < 0) {
      target = index + 1;
      createScene(this.core.song, target, {});
    }
    source.duplicateClipTo(this.clipSlots[target]!);
    return target;
  }

  addSlot(index: number): void {
    if (this.kind === "return" || this.kind === "master") return;
    this.clipSlots.splice(index, 0, new ClipSlot(this.core, this));
  }

  removeSlot(index: number): void {
    const slot = this.clipSlots[index];
    if (!slot) return;
    if (slot.clip) this.core.transport.forget(slot.clip);
    this.clipSlots.splice(index, 1);
    this.core.kill(slot);
  }

  addDevice(device: Device): void {
    this.devices.push(device);
  }

  /** After playing or fired slots changed. */
  notifySlotIndexes(): void {
    this.core.notify(this, "playing_slot_index");
    this.core.notify(this, "fired_slot_index");
  }
}
