// The part of the Live Object Model the mirror keeps, one typed map per LOM class: which
// properties it reads, how their raw atoms decode, which are observed, which children it walks.
// Names follow Live 12's API inventory (shared/reference); observability follows
// https://docs.cycling74.com/apiref/lom/ (a property is observed only where the page says "observe").
import type { Raw, SnapshotSpec } from "./protocol";

type Decoder<T> = (raw: Raw) => T;

const int: Decoder<number> = (raw) => Number(raw[0] ?? 0);
const float: Decoder<number> = int;
const bool: Decoder<boolean> = (raw) => raw[0] === 1 || raw[0] === "1" || raw[0] === "true";
const text: Decoder<string> = (raw) => raw.map(String).join(" ");
/** A single-object child or reference (`["id", 5]`); `null` for `id 0`. */
const ref: Decoder<number | null> = (raw) => (raw.length >= 2 && Number(raw[1]) !== 0 ? Number(raw[1]) : null);
const strings: Decoder<string[]> = (raw) => raw.map(String);

export function decodeIds(raw: Raw): number[] {
  const ids: number[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i] === "id" && Number(raw[i + 1]) !== 0) ids.push(Number(raw[i + 1]));
  return ids;
}

/** A property some objects of a class lack (Live answers "no property"), told by another property. */
export interface Presence {
  prop: string;
  is: boolean;
}

/**
 * `true`: observed for every object of the class. `"onDemand"`: observed only while something listens
 * (a subscriber, or the mirror's focus on the detail clip), since each observer costs the shim a
 * LiveAPI object and some classes count in thousands. `false`: read, and re-read when needed.
 */
export type Observation = boolean | "onDemand";

interface PropSpec<T> {
  decode: Decoder<T>;
  observe: Observation;
  onlyWhen?: Presence;
  /** For a property Live does not let us observe: the observed properties whose change may change it. */
  rereadOn?: readonly string[];
}

const prop = <T>(decode: Decoder<T>, observe: Observation, onlyWhen?: Presence): PropSpec<T> =>
  onlyWhen === undefined ? { decode, observe } : { decode, observe, onlyWhen };
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
  | "Device"
  | "DeviceParameter";

export interface ChildSpec {
  type: LomClassName;
  /** A list child (`tracks`) or a single object (`view`, `mixer_device`). */
  list: boolean;
  /** Whether the child list is observable; a single child is re-read when `refreshedBy` changes. */
  observe: boolean;
  refreshedBy?: string;
}

const list = (type: LomClassName, observe: boolean): ChildSpec => ({ type, list: true, observe });
const one = (type: LomClassName, refreshedBy?: string): ChildSpec =>
  refreshedBy === undefined ? { type, list: false, observe: false } : { type, list: false, observe: false, refreshedBy };

export const LOM_CLASSES = {
  Song: {
    props: {
      tempo: prop(float, true),
      signature_numerator: prop(int, true),
      signature_denominator: prop(int, true),
      is_playing: prop(bool, true),
      current_song_time: prop(float, true),
      record_mode: prop(bool, true),
      session_record: prop(bool, true),
      session_automation_record: prop(bool, true),
      metronome: prop(bool, true),
      can_undo: prop(bool, false),
    },
    children: {
      tracks: list("Track", true),
      return_tracks: list("ReturnTrack", true),
      master_track: one("MasterTrack"),
      scenes: list("Scene", true),
      view: one("SongView"),
    },
  },
  SongView: {
    props: {
      selected_track: prop(ref, true),
      selected_scene: prop(ref, true),
      // Not observable (https://docs.cycling74.com/apiref/lom/song_view/): it follows the selection.
      highlighted_clip_slot: derived(ref, "selected_track", "selected_scene"),
      detail_clip: prop(ref, true),
      selected_parameter: prop(ref, true),
    },
    children: {},
  },
  Track: {
    props: {
      name: prop(text, true),
      color: prop(int, true),
      arm: prop(bool, true),
      mute: prop(bool, true),
      solo: prop(bool, true),
      // Group tracks only; group tracks have no input, so no monitoring (https://docs.cycling74.com/apiref/lom/track/).
      fold_state: prop(bool, true, { prop: "is_foldable", is: true }),
      is_foldable: prop(bool, false),
      is_grouped: prop(bool, false),
      group_track: prop(ref, false),
      has_midi_input: prop(bool, false),
      has_audio_input: prop(bool, false),
      can_be_armed: prop(bool, false),
      current_monitoring_state: prop(int, true, { prop: "is_foldable", is: false }),
      playing_slot_index: prop(int, true),
      fired_slot_index: prop(int, true),
    },
    children: {
      clip_slots: list("ClipSlot", true),
      devices: list("Device", true),
      mixer_device: one("MixerDevice"),
      view: one("TrackView"),
    },
  },
  ReturnTrack: {
    props: { name: prop(text, true), color: prop(int, true), mute: prop(bool, true), solo: prop(bool, true) },
    children: { devices: list("Device", true), mixer_device: one("MixerDevice"), view: one("TrackView") },
  },
  MasterTrack: {
    props: { name: prop(text, true), color: prop(int, true) },
    children: { devices: list("Device", true), mixer_device: one("MixerDevice"), view: one("TrackView") },
  },
  TrackView: {
    props: { selected_device: prop(ref, true) },
    children: {},
  },
  MixerDevice: {
    props: {},
    children: { volume: one("DeviceParameter"), panning: one("DeviceParameter") },
  },
  // Slots are the most numerous objects (tracks × scenes) and each observer costs the shim a
  // LiveAPI object, so a slot observes only has_clip; playing and triggered states come from
  // the track's playing_slot_index and fired_slot_index.
  ClipSlot: {
    props: {
      has_clip: prop(bool, true),
    },
    children: { clip: one("Clip", "has_clip") },
  },
  Clip: {
    props: {
      // A set holds thousands of clips: what decides a clip's length (which recordings follow) is
      // always observed, the rest on demand (the detail clip, or a listener). Whether a clip plays
      // comes from its track's playing_slot_index.
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
    props: { name: prop(text, true), color: prop(int, true), is_triggered: prop(bool, true) },
    children: {},
  },
  Device: {
    props: {
      name: prop(text, true),
      class_name: prop(text, false),
      type: prop(int, false),
      is_active: prop(bool, true),
      can_have_chains: prop(bool, false),
    },
    children: { parameters: list("DeviceParameter", true) },
  },
  DeviceParameter: {
    props: {
      name: prop(text, false),
      value: prop(float, true),
      min: prop(float, false),
      max: prop(float, false),
      default_value: prop(float, false),
      is_quantized: prop(bool, false),
      value_items: prop(strings, false),
    },
    children: {},
  },
} as const satisfies Record<LomClassName, { props: Record<string, PropSpec<unknown>>; children: Record<string, ChildSpec> }>;
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

const snapshotSpecs = new Map<LomClassName, SnapshotSpec>();

/** The snapshot spec that reads a whole subtree of one class. */
export function snapshotSpecOf(name: LomClassName): SnapshotSpec {
  let spec = snapshotSpecs.get(name);
  if (!spec) {
    const cls = lomClass(name);
    const children: Record<string, SnapshotSpec> = {};
    const props = Object.entries(cls.props);
    // Conditional properties go last, after the properties their condition reads.
    spec = { props: [...props.filter(([, p]) => !p.onlyWhen), ...props.filter(([, p]) => p.onlyWhen)].map(([n]) => n), children };
    const onlyWhen = Object.fromEntries(props.flatMap(([n, p]) => (p.onlyWhen ? [[n, { prop: p.onlyWhen.prop, is: p.onlyWhen.is ? 1 : 0 }]] : [])));
    if (Object.keys(onlyWhen).length > 0) spec.onlyWhen = onlyWhen;
    snapshotSpecs.set(name, spec);
    for (const [child, childSpec] of Object.entries(cls.children)) children[child] = snapshotSpecOf(childSpec.type);
  }
  return spec;
}
