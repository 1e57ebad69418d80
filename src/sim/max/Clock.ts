// A deterministic virtual clock: the only time source of the simulated Max. Nothing here reads the
// wall clock; tests and the demo move time explicitly.

export interface ClockHandle {
  readonly at: number;
  readonly seq: number;
}

interface Entry extends ClockHandle {
  fn: () => void;
}

export type TimeListener = (elapsedMs: number) => void;

export class Clock {
  private nowMs = 0;
  private seqCounter = 0;
  /** Kept sorted by (at, seq): callbacks due at the same time run in scheduling order. */
  private queue: Entry[] = [];
  private readonly listeners: TimeListener[] = [];

  get now(): number {
    return this.nowMs;
  }

  /** How many callbacks wait. */
  get pending(): number {
    return this.queue.length;
  }

  /** Runs `fn` once `delayMs` from now (0: at the next `runDue`, after what is already due). */
  schedule(delayMs: number, fn: () => void): ClockHandle {
    if (!(delayMs >= 0)) throw new Error(`Clock.schedule: delay must be >= 0, got ${delayMs}`);
    const entry: Entry = { at: this.nowMs + delayMs, seq: this.seqCounter++, fn };
    let i = this.queue.length;
    while (i > 0 && this.queue[i - 1].at > entry.at) i--;
    this.queue.splice(i, 0, entry);
    return entry;
  }

  /** Cancelling a handle that already ran or was cancelled does nothing. */
  cancel(handle: ClockHandle): void {
    const i = this.queue.indexOf(handle as Entry);
    if (i >= 0) this.queue.splice(i, 1);
  }

  /** Called with the elapsed time whenever time moves (the Rig moves the Live set's song time). */
  onAdvance(listener: TimeListener): void {
    this.listeners.push(listener);
  }

  /** Runs the earliest callback due by `now`; answers whether one ran. */
  runNextDue(): boolean {
    const next = this.queue[0];
    if (!next || next.at > this.nowMs) return false;
    this.queue.shift();
    next.fn();
    return true;
  }

  /**
   * Moves time forward to the earliest callback due no later than `until` and runs it, or to `until` when
   * nothing is due by then. Answers whether a callback ran (so more may follow).
   */
  step(until: number): boolean {
    if (this.runNextDue()) return true;
    const next = this.queue[0];
    const to = next && next.at <= until ? next.at : Math.max(until, this.nowMs);
    this.moveTo(to);
    return this.runNextDue();
  }

  /** Advances by `ms`, running every callback due on the way in time order. */
  advance(ms: number): void {
    const until = this.nowMs + ms;
    while (this.step(until));
  }

  private moveTo(time: number): void {
    const elapsed = time - this.nowMs;
    if (elapsed <= 0) return;
    this.nowMs = time;
    for (const listener of this.listeners) listener(elapsed);
  }
}
