// What is under way and must survive Node for Max restarting: the recording (with what it must put
// back), the looping scenes, the recording length, the parameter cursor. Each keeper saves a small
// JSON value of numbers and ids (Live ids stay valid while the set is open, and numbers never intern
// a Max symbol); the device keeps them in a [dict] of its own, which a Node restart leaves alone and
// Live does not save with the set (so they cost no undo step). A restarted bundle restores them after
// its first sync, and each keeper finishes, resumes or puts back what its restore finds.

/** What a [dict] holds. */
export type JsonValue = number | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Keeper {
  readonly key: string;
  /** The value to keep now, or undefined for nothing under way. */
  save(): JsonValue | undefined;
  /** Takes back what an earlier bundle kept (the set is synced when it is called). */
  restore(value: JsonValue): void;
}

export type KeptState = { [key: string]: JsonValue };

export class InFlight {
  private readonly keepers: Keeper[] = [];
  private queued = false;

  constructor(private readonly write: (state: KeptState) => void) {}

  keep(keeper: Keeper): void {
    this.keepers.push(keeper);
  }

  /** Something under way changed: the state is written once, at the end of this turn. */
  changed(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.write(this.collect());
    });
  }

  /** Hands each keeper its value; one that fails is logged and the others still restore. */
  restore(state: KeptState, failed: (key: string, error: unknown) => void): void {
    for (const keeper of this.keepers) {
      const value = state[keeper.key];
      if (value === undefined || value === null) continue;
      try {
        keeper.restore(value);
      } catch (error) {
        failed(keeper.key, error);
      }
    }
    this.changed();
  }

  private collect(): KeptState {
    const state: KeptState = {};
    for (const keeper of this.keepers) {
      const value = keeper.save();
      if (value !== undefined) state[keeper.key] = value;
    }
    return state;
  }
}
