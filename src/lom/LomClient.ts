// The bundle's side of the LOM bridge. Operations issued during one synchronous turn travel
// in one `lom_batch` message, flushed at the end of that turn (a microtask), so an action that
// needs no wait reaches the shim in the tick it was triggered.
import type { Batch, ObserverEvent, Op, OpResult, Raw, Reply, Target } from "./protocol";
import { MSG_BATCH, MSG_HELLO } from "./protocol";
import type { Logger } from "../log/Logger";
import { msToTicks } from "../time/TickScheduler";

export class LomError extends Error {
  constructor(
    message: string,
    readonly op: Op,
  ) {
    super(message);
    this.name = "LomError";
  }
}

export type ObserverListener = (value: Raw) => void;

/** 30 s: far beyond the slowest snapshot of a large set. */
export const REPLY_TIMEOUT_TICKS = msToTicks(30_000);

interface Pending {
  op: Op;
  resolve: (value: unknown) => void;
  reject: (error: LomError) => void;
}

export interface LomClientStats {
  batchesSent: number;
  opsSent: number;
  bytesSent: number;
  eventsReceived: number;
}

export class LomClient {
  private queue: Pending[] = [];
  /** Batches awaiting their reply, oldest first, with the tick they left on. */
  private readonly inFlight = new Map<number, { sentAt: number; pending: Pending[] }>();
  private now = 0;
  private readonly observers = new Map<number, ObserverListener>();
  private nextRid = 1;
  private nextOid = 1;
  readonly stats: LomClientStats = { batchesSent: 0, opsSent: 0, bytesSent: 0, eventsReceived: 0 };
  /** Called after a batch's reply was given up on: what the mirror knows may have gaps now. */
  onLostReply: () => void = () => {};

  constructor(
    private readonly send: (selector: string, ...atoms: string[]) => void,
    private readonly log: Logger,
  ) {}

  /** Asks the shim whether LiveAPI is ready; it answers `lom_ready`. */
  hello(): void {
    this.send(MSG_HELLO);
  }

  request<T = unknown>(op: Op): Promise<T> {
    return new Promise<unknown>((resolve, reject) => {
      if (this.queue.length === 0) queueMicrotask(() => this.flush());
      this.queue.push({ op, resolve, reject });
    }) as Promise<T>;
  }

  get(target: Target, prop: string): Promise<Raw> {
    return this.request<Raw>({ op: "get", target, prop });
  }

  set(target: Target, prop: string, value: Raw[number] | Raw): Promise<unknown> {
    return this.request({ op: "set", target, prop, value });
  }

  call(target: Target, fn: string, args: Raw = []): Promise<unknown> {
    return this.request({ op: "call", target, fn, args });
  }

  /**
   * Registers a listener for a property's changes; returns the observer id. `current` gets the
   * value the observer starts from (it changed if Live moved on since it was last read). Errors
   * are logged, not thrown.
   */
  observe(target: Target, prop: string, listener: ObserverListener, current?: ObserverListener, _options?: { quantum?: number }): number {
    const oid = this.nextOid++;
    // The starting value resolves a microtask after its reply; a change delivered meanwhile is newer.
    let changed = false;
    this.observers.set(oid, (value) => {
      changed = true;
      listener(value);
    });
    this.request<Raw>({ op: "observe", oid, target, prop }).then(
      (value) => {
        if (current && !changed && this.observers.has(oid)) current(value);
      },
      (error: unknown) => {
        this.observers.delete(oid);
        this.log.warn(`cannot observe ${prop} of ${target}: ${(error as Error).message}`);
      },
    );
    return oid;
  }

  unobserve(oid: number): void {
    if (!this.observers.delete(oid)) return;
    this.request({ op: "unobserve", oid }).catch((error: unknown) => this.log.debug(`unobserve ${oid}: ${(error as Error).message}`));
  }

  get observerCount(): number {
    return this.observers.size;
  }

  /** Drops every observer on both sides (a restarted bundle starts from a clean shim). */
  reset(): Promise<unknown> {
    this.observers.clear();
    return this.request({ op: "reset" });
  }

  onReply(json: string): void {
    let reply: Reply;
    try {
      reply = JSON.parse(json) as Reply;
    } catch {
      this.log.error(`malformed lom_reply: ${json.slice(0, 200)}`);
      return;
    }
    const pending = this.inFlight.get(reply.rid)?.pending;
    if (!pending) {
      this.log.debug(`lom_reply for unknown batch ${reply.rid}`);
      return;
    }
    this.inFlight.delete(reply.rid);
    const results = Array.isArray(reply.r) ? reply.r : [];
    const whole = reply.e ?? (Array.isArray(reply.r) ? undefined : "reply without results");
    pending.forEach((p, i) => settle(p, whole !== undefined ? { e: whole } : results[i]));
  }

  /**
   * Called on every metro tick. A batch whose reply never came (the shim was reloaded, a message was
   * lost) fails after REPLY_TIMEOUT_TICKS, so nothing waits on it forever.
   */
  tick(now: number): void {
    this.now = now;
    for (const [rid, batch] of this.inFlight) {
      if (now - batch.sentAt < REPLY_TIMEOUT_TICKS) break;
      this.inFlight.delete(rid);
      this.log.error(`no reply from the shim for batch ${rid} after ${REPLY_TIMEOUT_TICKS} ticks`);
      for (const p of batch.pending) settle(p, { e: "no reply from the shim" });
      this.onLostReply();
    }
  }

  onEvent(json: string): void {
    let event: ObserverEvent;
    try {
      event = JSON.parse(json) as ObserverEvent;
    } catch {
      this.log.error(`malformed lom_event: ${json.slice(0, 200)}`);
      return;
    }
    this.stats.eventsReceived++;
    const listener = this.observers.get(event.oid);
    if (!listener) return; // an event already on the wire when its observer was dropped
    try {
      listener(event.v);
    } catch (error) {
      this.log.error(`observer ${event.oid} failed`, error);
    }
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const rid = this.nextRid++;
    this.inFlight.set(rid, { sentAt: this.now, pending: batch });
    const message: Batch = { rid, ops: batch.map((p) => p.op) };
    const json = JSON.stringify(message);
    this.stats.batchesSent++;
    this.stats.opsSent += batch.length;
    this.stats.bytesSent += json.length;
    this.send(MSG_BATCH, json);
  }
}

function settle(pending: Pending, result: OpResult | undefined): void {
  if (result === undefined) pending.reject(new LomError("no result in reply", pending.op));
  else if ("e" in result) pending.reject(new LomError(result.e, pending.op));
  else pending.resolve(result.v);
}
