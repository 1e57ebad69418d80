// One wrapper per Live track (1:1 with Live.Track.Track). It owns the LOM access; the
// AbstractGroupTrack layer above it holds group logic.
import { Answer } from "./Answer";
import type { Observable } from "../events/Observable";
import type { AbstractTrack } from "./AbstractTrack";
import type { AbstractGroupTrack } from "./AbstractGroupTrack";
import type { Clip } from "./Clip";
import type { ClipSlot } from "./ClipSlot";
import type { Device } from "./Device";
import type { DeviceParameter } from "./DeviceParameter";
import { listenTo, loadChild, readAfresh, type Load } from "./Load";
import { LiveObject } from "./LiveObject";
import type { LiveObjects } from "./LiveObjects";
import type { Mirror } from "../lom/Mirror";
import type { LomClassName, PropName, PropValue } from "../lom/LomClasses";

export type TrackClass = Extract<LomClassName, "Track" | "ReturnTrack" | "MasterTrack">;

/** Live's `current_monitoring_state` values (LOM: 0 = In, 1 = Auto, 2 = Off). */
export const Monitoring = { in: 0, auto: 1, off: 2 } as const;

/** The part a track plays inside an ExternalSynthTrack. */
export type SubTrackRole = "midi" | "audio" | "tail" | "dummy" | null;

/** A Live track is a LiveObject; it offers the controller what every track object does (AbstractTrack). */
export abstract class SimpleTrack extends LiveObject<TrackClass> implements AbstractTrack {
  /** What kind of Live track this is; Live never changes a track's kind. */
  abstract readonly kind: "midi" | "audio" | "group" | "return" | "master";

  /** Set by the track mapper: the SimpleTrack of the Live group track, if any. */
  groupTrack: SimpleTrack | null = null;
  /** Set by the track mapper: the SimpleTracks of the Live tracks in this group, in order. */
  subTracks: SimpleTrack[] = [];
  /** Set by the track mapper when this is a group track: the AbstractGroupTrack over it. */
  ownGroup: AbstractGroupTrack | null = null;
  /** Set by the track mapper inside an ExternalSynthTrack. */
  role: SubTrackRole = null;
  /** Set by the track mapper. */
  index = -1;

  constructor(
    id: number,
    mirror: Mirror,
    protected readonly objects: LiveObjects,
    override readonly cls: TrackClass = "Track",
  ) {
    super(id, mirror, cls);
  }

  get baseTrack(): SimpleTrack {
    return this;
  }
  /** The AbstractGroupTrack this track is a sub track of. */
  get abstractGroupTrack(): AbstractGroupTrack | null {
    return this.groupTrack?.ownGroup ?? null;
  }

  /** The most specific object for the controller: its own group, the instrument it is part of, or itself. */
  get abstractTrack(): AbstractTrack {
    if (this.ownGroup) return this.ownGroup;
    const parent = this.abstractGroupTrack;
    return parent && parent.actsAsOneInstrument ? parent : this;
  }

  get name(): string {
    return this.trackProp("name") ?? "";
  }
  get color(): number {
    return this.trackProp("color") ?? 0;
  }
  get solo(): boolean {
    return this.trackProp("solo") ?? false;
  }
  get mute(): boolean {
    return this.trackProp("mute") ?? false;
  }
  get isFoldable(): boolean {
    return this.cls === "Track" && (this.trackProp("is_foldable") ?? false);
  }
  get isFolded(): boolean {
    return this.cls === "Track" && (this.trackProp("fold_state") ?? false);
  }
  get canBeArmed(): boolean {
    return this.cls === "Track" && (this.trackProp("can_be_armed") ?? false);
  }
  get isArmed(): boolean {
    return this.canBeArmed && (this.trackProp("arm") ?? false);
  }
  get monitoring(): number {
    return this.trackProp("current_monitoring_state") ?? Monitoring.auto;
  }
  get playingSlotIndex(): number {
    return this.trackProp("playing_slot_index") ?? -1;
  }

  /** Holds a Protocol0 Input device: the controller comes in through this track. */
  get holdsInput(): boolean {
    return this.objects.inputTracks.has(this.id);
  }

  /** Its arm, for Sequence.waitFor. */
  armed(): Observable<boolean | undefined> {
    return this.mirror.observable(this.id, "Track", "arm");
  }
  /** The index of its slot that is triggered (-1: none; -2: stopping), observed. */
  firedSlot(): Observable<number | undefined> {
    return this.mirror.observable(this.id, "Track", "fired_slot_index");
  }
  /** The index of its slot that plays (-1: none; -2: stopped), observed. */
  playingSlot(): Observable<number | undefined> {
    return this.mirror.observable(this.id, "Track", "playing_slot_index");
  }

  /** An input track is never disarmed: the controller would go silent. */
  arm(on: boolean): Answer {
    if (!on && this.holdsInput) return Answer.none();
    return this.canBeArmed ? this.write("arm", on ? 1 : 0) : Answer.none();
  }
  /** An input track keeps the monitoring the musician chose. */
  setMonitoring(state: number): Answer {
    if (this.holdsInput) return Answer.none();
    return this.canBeArmed ? this.write("current_monitoring_state", state) : Answer.none();
  }
  setSolo(on: boolean): Answer {
    return this.write("solo", on ? 1 : 0);
  }
  setMute(on: boolean): Answer {
    return this.write("mute", on ? 1 : 0);
  }
  setName(name: string): Answer {
    return this.write("name", name);
  }
  fold(folded: boolean): Answer {
    return this.isFoldable ? this.write("fold_state", folded ? 1 : 0) : Answer.none();
  }
  select(): Answer {
    return this.objects.view.selectTrack(this);
  }

  clipSlots(): ClipSlot[] {
    return this.cls === "Track" ? this.mirror.children(this.id, "Track", "clip_slots").map((id) => this.objects.clipSlot(id)) : [];
  }
  /** Whether its devices are loaded (something holds them), so that `devices()` is the whole list. */
  get devicesLoaded(): boolean {
    return this.mirror.isLoaded(this.id, "devices");
  }
  devices(): Device[] {
    return this.childIds("devices").map((id) => this.objects.device(id));
  }
  /** Its Track.View's id, once loaded (the focus holds it for the selected track). */
  viewId(): number | null {
    return this.mirror.child(this.id, this.cls, "view");
  }
  selectedDevice(): Device | null {
    const view = this.viewId();
    const id = view === null ? null : this.mirror.get(view, "TrackView", "selected_device");
    return id == null ? null : this.objects.device(id);
  }
  /** Its MixerDevice's id, once loaded (the focus holds it for the current track). */
  mixerId(): number | null {
    return this.mirror.child(this.id, this.cls, "mixer_device");
  }
  volume(): DeviceParameter | null {
    return this.mixerParameters("volume")[0] ?? null;
  }
  panning(): DeviceParameter | null {
    return this.mixerParameters("panning")[0] ?? null;
  }
  /** Its sends, one a return track (A, B, …), once loaded. */
  sends(): DeviceParameter[] {
    return this.mixerParameters("sends");
  }

  /** Its clip slots, loaded for whoever asks until released (returns and master have none). */
  loadClipSlots(): Load[] {
    return this.cls === "Track" ? [loadChild(this.mirror, this.id, "clip_slots")] : [];
  }
  loadDevices(): Load {
    return loadChild(this.mirror, this.id, "devices");
  }
  /** Its mixer (volume), loaded until released. */
  loadMixer(): Load {
    return loadChild(this.mirror, this.id, "mixer_device");
  }
  /** Its panning and sends, loaded until released (the focus holds them for the current track). */
  loadPanAndSends(): Load[] {
    const mixer = this.mixerId();
    return mixer === null ? [] : [loadChild(this.mirror, mixer, "panning"), loadChild(this.mirror, mixer, "sends")];
  }
  /** Its crossfade assignment (0 = A, 1 = none, 2 = B), once loaded: the master has none. */
  get crossfadeAssign(): number | undefined {
    const mixer = this.mixerId();
    return mixer === null ? undefined : this.mirror.get(mixer, "MixerDevice", "crossfade_assign");
  }
  setCrossfadeAssign(assign: number): Answer {
    const mixer = this.mixerId();
    return mixer === null ? Answer.none() : this.mirror.set(mixer, "MixerDevice", "crossfade_assign", assign);
  }
  /** Its crossfade assignment, observed until released. */
  loadCrossfade(): Load[] {
    const mixer = this.mixerId();
    return mixer === null ? [] : [listenTo(this.mirror, mixer, "MixerDevice", "crossfade_assign")];
  }
  /** Its mute and solo, observed only in focus: read for whoever asks until released. */
  loadFlags(): Load[] {
    return [listenTo(this.mirror, this.id, "Track", "mute"), listenTo(this.mirror, this.id, "Track", "solo")];
  }

  /** Its monitoring, observed only while something listens (the focus, an export). */
  loadMonitoring(): Load[] {
    return this.canBeArmed ? [listenTo(this.mirror, this.id, "Track", "current_monitoring_state")] : [];
  }

  /** Its fold, read afresh: Live notifies no fold (a group folded inside a folded group changes nothing observed). */
  readFold(): Load[] {
    return this.isFoldable ? [readAfresh(this.mirror, this.id, "Track", "fold_state")] : [];
  }

  /** Track.stop_all_clips: stops its playing and triggered clips, at once when not `quantized`. */
  stopAllClips(quantized: boolean): Answer {
    return this.cls === "Track" ? this.invoke("stop_all_clips", quantized ? 1 : 0) : Answer.none();
  }
  /** Track.duplicate_clip_slot: into the next free slot below, a new scene when none is free. */
  duplicateClipSlot(index: number): Answer {
    return this.cls === "Track" ? this.invoke("duplicate_clip_slot", index) : Answer.none();
  }

  override toString(): string {
    return `${this.constructor.name}("${this.name}")`;
  }

  private mixerParameters(child: "volume" | "panning" | "sends"): DeviceParameter[] {
    const mixer = this.mixerId();
    return mixer === null ? [] : this.mirror.children(mixer, "MixerDevice", child).map((id) => this.objects.parameter(id));
  }

  /** Reads a Track property on any track class; `undefined` where the class lacks it (master has no solo). */
  /** Its Arrangement clips as last read (readArrangementClips); none on return, master and group tracks. */
  arrangementClipCount(): number {
    return this.cls === "Track" ? (this.trackProp("arrangement_clips") ?? []).length : 0;
  }
  readArrangementClips(): Load {
    return readAfresh(this.mirror, this.id, "Track", "arrangement_clips");
  }
  /** Track.duplicate_clip_to_arrangement: a copy of `clip` at `beats` in the arrangement (one undo entry). */
  duplicateToArrangement(clip: Clip, beats: number): Answer {
    return this.cls === "Track" ? this.invoke("duplicate_clip_to_arrangement", "id", clip.id, beats) : Answer.none();
  }

  private trackProp<P extends PropName<"Track">>(prop: P): PropValue<"Track", P> | undefined {
    return this.mirror.get(this.id, this.cls as "Track", prop);
  }
}
