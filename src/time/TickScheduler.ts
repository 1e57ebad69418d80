// Time in ticks: each call to tick() is one bang of the device's [metro 17] (DESIGN.md "Time").
// Waits are filed in buckets keyed by their due tick, so a tick only visits what is due. A few
// long-lived listeners (the BeatScheduler, which extrapolates song time between observed positions)
// run at the start of every tick, before the callbacks due then; they are not waits and are counted
// neither in `pending` nor in `visitedLastTick`.
import type { Logger } from "../log/Logger";
import { runLogged, ScheduledCallback, type Cancellable } from "./ScheduledCallback";

/** Milliseconds between two ticks: the [metro 17] period, which replaces Live's 17 ms Python timer. */
export const TICK_MS = 17;

/** Converts a duration to whole ticks, rounding up so a wait is never shorter than asked; at least one tick. */
export function msToTicks(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`waitMs needs a finite duration >= 0, got ${ms}`);
  return Math.max(1, Math.ceil(ms / TICK_MS));
}

export class TickScheduler {
  private tickCount = 0;
  // A cancelled callback stays in its bucket until its tick: cancel is O(1) and the tick skips it.
  private readonly buckets = new Map<number, ScheduledCallback[]>();
  private pendingCount = 0;
  private visited = 0;
  private readonly tickListeners: (() => void)[] = [];

  constructor(private readonly log: Logger) {}

  /** Number of ticks elapsed since creation. */
  get currentTick(): number {
    return this.tickCount;
  }

  /** Callbacks waiting to run (cancelled ones excluded). */
  get pending(): number {
    return this.pendingCount;
  }

  /** Callbacks the last tick looked at, cancelled ones included: the per-tick cost. */
  get visitedLastTick(): number {
    return this.visited;
  }

  /** Calls `listener` at the start of every tick from now on, before what is due; answers an unsubscribe. */
  everyTick(listener: () => void): () => void {
    this.tickListeners.push(listener);
    return () => {
      const index = this.tickListeners.indexOf(listener);
      if (index >= 0) this.tickListeners.splice(index, 1);
    };
  }

  /** Runs `callback` on the next tick. */
  defer(callback: () => void): Cancellable {
    return this.wait(1, callback);
  }

  /** Runs `callback` after `ticks` ticks (a whole number >= 1). */
  wait(ticks: number, callback: () => void): Cancellable {
    if (!Number.isInteger(ticks) || ticks < 1) {
      throw new RangeError(`wait needs a whole number of ticks >= 1, got ${ticks}`);
    }
    const due = this.tickCount + ticks;
    const scheduled = new ScheduledCallback(callback, () => this.pendingCount--);
    const bucket = this.buckets.get(due);
    if (bucket) bucket.push(scheduled);
    else this.buckets.set(due, [scheduled]);
    this.pendingCount++;
    return scheduled;
  }

  /** Runs `callback` after `ms` milliseconds, counted in ticks (see msToTicks). */
  waitMs(ms: number, callback: () => void): Cancellable {
    return this.wait(msToTicks(ms), callback);
  }

  /** One metro bang: advances time and runs what is due, in scheduling order. */
  tick(): void {
    this.tickCount++;
    this.visited = 0;
    for (const listener of this.tickListeners) runLogged(this.log, `tick ${this.tickCount}`, listener);
    const bucket = this.buckets.get(this.tickCount);
    if (!bucket) return;
    // Whatever these callbacks schedule is due at a later tick, so this bucket cannot grow meanwhile.
    this.buckets.delete(this.tickCount);
    this.visited = bucket.length;
    for (const scheduled of bucket) scheduled.run(this.log, `tick ${this.tickCount}`);
  }

  /** Cancels every pending callback (used on reset). */
  clear(): void {
    for (const bucket of this.buckets.values()) for (const scheduled of bucket) scheduled.cancel();
    this.buckets.clear();
  }
}
