// What the mirror may write and call on each LOM class, typed from the names Live's Max for Live bridge
// exposes in Live 11.2 and 12.0 with Live 12's API inventory's settability and arguments
// (LomNames.generated.ts): a property Live does not let us set, a name the bridge refuses or a wrong
// argument count is a compile error, not a refusal from Live at run time.
import type { Atom } from "../wire/protocol";
import type { LomClassName, PropName, PropValue } from "./LomClasses";
import type { LOM_NAMES, LomFunctionArgs } from "./LomNames.generated";

/**
 * The Python class behind each class LomClasses keys (npm run lom-names reads these). LomClasses keys
 * are identifiers, so the nested view classes (`Song.View`, `Track.View` in Python and on Cycling '74's
 * pages) are SongView and TrackView; return and master tracks are Python `Track`s, kept apart there
 * only because they lack clip slots, arm and monitoring.
 */
export const LOM_PYTHON_CLASS = {
  Song: "Song",
  SongView: "Song.View",
  Track: "Track",
  ReturnTrack: "Track",
  MasterTrack: "Track",
  TrackView: "Track.View",
  MixerDevice: "MixerDevice",
  ClipSlot: "ClipSlot",
  Clip: "Clip",
  Scene: "Scene",
  CuePoint: "Song.CuePoint",
  Device: "Device",
  RackDevice: "RackDevice",
  MaxDevice: "MaxDevice",
  DeviceParameter: "DeviceParameter",
} as const satisfies Record<LomClassName, string>;

/**
 * Functions of Live's Python API that the bridge of neither Live 11.2 nor 12.0 exposes, typed anyway because
 * the platform probe (src/host/PlatformProbe.ts) looks for them in `info`: a Live whose bridge adds them gets
 * them used; without them the device runs as it does when a call is refused (src/model/LiveUndoSteps.ts).
 */
export const PROBED_FUNCTIONS = {
  Song: ["begin_undo_step", "end_undo_step"],
  DeviceParameter: ["begin_gesture", "end_gesture"],
} as const;

type PythonClass<C extends LomClassName> = (typeof LOM_PYTHON_CLASS)[C];

export type SettableProp<C extends LomClassName> = (typeof LOM_NAMES)[PythonClass<C>]["settable"][number];
export type FunctionName<C extends LomClassName> = keyof LomFunctionArgs[PythonClass<C>] & string;
/** The atoms a call of `F` sends, one tuple per accepted argument count. */
export type FunctionArgs<C extends LomClassName, F extends FunctionName<C>> = Extract<LomFunctionArgs[PythonClass<C>][F], Atom[]>;

/** The atoms that write a mirrored value: a flag as 0 or 1, a reference as `id n`. */
type WireOf<T> = [T] extends [boolean]
  ? 0 | 1
  : [T] extends [number | null]
    ? null extends T
      ? ["id", number]
      : number
    : [T] extends [string]
      ? string
      : [T] extends [string[]]
        ? string[]
        : Atom | Atom[];

/** What `set` takes for a property: the wire form of its mirrored value, or any atoms where it is not mirrored. */
export type WriteValue<C extends LomClassName, P extends SettableProp<C>> = P extends PropName<C> ? WireOf<PropValue<C, P>> : Atom | Atom[];
