// The part of the Live Object Model the mirror keeps, one typed map per LOM class: which properties it reads,
// how their atoms decode, which are observed (only where https://docs.cycling74.com/apiref/lom/ says "observe"),
// which children it walks; names follow Live 12's API inventory. Derived: SnapshotSpecs.ts, Reactions.ts.
import { bool, decodeIds, type Decoder, float, int, ref, strings, text } from "./LomDecoders";

/** A property some objects of a class lack (Live answers "no property"), told by another property. */
export interface Presence {
  prop: string;
  is: boolean;
  /** The Python subclass whose objects these are (RackDevice), when the property is not the class's own. */
  subclass?: string;
}

/**
 * `true`: observed for every object. `"onDemand"`: read with the object, observed only while something listens
 * (an observer costs the shim a LiveAPI object, and some classes count in thousands). `"whileListened"`: loaded
 * from its observer's first value, dropped with the last listener. `false`: read, and re-read when needed.
 */
export type Observation = boolean | "onDemand" | "whileListened";

interface PropSpec<T> {
  decode: Decoder<T>;
  observe: Observation;
  onlyWhen?: Presence;
  /** For a property Live does not let us observe: the observed properties whose change may change it. */
  rereadOn?: readonly string[];
  /** A change of this property changes the structure the track mapper builds. */
  change?: ChangeKind;
  /** A number observed in steps of this size: the shim sends a change of step, not of value. */
  quantum?: number;
}

const prop = <T>(decode: Decoder<T>, observe: Observation, onlyWhen?: Presence): PropSpec<T> =>
  onlyWhen === undefined ? { decode, observe } : { decode, observe, onlyWhen };
/** A rack: a device with chains (Cycling '74's Device page: can_have_chains). */
const RACK: Presence = { prop: "can_have_chains", is: true, subclass: "RackDevice" };
const derived = <T>(decode: Decoder<T>, ...rereadOn: string[]): PropSpec<T> => ({ decode, observe: false, rereadOn });

export type LomClassName =
  | "Song"
  | "SongView"
  | "Track"
  | "ReturnTrack"
  | "MasterTrack"
  | "TrackView"
  | "MixerDevice"
  | "ClipSlot"
  | "Clip"
  | "Scene"
  | "CuePoint"
  | "Device"
  | "RackDevice"
  | "MaxDevice"
  | "DeviceParameter";

/** Which StructureChange field a change of this child list marks (what the track mapper re-maps). */
export type ChangeKind = "tracks" | "returnTracks" | "scenes" | "clipsOf" | "devicesOf";

export type Grouping = { rereads: readonly string[]; memberOf: string; isGroup: string };

export interface ChildSpec {
  type: LomClassName;
  /** A list child (`tracks`) or a single object (`view`, `mixer_device`). */
  list: boolean;
  /** Whether the child list is observable; a single child is re-read when `refreshedBy` changes. */
  observe: boolean;
  /**
   * `eager`: read with its parent, always (the set's structure). `held`: read only while something
   * holds it (the focus, a recording, an action's read), so the sync never walks every clip slot.
   */
  load: "eager" | "held";
  refreshedBy?: string;
  change?: ChangeKind;
  /**
   * Group membership is not observable and changes only with the list: when it changes, `rereads` are
   * read again on the objects with a new neighbour, on the members (`memberOf`) of a group that went or
   * came, and on the objects after a new group (`isGroup` true), which it may have taken in.
   */
  grouping?: Grouping;
}

const list = (type: LomClassName, observe: boolean, load: ChildSpec["load"], extra: Partial<ChildSpec> = {}): ChildSpec => ({
  type,
  list: true,
  observe,
  load,
  ...extra,
});
const one = (type: LomClassName, load: ChildSpec["load"], extra: Partial<ChildSpec> = {}): ChildSpec => ({
  type,
  list: false,
  observe: false,
  load,
  ...extra,
});

// What is observed is bounded by what the features use (DESIGN.md: ≤ 5 observers a track + 200, and
// the selected scene's row takes one a track): every track observes its name (an external synth's tail
// is found by it), arm (what recordings follow) and playing_slot_index (the playing scene); mute, solo,
// monitoring and the fired slot only while the track is in focus or something else listens; everything
// else is read once, re-read on a declared change, or observed while something listens.
/**
 * The shim sends song time only when its position in quanta changes (observe … quantum): 16th notes,
 * at most 4 positions a beat (issue 10 point 6 allows 16), instead of one per Live notification. The
 * beat scheduler extrapolates between them by the tempo, one step per metro tick, never into the next
 * 16th, and adds the tick played across a backward jump, so waits and bar events land on their tick
 * (src/time/SongTimeEstimate.ts). Numbers never intern, so the stream costs no symbols either way.
 */
export const SONG_TIME_QUANTUM = 0.25;

export const LOM_CLASSES = {
  Song: {
    props: {
      tempo: prop(float, true),
      signature_numerator: prop(int, true),
      signature_denominator: prop(int, true),
      is_playing: prop(bool, true),
      // The beat scheduler's clock: observed in 16ths (the shim sends a change of position, not of value).
      current_song_time: { ...prop(float, true), quantum: SONG_TIME_QUANTUM },
      record_mode: prop(bool, true),
      // Launch quantization, an index 0..13 (None, 8 bars … 1/32): a looping scene re-fires by it.
      clip_trigger_quantization: prop(int, true),
      session_record: prop(bool, true),
      arrangement_overdub: prop(bool, true),
      midi_recording_quantization: prop(int, true),
      metronome: prop(bool, true),
      // Observable (https://docs.cycling74.com/apiref/lom/song/), unlike Track.fold_state and is_visible.
      visible_tracks: prop(decodeIds, true),
      // What a transport knob may do now: read afresh at its press (Song.readAbility), never observed.
      can_undo: prop(bool, false), can_redo: prop(bool, false), can_capture_midi: prop(bool, false),
      re_enable_automation_enabled: prop(bool, false), can_jump_to_next_cue: prop(bool, false), can_jump_to_prev_cue: prop(bool, false),
    },
    children: {
      tracks: list("Track", true, "eager", { change: "tracks", grouping: { rereads: ["group_track"], memberOf: "group_track", isGroup: "is_foldable" } }),
      return_tracks: list("ReturnTrack", true, "eager", { change: "returnTracks" }),
      master_track: one("MasterTrack", "eager"),
      scenes: list("Scene", true, "eager", { change: "scenes" }),
      cue_points: list("CuePoint", true, "held"), // held only while the session is copied to the arrangement
      view: one("SongView", "eager"),
    },
  },
  SongView: {
    props: {
      selected_track: prop(ref, true),
      selected_scene: prop(ref, true),
      detail_clip: prop(ref, true),
      selected_parameter: prop(ref, true),
    },
    children: {},
  },
  Track: {
    props: {
      name: prop(text, true),
      color: prop(int, false),
      arm: prop(bool, true, { prop: "can_be_armed", is: true }),
      mute: prop(bool, "whileListened"),
      solo: prop(bool, "whileListened"),
      // Groups only, and not listenable (Cycling '74's Track page gives no observe; a Live 12.4 probe
      // found no listener): re-read when Song.visible_tracks changes (FOLLOWS below).
      fold_state: prop(bool, false, { prop: "is_foldable", is: true }),
      // A track's kind and group decide how it is mapped: a repaired value (the healer) re-maps the tracks.
      is_foldable: { ...prop(bool, false), change: "tracks" },
      group_track: { ...prop(ref, false), change: "tracks" },
      has_midi_input: { ...prop(bool, false), change: "tracks" },
      can_be_armed: prop(bool, false),
      // Group tracks have no input, so no monitoring (https://docs.cycling74.com/apiref/lom/track/).
      current_monitoring_state: prop(int, "whileListened", { prop: "is_foldable", is: false }),
      playing_slot_index: prop(int, true),
      fired_slot_index: prop(int, "whileListened"),
      // Never listened to: read afresh by the copy to the arrangement, which needs it empty.
      arrangement_clips: prop(decodeIds, "whileListened"),
    },
    children: {
      clip_slots: list("ClipSlot", true, "held"),
      // A device added to or removed from a track can make its group an external synth or not (TrackMapper).
      devices: list("Device", true, "held", { change: "devicesOf" }),
      mixer_device: one("MixerDevice", "held"),
      view: one("TrackView", "held"),
    },
  },
  ReturnTrack: {
    props: { name: prop(text, true), color: prop(int, false), mute: prop(bool, true), solo: prop(bool, true) },
    children: { devices: list("Device", true, "held"), mixer_device: one("MixerDevice", "held"), view: one("TrackView", "held") },
  },
  MasterTrack: {
    props: { name: prop(text, false), color: prop(int, false) },
    children: { devices: list("Device", true, "held"), mixer_device: one("MixerDevice", "held"), view: one("TrackView", "held") },
  },
  TrackView: {
    props: { selected_device: prop(ref, true) },
    children: {},
  },
  MixerDevice: {
    // Not on the master's mixer (Live raises), so read only while the crossfade knob listens.
    props: { crossfade_assign: prop(int, "whileListened") },
    // Panning and sends (one a return track) only while a knob turns them: the focus needs the volume only.
    children: { volume: one("DeviceParameter", "eager"), panning: one("DeviceParameter", "held"), sends: list("DeviceParameter", true, "held") },
  },
  // Slots are the most numerous objects (tracks × scenes): they are loaded only while held (the
  // selected scene's row, a recording's targets, an action's read) and observe only has_clip; playing
  // and triggered states come from the track's playing_slot_index and fired_slot_index.
  ClipSlot: {
    props: {
      has_clip: prop(bool, true),
    },
    children: { clip: one("Clip", "eager", { refreshedBy: "has_clip", change: "clipsOf" }) },
  },
  Clip: {
    props: {
      // What decides a clip's length (which recordings follow) is always observed, the rest on demand
      // (the detail clip, or a listener). is_playing and is_triggered are not listenable (Clip page).
      name: prop(text, "onDemand"),
      color: prop(int, "onDemand"),
      length: derived(float, "is_recording", "loop_end", "end_marker"),
      looping: prop(bool, "onDemand"),
      loop_start: prop(float, "onDemand"),
      loop_end: prop(float, true),
      start_marker: prop(float, "onDemand"),
      end_marker: prop(float, true),
      is_midi_clip: prop(bool, false),
      is_audio_clip: prop(bool, false),
      is_recording: prop(bool, true),
      muted: prop(bool, "onDemand"),
    },
    children: {},
  },
  Scene: {
    props: { name: prop(text, true), color: prop(int, false), is_triggered: prop(bool, "whileListened") },
    // The row of a scene: Live orders it as Song.tracks (https://docs.cycling74.com/apiref/lom/scene/).
    children: { clip_slots: list("ClipSlot", true, "held") },
  },
  CuePoint: { props: { name: prop(text, false), time: prop(float, false) }, children: {} },
  Device: {
    props: {
      name: prop(text, false),
      class_name: prop(text, false),
      type: prop(int, false),
      is_active: prop(bool, false),
      can_have_chains: prop(bool, false),
      // A rack's (Cycling '74's RackDevice page, Live 11.0+): observed while the Device knobs listen, but the chosen variation (get, set).
      visible_macro_count: prop(int, "onDemand", RACK),
      variation_count: prop(int, "onDemand", RACK),
      selected_variation_index: prop(int, false, RACK),
    },
    children: { parameters: list("DeviceParameter", true, "held") },
  },
  // Typed views of a Device's Python subclasses, for their writes and calls: the mirror keeps every device as a Device.
  RackDevice: { props: {}, children: {} }, MaxDevice: { props: {}, children: {} },
  DeviceParameter: {
    props: {
      name: prop(text, false),
      value: prop(float, true),
      min: prop(float, false),
      max: prop(float, false),
      is_quantized: prop(bool, false),
      // What a press resets it to: not observable, and Live never changes it.
      default_value: prop(float, false),
      // Only quantized parameters have items (https://docs.cycling74.com/apiref/lom/deviceparameter/).
      value_items: prop(strings, false, { prop: "is_quantized", is: true }),
    },
    children: {},
  },
} as const satisfies Record<LomClassName, { props: Record<string, PropSpec<unknown>>; children: Record<string, ChildSpec> }>;

/**
 * A property Live does not notify, re-read when an observed id list changes: on the object that `via`
 * names for each id that entered or left the list.
 */
export interface Follows {
  when: { cls: LomClassName; prop: string };
  reread: string;
  via: string;
}

/**
 * Folding a group hides or shows its tracks, which changes Song.visible_tracks (observable, unlike
 * fold_state: Cycling '74 Song and Track pages): the groups of the tracks that appeared or went are the
 * ones whose fold may have changed. A fold that shows or hides nothing (an empty group, or one inside a
 * folded group) changes nothing Live reports; the healer finds it.
 */
export const FOLLOWS: readonly Follows[] = [{ when: { cls: "Song", prop: "visible_tracks" }, reread: "fold_state", via: "group_track" }];
type ClassSpec<C extends LomClassName> = (typeof LOM_CLASSES)[C];
export type PropName<C extends LomClassName> = keyof ClassSpec<C>["props"] & string;
export type ChildName<C extends LomClassName> = keyof ClassSpec<C>["children"] & string;
export type PropValue<C extends LomClassName, P extends PropName<C>> =
  ClassSpec<C>["props"][P] extends PropSpec<infer T> ? T : never;

interface UntypedClass {
  props: Record<string, PropSpec<unknown>>;
  children: Record<string, ChildSpec>;
}

/** Whether an object with these decoded properties has `spec`'s property at all. */
export function hasProp(spec: PropSpec<unknown>, props: Record<string, unknown>): boolean {
  return spec.onlyWhen === undefined || props[spec.onlyWhen.prop] === spec.onlyWhen.is;
}

export function lomClass(name: LomClassName): UntypedClass {
  return LOM_CLASSES[name] as unknown as UntypedClass;
}
