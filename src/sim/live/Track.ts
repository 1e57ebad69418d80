// Track (https://docs.cycling74.com/apiref/lom/track/): a MIDI, audio or group track, a return track or the
// master track. "Not all properties are supported by all types of tracks": return and master tracks have
// no clip slots, the master no mute/solo, group tracks no input; `arm` raises on those that cannot be armed.
import { ClipSlot } from "./ClipSlot";
import { Device, removeDevice } from "./Device";
import type { DeviceHost } from "./Device";
import type { LiveCore } from "./LiveCore";
import type { Atom, LomClass, PropSpec } from "./LiveObject";
import {
  LiveError,
  LiveObject,
  asBool,
  asNumberIn,
  bool,
  child,
  children,
  computed,
  dict,
  dictArg,
  field,
  idArg,
  lomClass,
  nameAndColor,
  numberArg,
  without,
} from "./LiveObject";
import { MixerDevice } from "./MixerDevice";
import { createScene } from "./SongScenes";
import { TrackView } from "./TrackView";

export type TrackKind = "midi" | "audio" | "group" | "return" | "master";

/** A routing type or channel as Live 12 represents it: a dictionary {display_name, identifier}. */
export interface RoutingChoice {
  display_name: string;
  identifier: number;
}

type RoutingProp = "input_routing_type" | "input_routing_channel" | "output_routing_type" | "output_routing_channel";

const choices = (names: string[]): RoutingChoice[] => names.map((display_name, identifier) => ({ display_name, identifier }));
const MIDI_INPUT_TYPES = choices(["All Ins", "Computer Keyboard", "FaderFox EC4", "No Input"]);
const MIDI_INPUT_CHANNELS = choices(["All Channels", ...Array.from({ length: 16 }, (_, i) => `Ch. ${i + 1}`)]);
const AUDIO_INPUT_TYPES = choices(["Ext. In", "Resampling", "No Input"]);
const AUDIO_INPUT_CHANNELS = choices(["1/2", "1", "2"]);
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

const routing = (prop: RoutingProp): { type: string; observe: boolean; get(o: Track): Atom[]; set(o: Track, v: unknown[]): void } => ({
  type: "dictionary",
  observe: true,
  get: (o) => dict(prop, o.routing[prop]),
  set: (o, args) => o.setRouting(prop, dictArg(args, prop)),
});

const available = (prop: string, list: (o: Track) => RoutingChoice[]) => computed<Track>("dictionary", true, (o) => dict(prop, list(o)));

const ALL_TRACK: LomClass<LiveObject> = lomClass<Track>({
  name: "Track",
  description: "This class represents a track in Live.",
  props: {
    ...nameAndColor<Track>(),
    arm: field("arm", "bool", true, asBool),
    implicit_arm: field("implicit_arm", "bool", true, asBool),
    mute: field("mute", "bool", true, asBool),
    solo: { ...field<Track>("solo", "bool", true), set: (o, args) => o.setSolo(asBool(o, args) === 1) },
    muted_via_solo: computed("bool", true, (o) => bool(o.mutedViaSolo)),
    // Not listenable: Cycling '74's Track page gives fold_state no "observe"
    // (https://docs.cycling74.com/apiref/lom/track/) and a probe of Live 12.4 found no listener for it.
    // "Only available if is_foldable is True" (Live 12 API inventory): Live raises on other tracks; its exact
    // text is not recorded, so the wording here is ours.
    fold_state: {
      type: "int",
      observe: false,
      get: (o) => [o.foldable().values.fold_state],
      set: (o, args) => o.foldable().setFoldState(numberArg(args, 0, "fold_state") ? 1 : 0),
    },
    is_foldable: computed("bool", false, (o) => bool(o.isGroup)),
    is_grouped: computed("bool", false, (o) => bool(o.groupTrack !== null)),
    group_track: child("Track", (o) => o.groupTrack),
    // Not listenable (Track page: no "observe"; a Live 12.4 probe found no listener): Song.visible_tracks is.
    is_visible: computed("bool", false, (o) => bool(o.isVisible)),
    is_frozen: computed("bool", true, () => [0]),
    can_be_frozen: computed("bool", false, (o) => bool(o.kind === "midi" || o.kind === "audio")),
    is_part_of_selection: computed("bool", false, (o) => bool(o.core.song.view.selectedTrack === o)),
    has_midi_input: computed("bool", false, (o) => bool(o.kind === "midi")),
    has_audio_input: computed("bool", false, (o) => bool(o.kind === "audio")),
    has_midi_output: computed("bool", false, (o) => bool(o.kind === "midi" && o.devices.every((d) => d.typeCode !== 1))),
    has_audio_output: computed("bool", false, (o) => bool(o.kind !== "midi" || o.devices.some((d) => d.typeCode === 1))),
    can_be_armed: computed("bool", false, (o) => bool(o.canBeArmed)),
    current_monitoring_state: field("current_monitoring_state", "int", true, asNumberIn(0, 2, true)),
    playing_slot_index: computed("int", true, (o) => [o.playingSlotIndex]),
    fired_slot_index: computed("int", true, (o) => [o.core.transport.firedSlotIndex(o)]),
    input_routing_type: routing("input_routing_type"),
    input_routing_channel: routing("input_routing_channel"),
    output_routing_type: routing("output_routing_type"),
    output_routing_channel: routing("output_routing_channel"),
    available_input_routing_types: available("available_input_routing_types", (o) => o.inputTypes),
    available_input_routing_channels: available("available_input_routing_channels", (o) => o.inputChannels),
    available_output_routing_types: available("available_output_routing_types", (o) => o.outputTypes),
    available_output_routing_channels: available("available_output_routing_channels", (o) => o.outputChannels),
    clip_slots: children("ClipSlot", (o) => o.clipSlots, true),
    arrangement_clips: children("Clip", () => [], true),
    devices: children("Device", (o) => o.devices, true),
    mixer_device: child("MixerDevice", (o) => o.mixer),
    view: child("Track.View", (o) => o.view),
  },
  fns: {
    stop_all_clips: { write: true, call: (o) => o.core.transport.stopTrack(o) },
    delete_device: { write: true, call: (o, args) => removeDevice(o, numberArg(args, 0, "delete_device")) },
    duplicate_clip_slot: { write: true, call: (o, args) => [o.duplicateClipSlot(numberArg(args, 0, "duplicate_clip_slot"))] },
    delete_clip: { write: true, call: (o, args) => o.deleteClip(o.core.object(idArg(args, "delete_clip"))) },
  },
});

/**
 * Live's error for `arm` where can_be_armed is false, read or set: "Master and Return Tracks have no 'Arm'
 * state!" (ideoforms/AbletonOSC#115, Live 11's tutorial set). That group tracks raise it too is inferred: that
 * report read `arm` over `song.tracks`, which holds no master or return track but does hold groups.
 */
export const NO_ARM_ERROR = "Master and Return Tracks have no 'Arm' state!";
const noArm = (): never => {
  throw new LiveError(NO_ARM_ERROR);
};
/** `arm` on tracks that cannot be armed: every access raises, and observing it is refused (it would read it). */
const NO_ARM: PropSpec<LiveObject> = { type: "bool", observe: false, get: noArm, set: noArm };

const INPUT = ["implicit_arm", "current_monitoring_state", "input_routing_type", "input_routing_channel"];
const INPUT_LISTS = ["available_input_routing_types", "available_input_routing_channels"];
const SLOTS = ["clip_slots", "arrangement_clips", "playing_slot_index", "fired_slot_index", "stop_all_clips"];
const TRACK = ALL_TRACK;
const GROUP_TRACK = withNoArm(without(ALL_TRACK, "Track", ["current_monitoring_state", "input_routing_type", "input_routing_channel", ...INPUT_LISTS]));
const RETURN_TRACK = withNoArm(without(ALL_TRACK, "Track", [...INPUT, ...INPUT_LISTS, ...SLOTS]));
const MASTER_TRACK = withNoArm(without(RETURN_TRACK, "Track", ["mute", "solo", "muted_via_solo", "group_track", "is_grouped"]));

/** Every Track has `arm` in Live's API (Live 12 inventory), but it raises where the track cannot be armed. */
function withNoArm(cls: LomClass<LiveObject>): LomClass<LiveObject> {
  return { ...cls, props: { ...cls.props, arm: NO_ARM } };
}
const CLASSES: Record<TrackKind, LomClass<LiveObject>> = {
  midi: TRACK,
  audio: TRACK,
  group: GROUP_TRACK,
  return: RETURN_TRACK,
  master: MASTER_TRACK,
};

export class Track extends LiveObject implements DeviceHost {
  readonly clipSlots: ClipSlot[] = [];
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
    return [...this.clipSlots, ...this.devices, this.mixer, this.view];
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
    this.core.undo.record(`set ${this}.${prop}`, () => {
      this.routing[prop] = old;
      this.core.notify(this, prop);
    });
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
    this.core.undo.record(`set ${this}.fold_state ${JSON.stringify(old)} -> ${state}`, () => this.setFoldState(Number(old)));
    this.core.song.visibleTracksMayHaveChanged();
  }

  /**
   * Track.delete_clip (Live 12 API inventory): "Delete the given clip. Raises a runtime error when the clip
   * belongs to another track." The simulator has Session clips only.
   */
  deleteClip(clip: LiveObject | null): void {
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
