// Pointing a LiveAPI object at a protocol Target, and reading what LiveAPI returns.
import type { Atom, Raw, Target } from "../lom/protocol";

/**
 * Re-targets `api` (mode 0: it then follows the object, not the path) and throws when nothing is there.
 * Live answers a missing object with id 0 (https://docs.cycling74.com/max8/vignettes/jsliveapi).
 */
export function retarget(api: LiveAPI, target: Target): void {
  if (typeof target === "number") {
    if (target <= 0 || target % 1 !== 0) throw new Error("no object with id " + target);
    api.id = target;
    if (Number(api.id) === 0) throw new Error("no object with id " + target);
  } else if (typeof target === "string") {
    api.path = target;
    if (Number(api.id) === 0) throw new Error("no object at path " + target);
  } else {
    throw new Error("target must be a Live id or a path");
  }
}

/** LiveAPI.get answers a list of atoms; a lone value is wrapped so every read has the same shape. */
export function toRaw(value: unknown): Raw {
  if (Array.isArray(value)) return value as Atom[];
  if (typeof value === "string" || typeof value === "number") return [value];
  throw new Error("no value");
}

/** The non-zero ids of an id list such as ["id", 3, "id", 0, "id", 4]. */
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
