// How many holders each held child list or object of the mirror has. The mirror loads a target on
// its first holder and unloads it when the last one lets go; a resync loads every held target again.
import type { LomClassName } from "./LomClasses";

/** What a holder gets: when the target is loaded, and how to let it go. */
export interface Hold {
  loaded: Promise<void>;
  release: () => void;
}

/** A child list (or single child) of a loaded object, or an object loaded by id alone. */
export type HoldTarget = { id: number; child: string } | { id: number; type: LomClassName };

export class HoldCounts {
  private readonly counts = new Map<string, { target: HoldTarget; count: number }>();

  /** Adds a holder. The release is idempotent, and does nothing once the target was forgotten. */
  acquire(target: HoldTarget, onLast: () => void): { first: boolean; release: () => void } {
    const key = keyOf(target);
    const entry = this.counts.get(key) ?? { target, count: 0 };
    entry.count++;
    this.counts.set(key, entry);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      if (this.counts.get(key) !== entry) return;
      if (--entry.count > 0) return;
      this.counts.delete(key);
      onLast();
    };
    return { first: entry.count === 1, release };
  }

  has(target: HoldTarget): boolean {
    return this.counts.has(keyOf(target));
  }

  targets(): HoldTarget[] {
    return [...this.counts.values()].map((entry) => entry.target);
  }

  targetsOf(id: number): HoldTarget[] {
    return this.targets().filter((target) => target.id === id);
  }

  forget(target: HoldTarget): void {
    this.counts.delete(keyOf(target));
  }

  /** Live deleted the object: nothing of it can be held any more. */
  forgetObject(id: number): void {
    for (const { target } of [...this.counts.values()]) if (target.id === id) this.forget(target);
  }
}

function keyOf(target: HoldTarget): string {
  return "child" in target ? `${target.id}:${target.child}` : `${target.id}:*`;
}
