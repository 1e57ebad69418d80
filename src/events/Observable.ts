// The smallest contract for a value that can be read now and observed later: what a mirrored LOM
// property offers to listeners and to Sequence.waitFor.

export interface Observable<T> {
  get(): T;
  /** Calls `listener` with each new value; returns the function that stops it. */
  subscribe(listener: (value: T) => void): () => void;
}
