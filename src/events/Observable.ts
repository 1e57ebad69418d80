// The smallest contract for a value that can be read now and observed later: what a mirrored LOM
// property offers to listeners and to Sequence.waitFor.
import { Subscriptions } from "./Subscriptions";

export interface Observable<T> {
  get(): T;
  /** Calls `listener` with each new value; returns the function that stops it. */
  subscribe(listener: (value: T) => void): () => void;
}

/** A value read from several observables: `read` again and told to the listener whenever any of them changes. */
export function derived<T>(read: () => T, sources: readonly Observable<unknown>[]): Observable<T> {
  return {
    get: read,
    subscribe: (listener) => {
      const subscriptions = new Subscriptions();
      for (const source of sources) subscriptions.add(source.subscribe(() => listener(read())));
      return () => subscriptions.dispose();
    },
  };
}
