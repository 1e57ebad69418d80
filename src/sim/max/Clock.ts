// A deterministic virtual clock: the only time source of the simulated Max. Nothing here reads the
// wall clock; tests and the demo move time explicitly.
//
// Two lanes share it. `scheduler` is Max's scheduler: [metro] and [js] Task callbacks. `node` is the
// Node for Max process's own timers (NodeTimers.ts). Max's scheduler does not run while Live's audio
// engine is off: "time-sensitive operations (such as delaying with a set amount of time) are not
// executed when Live's audio engine is off. So with audio off, with a [loadbang] => [delay 1000] =>
// [print] patch, the [loadbang] does fire when the device loads but the [print] only happens a second
// after audio is turned on" (Ableton maxdevtools, m4l-production-guidelines.md, "Initialization"). So
// `stopScheduler` freezes the scheduler lane — each callback keeps the time it still had to wait, and
// `startScheduler` resumes it with that wait — while the node lane runs on.

export interface ClockHandle {
  readonly at: number;
  readonly seq: number;
}

/** Max's scheduler ([metro], Task) or the Node process's own timers. */
export type ClockLane = "scheduler" | "node";

interface Entry extends ClockHandle {
  at: number;
  fn: () => void;
  lane: ClockLane;
  /** While the scheduler is stopped: how long the entry still had to wait. */
  remaining: number;
}

export type TimeListener = (elapsedMs: number) => void;

export class Clock {
  private nowMs = 0;
  private seqCounter = 0;
  /** Kept sorted by (at, seq): callbacks due at the same time run in scheduling order. */
  private queue: Entry[] = [];
  /** Scheduler-lane entries held while the scheduler is stopped, in scheduling order. */
  private frozen: Entry[] = [];
  private schedulerStopped = false;
  private readonly listeners: TimeListener[] = [];

  get now(): number {
    return this.nowMs;
  }

  /** How many callbacks wait (those frozen with a stopped scheduler included). */
  get pending(): number {
    return this.queue.length + this.frozen.length;
  }

  /** Whether Max's scheduler runs (false while Live's audio engine is off). */
  get schedulerRunning(): boolean {
    return !this.schedulerStopped;
  }

  /**
   * Runs `fn` once `delayMs` from now (0: at the next `runDue`, after what is already due). A scheduler
   * callback scheduled while the scheduler is stopped waits its `delayMs` once the scheduler runs again.
   */
  schedule(delayMs: number, fn: () => void, lane: ClockLane = "scheduler"): ClockHandle {
    if (!(delayMs >= 0)) throw new Error(`Clock.schedule: delay must be >= 0, got ${delayMs}`);
    const entry: Entry = { at: this.nowMs + delayMs, seq: this.seqCounter++, fn, lane, remaining: delayMs };
    if (lane === "scheduler" && this.schedulerStopped) this.frozen.push(entry);
    else this.insert(entry);
    return entry;
  }

  /** Cancelling a handle that already ran or was cancelled does nothing. */
  cancel(handle: ClockHandle): void {
    const i = this.queue.indexOf(handle as Entry);
    if (i >= 0) this.queue.splice(i, 1);
    const j = this.frozen.indexOf(handle as Entry);
    if (j >= 0) this.frozen.splice(j, 1);
  }

  /** Live's audio engine goes off: scheduler callbacks stop where they are; node timers run on. */
  stopScheduler(): void {
    if (this.schedulerStopped) return;
    this.schedulerStopped = true;
    const kept: Entry[] = [];
    for (const entry of this.queue) {
      if (entry.lane === "scheduler") {
        entry.remaining = Math.max(0, entry.at - this.nowMs);
        this.frozen.push(entry);
      } else kept.push(entry);
    }
    this.queue = kept;
    this.frozen.sort((a, b) => a.seq - b.seq);
  }

  /** Live's audio engine is on again: each frozen callback waits what it still had to wait. */
  startScheduler(): void {
    if (!this.schedulerStopped) return;
    this.schedulerStopped = false;
    const frozen = this.frozen;
    this.frozen = [];
    for (const entry of frozen) {
      entry.at = this.nowMs + entry.remaining;
      this.insert(entry);
    }
  }

  /** Keeps the queue sorted by (at, seq). */
  private insert(entry: Entry): void {
    let i = this.queue.length;
    while (i > 0 && (this.queue[i - 1].at > entry.at || (this.queue[i - 1].at === entry.at && this.queue[i - 1].seq > entry.seq))) i--;
    this.queue.splice(i, 0, entry);
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
