// The base of every simulated Live object and the table format describing a LOM class
// (https://docs.cycling74.com/apiref/lom/): its properties and children (type, observable, settable)
// and its functions. LiveAPI reads these tables; it never knows the concrete classes.
import type { LiveCore } from "./LiveCore";

/** A Max atom, as LiveAPI hands values to JavaScript. */
export type Atom = string | number;

/** Live refused an operation; LiveAPI posts the message to the Max window and carries on. */
export class LiveError extends Error {}

export interface PropSpec<T> {
  /** The LOM type shown by `proptype` and `info` (bool, int, float, symbol, dictionary, list, or a class). */
  type: string;
  observe: boolean;
  get(o: T): Atom[];
  /** Absent on read-only properties. Receives the atoms after the property name (or one JS object for dictionaries). */
  set?(o: T, value: unknown[]): void;
  /** Children (`child` / `children` in `info`) resolve by name in paths. */
  child?: "one" | "list";
  objects?(o: T): readonly LiveObject[];
}

export interface FnSpec<T> {
  /** False for functions that only read (allowed inside notifications, kept out of undo). */
  write: boolean;
  call(o: T, args: unknown[]): Atom[] | string | void;
}

export interface LomClass<T> {
  name: string;
  description: string;
  props: Record<string, PropSpec<T>>;
  fns: Record<string, FnSpec<T>>;
}

export abstract class LiveObject {
  /** False once Live deleted the object: its id is dead for the rest of the session. */
  alive = true;
  readonly id: number;
  /** Plain property values (names as in the LOM), changed through `core.setValue` so observers hear it. */
  readonly values: Record<string, Atom> = {};

  constructor(readonly core: LiveCore) {
    this.id = core.register(this);
  }

  abstract get lom(): LomClass<LiveObject>;
  /** The object whose child this is (null for roots such as live_set). */
  abstract get parent(): LiveObject | null;
  /** This object's part of its canonical path, e.g. `tracks 3` or `mixer_device`. */
  abstract pathSegment(): string;
  /** Objects owned by this one, deleted with it. */
  ownedObjects(): readonly LiveObject[] {
    return [];
  }

  /** The canonical path (https://docs.cycling74.com/apiref/lom/: "Canonical Path" of each class). */
  canonicalPath(): string {
    const parent = this.parent;
    const segment = this.pathSegment();
    return parent ? `${parent.canonicalPath()} ${segment}` : segment;
  }

  toString(): string {
    return `${this.lom.name}#${this.id}`;
  }
}

/** Builds a LomClass whose getter/setter functions are typed for T but which LiveAPI sees untyped. */
export function lomClass<T extends LiveObject>(cls: LomClass<T>): LomClass<LiveObject> {
  const untyped = cls as unknown as LomClass<LiveObject>;
  // Every object below live_set names its parent: "child canonical_parent" in getinfo
  // (https://cycling74.com/forums/get-group-track-in-which-my-track-is-in), on the Device page among others.
  // The roots (live_set, live_app) have none.
  if (cls.name !== "Song" && cls.name !== "Application") untyped.props.canonical_parent = child("LomObject", (o) => o.parent);
  return untyped;
}

// --- value encodings: what LiveAPI.get returns (https://docs.cycling74.com/apiref/js/liveapi) ---

export const ref = (o: LiveObject | null | undefined): Atom[] => ["id", o && o.alive ? o.id : 0];
export const refs = (list: readonly LiveObject[]): Atom[] => {
  const atoms: Atom[] = [];
  for (const o of list) atoms.push("id", o.id);
  return atoms;
};
export const bool = (b: boolean): Atom[] => [b ? 1 : 0];
/** Dictionary-typed properties reach JavaScript as one JSON string, keyed by the property name. */
export const dict = (prop: string, value: unknown): Atom[] => [JSON.stringify({ [prop]: value })];

/** A plain stored property; `validate` (settable properties only) turns the set arguments into the value. */
export function field<T extends LiveObject>(
  name: string,
  type: string,
  observe: boolean,
  validate?: (o: T, args: unknown[]) => Atom,
): PropSpec<T> {
  const spec: PropSpec<T> = { type, observe, get: (o) => [o.values[name]] };
  if (validate) spec.set = (o, args) => o.core.setValue(o, name, validate(o, args), true);
  return spec;
}

export const asBool = (_o: unknown, args: unknown[]): Atom => (boolArg(args, "bool") ? 1 : 0);
export const asText = (_o: unknown, args: unknown[]): Atom => textArg(args, "symbol");
export const asNumberIn =
  (min: number, max: number, integer: boolean) =>
  (_o: unknown, args: unknown[]): Atom => {
    const n = numberArg(args, 0, "value");
    if (n < min || n > max) throw new LiveError(`value ${n} out of range [${min}, ${max}]`);
    return integer ? Math.round(n) : n;
  };

/** name, color and color_index, as tracks, scenes and clips share them (color: 0x00rrggbb; index 0..69). */
export function nameAndColor<T extends LiveObject>(): Record<"name" | "color" | "color_index", PropSpec<T>> {
  return {
    name: field<T>("name", "symbol", true, asText),
    color: field<T>("color", "int", true, asNumberIn(0, 0xffffff, true)),
    color_index: field<T>("color_index", "int", true, asNumberIn(0, 69, true)),
  };
}

/** A child object (`["id", N]`, `id 0` when absent). */
export function child<T extends LiveObject>(type: string, of: (o: T) => LiveObject | null, observe = false): PropSpec<T> {
  return { type, observe, child: "one", get: (o) => ref(of(o)), objects: (o) => { const c = of(o); return c ? [c] : []; } };
}

/** A list of children (`["id", 1, "id", 2]`). */
export function children<T extends LiveObject>(type: string, of: (o: T) => readonly LiveObject[], observe: boolean): PropSpec<T> {
  return { type: `list of ${type}`, observe, child: "list", get: (o) => refs(of(o)), objects: of };
}

/** A computed read-only property. */
export function computed<T extends LiveObject>(type: string, observe: boolean, get: (o: T) => Atom[]): PropSpec<T> {
  return { type, observe, get };
}

/** The class's props without those a variant lacks (master and return tracks lack arm, clip_slots...). */
export function without<T>(cls: LomClass<T>, name: string, drop: readonly string[]): LomClass<T> {
  const props: Record<string, PropSpec<T>> = {};
  const fns: Record<string, FnSpec<T>> = {};
  for (const [k, v] of Object.entries(cls.props)) if (!drop.includes(k)) props[k] = v;
  for (const [k, v] of Object.entries(cls.fns)) if (!drop.includes(k)) fns[k] = v;
  return { name, description: cls.description, props, fns };
}

// --- argument decoding ---

export function numberArg(args: unknown[], at: number, what: string): number {
  const v = args[at];
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new LiveError(`${what}: expected a number, got ${JSON.stringify(v)}`);
  return n;
}

export function optionalNumberArg(args: unknown[], at: number, what: string): number | undefined {
  return args[at] === undefined ? undefined : numberArg(args, at, what);
}

export function boolArg(args: unknown[], what: string): boolean {
  const n = numberArg(args, 0, what);
  return n !== 0;
}

export function textArg(args: unknown[], what: string): string {
  if (args.length === 0) throw new LiveError(`${what}: expected a value`);
  return args.map(String).join(" ");
}

/** An object argument given as `id N` (two atoms) or as `"id N"`. */
export function idArg(args: unknown[], what: string): number {
  const flat = args.length === 1 && typeof args[0] === "string" ? args[0].trim().split(/\s+/) : args;
  if (flat.length === 2 && flat[0] === "id") return numberArg(flat, 1, what);
  if (flat.length === 1) return numberArg(flat, 0, what);
  throw new LiveError(`${what}: expected id N, got ${JSON.stringify(args)}`);
}

/** A dictionary argument: a JS object, or its JSON text (one symbol, or split into atoms by Max). */
export function dictArg(args: unknown[], what: string): Record<string, unknown> {
  if (args.length === 1 && args[0] !== null && typeof args[0] === "object") return args[0] as Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(args.map(String).join(" "));
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new LiveError(`${what}: expected a dictionary`);
}
