// Who listens to which property of which loaded object: the mirror tells them after a change is stored.
import type { PropListener } from "./MirrorNode";
import type { Logger } from "../log/Logger";

export class PropListeners {
  private readonly byKey = new Map<string, Set<PropListener>>();

  constructor(private readonly log: Logger) {}

  /** Adds a listener of one property; the returned release calls `onLast` when it took the last one. */
  add(id: number, prop: string, listener: PropListener, onLast: () => void): () => void {
    const key = `${id}:${prop}`;
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size > 0 || this.byKey.get(key) !== set) return;
      this.byKey.delete(key);
      onLast();
    };
  }

  isListened(id: number, prop: string): boolean {
    return this.byKey.has(`${id}:${prop}`);
  }

  notify(id: number, prop: string, value: unknown): void {
    const listeners = this.byKey.get(`${id}:${prop}`);
    if (!listeners) return;
    for (const listener of [...listeners]) {
      try {
        listener(value, id);
      } catch (error) {
        this.log.error(`listener of ${prop} on ${id} failed`, error);
      }
    }
  }
}
