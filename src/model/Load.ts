// What an action gets when it asks for something the focus does not keep loaded (a track's clip slots
// out of view, a mixer, a flag observed only in focus): the mirror's hold, and whether it was there
// already, so an action on what is loaded runs in the gesture's own tick.
import type { LomClassName, PropName } from "../lom/LomClasses";
import type { Mirror } from "../lom/Mirror";

export interface Load {
  /** Loaded already when asked for. */
  readonly ready: boolean;
  readonly loaded: Promise<void>;
  release(): void;
}

/** Holds a child list (or single child) of a loaded object; see Mirror.hold. */
export function loadChild(mirror: Mirror, id: number, child: string): Load {
  const ready = mirror.isLoaded(id, child);
  return { ready, ...mirror.hold(id, child) };
}

/** Keeps a property observed (a whileListened one loaded) until released; see Mirror.listen. */
export function listenTo<C extends LomClassName>(mirror: Mirror, id: number, cls: C, prop: PropName<C>): Load {
  return { ready: false, ...mirror.listen(id, cls, prop) };
}

/** Reads a property no observer keeps current (fold_state) afresh: whoever acts on it acts on Live's value now. */
export function readAfresh<C extends LomClassName>(mirror: Mirror, id: number, cls: C, prop: PropName<C>): Load {
  return { ready: false, loaded: mirror.reread(id, cls, prop), release: () => {} };
}

/** Waits for every load, runs `visit`, and releases them all, however it ends. */
export async function whileLoaded<T>(loads: readonly Load[], visit: () => T): Promise<T> {
  try {
    await Promise.all(loads.map((load) => load.loaded));
    return visit();
  } finally {
    for (const load of loads) load.release();
  }
}
