// A settable Observable held in memory: for bundle-side state that others react to.
import type { Observable } from "./Observable";

export class ObservableValue<T> implements Observable<T> {
  private readonly listeners = new Set<(value: T) => void>();

  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  /** Notifies only on a change (compared with ===), as Live observers do; a listener's throw reaches the caller. */
  set(value: T): void {
    if (value === this.value) return;
    this.value = value;
    for (const listener of [...this.listeners]) if (this.listeners.has(listener)) listener(value);
  }

  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
