// LOM paths: `live_set tracks 3 clip_slots 0 clip`, `id 12`, quoted or not
// (https://docs.cycling74.com/apiref/js/liveapi: `path` is quoted, `unquotedpath` is not).
import type { LiveCore } from "./LiveCore";
import type { LiveObject } from "./LiveObject";

/**
 * The object at a path or `id N`, or null where Live answers id 0. A path starts at `live_set`, at
 * `live_app` (the Application) or at `this_device`, the device holding the script
 * (https://docs.cycling74.com/apiref/lom/: root objects).
 */
export function resolvePath(core: LiveCore, text: string, thisDevice: LiveObject | null = null): LiveObject | null {
  const tokens = text.replace(/"/g, " ").trim().split(/\s+/);
  if (tokens[0] === "id") return tokens.length === 2 ? liveObject(core, Number(tokens[1])) : null;
  const root = tokens[0];
  let current: LiveObject | null =
    root === "live_set" ? core.song : root === "live_app" ? (core.application ?? null) : root === "this_device" && thisDevice?.alive ? thisDevice : null;
  for (let i = 1; current && i < tokens.length; i++) {
    const spec = current.lom.props[tokens[i]];
    if (!spec || !spec.child || !spec.objects) return null;
    const objects = spec.objects(current);
    if (spec.child === "list") {
      const index = Number(tokens[++i]);
      current = Number.isInteger(index) && index >= 0 ? (objects[index] ?? null) : null;
    } else {
      current = objects[0] ?? null;
    }
  }
  return current;
}

export function liveObject(core: LiveCore, id: number): LiveObject | null {
  const o = Number.isInteger(id) && id > 0 ? core.object(id) : null;
  return o && o.alive ? o : null;
}

export const quoted = (path: string): string => `"${path}"`;

/** resolvePath, but a set that does not answer yet (LiveOptions.liveSetLate) gives id 0, as a path to nothing. */
export function resolveAnswered(core: LiveCore, path: string, thisDevice: LiveObject | null): LiveObject | null {
  if (core.liveSetLate > 0 && path.replace(/"/g, "").trim().startsWith("live_set")) {
    core.liveSetLate--;
    return null;
  }
  return resolvePath(core, path, thisDevice);
}
