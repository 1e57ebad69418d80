// One wrapper per Live track (1:1 with Live.Track.Track). It owns the LOM access; the
// AbstractGroupTrack layer above it holds group logic.
import { AbstractTrack } from "./AbstractTrack";
import type { AbstractGroupTrack } from "./AbstractGroupTrack";
import type { ClipSlot } from "./ClipSlot";
import type { Device } from "./Device";
import type { DeviceParameter } from "./DeviceParameter";
import type { LiveObjects } from "./LiveObjects";
import type { Mirror } from "../lom/Mirror";
import type { LomClassName, PropName, PropValue } from "../lom/LomClasses";
import type { SettableProp, WriteValue } from "../lom/LomNames";

export type TrackClass = Extract<LomClassName, "Track" | "ReturnTrack" | "MasterTrack">;

/** Live's `current_monitoring_state` values (LOM: 0 = In, 1 = Auto, 2 = Off). */
export const Monitoring = { in: 0, auto: 1, off: 2 } as const;

/** The part a track plays inside an ExternalSynthTrack. */
export type SubTrackRole = "midi" | "audio" | "tail" | "dummy" | null;

export abstract class SimpleTrack extends AbstractTrack {
  /** What kind of Live track this is; Live never changes a track's kind. */
  abstract readonly kind: "midi" | "audio" | "group" | "return" | "master";
  abstract readonly cls: TrackClass;

  /** Set by the track mapper: the SimpleTrack of the Live group track, if any. */
  parentTrack: SimpleTrack | null = null;
  /** Set by the track mapper: the SimpleTracks of the Live tracks in this group, in order. */
  childTracks: SimpleTrack[] = [];
  /** Set by the track mapper when this is a group track: the AbstractGroupTrack over it. */
  ownGroup: AbstractGroupTrack | null = null;
  /** Set by the track mapper inside an ExternalSynthTrack. */
  role: SubTrackRole = null;
  trackIndex = -1;

  constructor(
    readonly id: number,
    protected readonly mirror: Mirror,
    protected readonly objects: LiveObjects,
  ) {
    super();
  }

  override get baseTrack(): SimpleTrack {
    return this;
  }
  override get subTracks(): readonly SimpleTrack[] {
    return this.childTracks;
  }
  get exists(): boolean {
    return this.mirror.node(this.id)?.type === this.cls;
  }

  /** The most specific object for the controller: its own group, the instrument it is part of, or itself. */
  get abstractTrack(): AbstractTrack {
    if (this.ownGroup) return this.ownGroup;
    const parent = this.abstractGroupTrack;
    return parent && parent.actsAsOneInstrument ? parent : this;
  }

  get trackName(): string {
    return this.trackProp("name") ?? "";
  }
  get trackColor(): number {
    return this.trackProp("color") ?? 0;
  }
  get soloed(): boolean {
    return this.trackProp("solo") ?? false;
  }
  get muted(): boolean {
    return this.trackProp("mute") ?? false;
  }
  get foldable(): boolean {
    return this.cls === "Track" && (this.mirror.get(this.id, "Track", "is_foldable") ?? false);
  }
  get folded(): boolean {
    return this.cls === "Track" && (this.mirror.get(this.id, "Track", "fold_state") ?? false);
  }
  get canBeArmed(): boolean {
    return this.cls === "Track" && (this.mirror.get(this.id, "Track", "can_be_armed") ?? false);
  }
  override get isArmed(): boolean {
    return this.canBeArmed && (this.mirror.get(this.id, "Track", "arm") ?? false);
  }
  get monitoring(): number {
    return this.mirror.get(this.id, "Track", "current_monitoring_state") ?? Monitoring.auto;
  }
  get playingSlotIndex(): number {
    return this.mirror.get(this.id, "Track", "playing_slot_index") ?? -1;
  }

  /** Holds a Protocol0 Input device: the controller comes in through this track. */
  get holdsInput(): boolean {
    return this.objects.inputTracks.has(this.id);
  }

  /** An input track is never disarmed: the controller would go silent. */
  override arm(on: boolean): Promise<unknown> {
    if (!on && this.holdsInput) return Promise.resolve();
    return this.canBeArmed ? this.writeTrack("arm", on ? 1 : 0) : Promise.resolve();
  }
  /** An input track keeps the monitoring the musician chose. */
  setMonitoring(state: number): Promise<unknown> {
    if (this.holdsInput) return Promise.resolve();
    return this.canBeArmed ? this.writeTrack("current_monitoring_state", state) : Promise.resolve();
  }

  clipSlots(): ClipSlot[] {
    return this.cls === "Track" ? this.mirror.children(this.id, "Track", "clip_slots").map((id) => this.objects.clipSlot(id)) : [];
  }
  devices(): Device[] {
    return this.mirror.children(this.id, this.cls, "devices").map((id) => this.objects.device(id));
  }
  selectedDevice(): Device | null {
    const view = this.mirror.child(this.id, this.cls, "view");
    const id = view === null ? null : this.mirror.get(view, "TrackView", "selected_device");
    return id == null ? null : this.objects.device(id);
  }
  volume(): DeviceParameter | null {
    const mixer = this.mirror.child(this.id, this.cls, "mixer_device");
    const id = mixer === null ? null : this.mirror.child(mixer, "MixerDevice", "volume");
    return id === null ? null : this.objects.parameter(id);
  }

  /** Track.stop_all_clips: stops its playing and triggered clips, at once when not `quantized`. */
  stopAllClips(quantized: boolean): Promise<unknown> {
    return this.cls === "Track" ? this.mirror.call(this.id, "Track", "stop_all_clips", [quantized ? 1 : 0]) : Promise.resolve();
  }

  writeTrack<P extends SettableProp<"Track">>(prop: P, value: WriteValue<"Track", P>): Promise<unknown> {
    return this.mirror.set(this.id, "Track", prop, value);
  }
  selectInLive(): Promise<unknown> {
    const view = this.mirror.child(this.mirror.songId, "Song", "view");
    return view === null ? Promise.resolve() : this.mirror.set(view, "SongView", "selected_track", ["id", this.id]);
  }

  /** Reads a Track property on any track class; `undefined` where the class lacks it (master has no solo). */
  private trackProp<P extends PropName<"Track">>(prop: P): PropValue<"Track", P> | undefined {
    return this.mirror.get(this.id, this.cls as "Track", prop);
  }
}
