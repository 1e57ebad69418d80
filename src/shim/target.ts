// The shared worker LiveAPI object, pointed at protocol Targets, and reading what LiveAPI returns.
import type { Atom, Raw, Target } from "../wire/protocol";
import { NO_OBJECT } from "../wire/protocol";
import { fitAtom, MAX_ATOM_CHARS } from "../wire/liveApiCosts";
import { chargeCall, chargeConstruct } from "./budget";
import { pointerAt } from "./pointers";

var worker: LiveAPI | null = null;
/** The id the worker was last pointed at in this block (0: unknown). Live may change between blocks. */
var pointed = 0;

/** Created on first use: LiveAPI cannot be constructed in a [js] file's global code. */
export function sharedWorker(): LiveAPI {
  if (!worker) {
    chargeConstruct();
    worker = new LiveAPI();
  }
  return worker;
}

/** Forgets where the worker points: at each block start (the user may have edited the set) and after writes. */
export function forgetPointed(): void {
  pointed = 0;
}

/** Calls a re-target of `target` costs: none when the worker, or an observer, already points at that id. */
export function retargetCost(target: Target): number {
  return typeof target === "number" && (target === pointed || pointerAt(target) !== null) ? 0 : 1;
}

/**
 * Answers an object pointed at `target`: an active observer of it if there is one, else the worker,
 * re-targeted; throws when nothing is there. Callers must not re-target what they get. Mode 0: it then follows
 * the object, not the path. Live answers a missing object with id 0 (https://docs.cycling74.com/max8/vignettes/jsliveapi).
 */
export function at(target: Target): LiveAPI {
  var api = sharedWorker();
  if (typeof target === "number") {
    if (target <= 0 || target % 1 !== 0) throw new Error(NO_OBJECT + target);
    var observer = pointerAt(target);
    if (observer) return observer;
    if (pointTo(target)) return api;
    throw new Error(NO_OBJECT + target);
  }
  if (typeof target !== "string") throw new Error("target must be a Live id or a path");
  chargeCall();
  api.path = target;
  pointed = Number(api.id);
  if (pointed === 0) throw new Error("no object at path " + target);
  return api;
}

/** Points the worker at an id (skipped when it already points there); answers whether the object exists. */
export function pointTo(id: number): boolean {
  var api = sharedWorker();
  if (id === pointed && id !== 0) return true;
  chargeCall();
  api.id = id;
  pointed = Number(api.id);
  return pointed !== 0;
}

/** LiveAPI.get answers a list of atoms; a lone value is wrapped so every read has the same shape. */
export function toRaw(value: unknown): Raw {
  if (Array.isArray(value)) return value as Atom[];
  if (typeof value === "string" || typeof value === "number") return [value];
  throw new Error("no value");
}

/**
 * A value as it may cross a cord: a string longer than MAX_ATOM_CHARS (Max would cut it on the cord,
 * liveApiCosts.ts) is cut here by fitAtom, its last character the mark `…`, so a very long track name
 * arrives shortened and says so. The value itself is returned when nothing is cut.
 */
export function cutToAtoms(raw: Raw): Raw {
  var cut: Raw | null = null;
  for (var i = 0; i < raw.length; i++) {
    var atom = raw[i];
    if (typeof atom !== "string" || atom.length <= MAX_ATOM_CHARS) continue;
    if (!cut) cut = raw.slice(0);
    cut[i] = fitAtom(atom);
  }
  return cut || raw;
}

/** The ids of an id list such as ["id", 3, "id", 0, "id", 4], id 0 left out. */
export function idsOf(raw: Raw): number[] {
  var ids: number[] = [];
  for (var i = 0; i + 1 < raw.length; i += 2) {
    if (raw[i] !== "id") continue;
    var id = Number(raw[i + 1]);
    if (id > 0) ids.push(id);
  }
  return ids;
}

/** An error's message; duck-typed because errors thrown by LiveAPI may come from another realm. */
export function describe(error: unknown): string {
  var message = error !== null && typeof error === "object" ? (error as { message?: unknown }).message : undefined;
  return typeof message === "string" ? message : String(error);
}
