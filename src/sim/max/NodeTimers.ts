// The Node for Max process's own timers, run by the virtual Clock on its `node` lane: node.script is a
// separate Node process, so its setInterval keeps firing while Max's scheduler is stopped (Live's audio
// engine off, see Clock.ts). The rig hands `setInterval` / `clearInterval` to the bundle it loads
// (loadBundle's globals), so tests drive the bundle's Node timer with virtual time only.
import type { Clock, ClockHandle } from "./Clock";

/** What the bundle gets back from setInterval: opaque, with the methods of Node's Timeout it may call. */
export interface VirtualInterval {
  readonly id: number;
  ref(): VirtualInterval;
  unref(): VirtualInterval;
  hasRef(): boolean;
}

interface Running {
  handle: ClockHandle;
  ms: number;
  fn: () => void;
}

/** Node's bounds: a delay below 1 ms or above 2^31 - 1 ms becomes 1 ms (Node's timers documentation). */
const TIMEOUT_MAX = 2 ** 31 - 1;

export class NodeTimers {
  private nextId = 1;
  private readonly running = new Map<number, Running>();
  private firedCount = 0;
  private dead = false;

  constructor(private readonly clock: Clock) {}

  /** Intervals set and not cleared. */
  get active(): number {
    return this.running.size;
  }

  /** Callbacks run so far, all intervals together. */
  get fired(): number {
    return this.firedCount;
  }

  /** The globals a bundle sees in place of Node's (loadBundle). */
  get globals(): { setInterval: NodeTimers["setInterval"]; clearInterval: NodeTimers["clearInterval"] } {
    return { setInterval: (fn, ms, ...args) => this.setInterval(fn, ms, ...args), clearInterval: (timer) => this.clearInterval(timer) };
  }

  setInterval(fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): VirtualInterval {
    if (typeof fn !== "function") throw new TypeError('The "callback" argument must be of type function');
    const delay = typeof ms === "number" && ms >= 1 && ms <= TIMEOUT_MAX ? ms : 1;
    const id = this.nextId++;
    let referenced = true;
    const timer: VirtualInterval = {
      id,
      ref: () => ((referenced = true), timer),
      unref: () => ((referenced = false), timer),
      hasRef: () => referenced,
    };
    if (this.dead) return timer;
    const entry: Running = { handle: this.clock.schedule(delay, () => this.fire(id), "node"), ms: delay, fn: () => fn(...args) };
    this.running.set(id, entry);
    return timer;
  }

  /** Clearing what is not a running interval of this process does nothing, as in Node. */
  clearInterval(timer: unknown): void {
    const id = (timer as VirtualInterval | null | undefined)?.id;
    if (typeof id !== "number") return;
    const entry = this.running.get(id);
    if (!entry) return;
    this.clock.cancel(entry.handle);
    this.running.delete(id);
  }

  /** The process is gone: none of its timers fires again. */
  kill(): void {
    this.dead = true;
    for (const entry of this.running.values()) this.clock.cancel(entry.handle);
    this.running.clear();
  }

  /** Like Node, the next run is scheduled before this one runs; clearInterval inside the callback cancels it. */
  private fire(id: number): void {
    const entry = this.running.get(id);
    if (!entry) return;
    entry.handle = this.clock.schedule(entry.ms, () => this.fire(id), "node");
    this.firedCount++;
    entry.fn();
  }
}
