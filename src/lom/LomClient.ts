// The bundle's side of the LOM bridge. Operations issued during one synchronous turn travel in one
// `lom_batch` message per priority, flushed at the end of that turn (a microtask), so an action that
// needs no wait reaches the shim in the tick it was triggered. The wire encoding is protocol.ts's,
// written and read by OpCodec.ts; the snapshot specs the shim knows are SpecRegistry.ts's.
import type { Atom, Op, Priority, Raw, Target } from "../wire/protocol";
import { BACKGROUND, FOREGROUND, MAX_MESSAGE_ATOMS, MSG_BATCH, MSG_HELLO } from "../wire/protocol";
import type { Logger } from "../log/Logger";
import { messageOf } from "../log/ErrorText";
import { msToTicks } from "../time/TickScheduler";
import { decodeResults, encodeOp, type OpResult } from "./OpCodec";
import { LomError } from "./LomError";
import { SpecRegistry } from "./SpecRegistry";

export type ObserverListener = (value: Raw) => void;

export interface ObserveOptions {
  /** > 0: Live's changes reach the listener only when floor(value / quantum) changes (song time: 0.25). */
  quantum?: number;
}

/** 30 s without a chunk of a batch's reply: far beyond the slowest block. */
export const REPLY_TIMEOUT_TICKS = msToTicks(30_000);

interface Pending {
  op: Op;
  atoms: Atom[];
  resolve: (value: unknown) => void;
  reject: (error: LomError) => void;
  /** A probe sent to see what Max loses: its reply never coming is a finding, not a divergence. */
  mayBeLost: boolean;
}

interface InFlight {
  /** The tick the batch left on, or its last chunk arrived: a walk that keeps answering is alive. */
  heardAt: number;
  pending: Pending[];
  chunks: Atom[][];
}

export interface LomClientStats {
  batchesSent: number;
  opsSent: number;
  /** The batches as Max text (atoms joined by spaces). */
  bytesSent: number;
  eventsReceived: number;
}

export class LomClient {
  private readonly queues: Record<Priority, Pending[]> = { 0: [], 1: [] };
  private flushQueued = false;
  private readonly inFlight = new Map<number, InFlight>();
  private now = 0;
  private readonly observers = new Map<number, ObserverListener>();
  private nextRid = 1;
  private nextOid = 1;
  private readonly specs: SpecRegistry;
  private backgroundDepth = 0;
  readonly stats: LomClientStats = { batchesSent: 0, opsSent: 0, bytesSent: 0, eventsReceived: 0 };
  /** Called after a batch's reply was given up on: what the mirror knows may have gaps now. */
  onLostReply: () => void = () => {};

  constructor(
    private readonly send: (selector: string, ...atoms: Atom[]) => void,
    private readonly log: Logger,
  ) {
    this.specs = new SpecRegistry(send);
  }

  /** A (re)loaded shim knows no spec: they are registered again as they are used. */
  shimReady(): void {
    this.specs.forget();
  }

  /** Asks the shim whether LiveAPI is ready; it answers `lom_ready`. */
  hello(): void {
    this.send(MSG_HELLO);
  }

  /**
   * Queues one op for this turn's batch. Priority: the argument, else background inside `background()`,
   * else background for a snapshot (a walk) and foreground for everything else. A string longer than
   * MAX_ATOM_CHARS would be cut by Max: such an op is refused here (the one exception is the platform
   * probe's `length` op, which carries only the probe's own texts: protocol.ts PROBE_LENGTHS).
   */
  request<T = unknown>(op: Op, priority?: Priority, options: { mayBeLost?: boolean } = {}): Promise<T> {
    let atoms: Atom[];
    try {
      atoms = this.encode(op);
    } catch (error) {
      return Promise.reject(error instanceof LomError ? error : new LomError(messageOf(error), op));
    }
    const lane = priority ?? (this.backgroundDepth > 0 || op.op === "snapshot" ? BACKGROUND : FOREGROUND);
    return new Promise<unknown>((resolve, reject) => {
      if (!this.flushQueued) {
        this.flushQueued = true;
        queueMicrotask(() => this.flush());
      }
      this.queues[lane].push({ op, atoms, resolve, reject, mayBeLost: options.mayBeLost === true });
    }) as Promise<T>;
  }

  /** Runs `fn`; the requests it issues synchronously travel as background (sync walks, re-reads). */
  background<T>(fn: () => T): T {
    this.backgroundDepth++;
    try {
      return fn();
    } finally {
      this.backgroundDepth--;
    }
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
  observe(target: Target, prop: string, listener: ObserverListener, current?: ObserverListener, options?: ObserveOptions): number {
    const oid = this.nextOid++;
    // The starting value resolves a microtask after its reply; a change delivered meanwhile is newer.
    let changed = false;
    this.observers.set(oid, (value) => {
      changed = true;
      listener(value);
    });
    // Observers travel in the background lane: a knob's write never waits behind the sync's hundreds of
    // them (each costs Live 1.7 ms), and the observer's starting value reconciles whatever it overtook.
    this.request<Raw>({ op: "observe", oid, target, prop, quantum: options?.quantum ?? 0 }, BACKGROUND).then(
      (value) => {
        if (current && !changed && this.observers.has(oid)) current(value);
      },
      (error: unknown) => {
        // Dropped already (unobserved, or a reset): nothing to report.
        if (!this.observers.delete(oid)) return;
        this.log.warn(`cannot observe ${prop} of ${target}: ${messageOf(error)}`);
      },
    );
    return oid;
  }

  unobserve(oid: number): void {
    if (!this.observers.delete(oid)) return;
    this.request({ op: "unobserve", oid }, BACKGROUND).catch((error: unknown) => this.log.debug(`unobserve ${oid}: ${messageOf(error)}`));
  }

  get observerCount(): number {
    return this.observers.size;
  }

  /** Batches sent or queued whose replies have not all come back: the bridge is busy (the healer waits). */
  get batchesInFlight(): number {
    return this.inFlight.size + (this.flushQueued ? 1 : 0);
  }

  /**
   * Drops every observer on both sides (a restarted bundle starts from a clean shim; the shim parks
   * them) and everything still on its way: the shim drops the batches queued before a reset, so what
   * this client waits for is refused now rather than after the reply timeout.
   */
  reset(): Promise<unknown> {
    this.observers.clear();
    const dropped = [...this.inFlight.values()];
    this.inFlight.clear();
    for (const batch of dropped) for (const p of batch.pending) p.reject(new LomError("the shim was reset", p.op));
    return this.request({ op: "reset" });
  }

  /** `lom_reply <rid> <final> <results...>`: chunks of a batch are kept until the final one. */
  onReply(atoms: Atom[]): void {
    const [rid, final] = atoms;
    if (typeof rid !== "number" || (final !== 0 && final !== 1)) {
      this.log.error(`malformed lom_reply: ${atoms.join(" ").slice(0, 200)}`);
      return;
    }
    const batch = this.inFlight.get(rid);
    if (!batch) {
      this.log.debug(`lom_reply for unknown batch ${rid}`);
      return;
    }
    batch.heardAt = this.now;
    batch.chunks.push(atoms.slice(2));
    if (final === 0) return;
    this.inFlight.delete(rid);
    let atomsOf = batch.chunks[0];
    if (batch.chunks.length > 1) {
      atomsOf = [];
      for (const chunk of batch.chunks) for (const a of chunk) atomsOf.push(a);
    }
    let results: OpResult[] | { e: string };
    try {
      results = decodeResults(batch.pending.map((p) => p.op), atomsOf);
    } catch (error) {
      this.log.error(`malformed lom_reply for batch ${rid}: ${messageOf(error)}`);
      results = { e: "malformed reply" };
    }
    batch.pending.forEach((p, i) => {
      const result = Array.isArray(results) ? results[i] : results;
      if ("e" in result) p.reject(new LomError(result.e, p.op));
      else p.resolve(result.v);
    });
  }

  /**
   * Called on every metro tick. A batch that heard nothing for REPLY_TIMEOUT_TICKS (the shim was reloaded,
   * a message was lost) fails, so nothing waits on it forever.
   */
  tick(now: number): void {
    this.now = now;
    let lost = false;
    for (const [rid, batch] of this.inFlight) {
      if (now - batch.heardAt < REPLY_TIMEOUT_TICKS) continue;
      this.inFlight.delete(rid);
      for (const p of batch.pending) p.reject(new LomError("no reply from the shim", p.op));
      // A batch of probes only may go unanswered (Max may drop an over-long atom): no resync for it.
      if (batch.pending.every((p) => p.mayBeLost)) {
        this.log.debug(`no reply for probe batch ${rid}`);
        continue;
      }
      this.log.error(`no reply from the shim for batch ${rid} after ${REPLY_TIMEOUT_TICKS} ticks`);
      lost = true;
    }
    // Replies lost together (a reloaded shim loses all it owed) call for one resync, not one each.
    if (lost) this.onLostReply();
  }

  /** `lom_event <oid> <value atoms...>` */
  onEvent(atoms: Atom[]): void {
    const oid = atoms[0];
    if (typeof oid !== "number") {
      this.log.error(`malformed lom_event: ${atoms.join(" ").slice(0, 200)}`);
      return;
    }
    this.stats.eventsReceived++;
    const listener = this.observers.get(oid);
    if (!listener) return; // an event already on the wire when its observer was dropped
    try {
      listener(atoms.slice(1));
    } catch (error) {
      this.log.error(`observer ${oid} failed`, error);
    }
  }

  private flush(): void {
    this.flushQueued = false;
    for (const lane of [FOREGROUND, BACKGROUND]) {
      const queued = this.queues[lane];
      this.queues[lane] = [];
      // Ops are never split; a batch longer than MAX_MESSAGE_ATOMS goes as several, answered in order.
      let start = 0;
      while (start < queued.length) {
        let end = start;
        let size = 2;
        do size += queued[end++].atoms.length;
        while (end < queued.length && size + queued[end].atoms.length <= MAX_MESSAGE_ATOMS);
        this.sendBatch(lane, queued.slice(start, end));
        start = end;
      }
    }
  }

  private sendBatch(lane: Priority, batch: Pending[]): void {
    const rid = this.nextRid++;
    this.inFlight.set(rid, { heardAt: this.now, pending: batch, chunks: [] });
    const atoms: Atom[] = [rid, lane];
    for (const p of batch) for (const a of p.atoms) atoms.push(a);
    this.stats.batchesSent++;
    this.stats.opsSent += batch.length;
    this.stats.bytesSent += MSG_BATCH.length + atoms.reduce<number>((n, a) => n + 1 + String(a).length, 0);
    this.send(MSG_BATCH, ...atoms);
  }

  /** The op's atoms; a snapshot's spec is registered first (`lom_spec`), once per distinct content. */
  private encode(op: Op): Atom[] {
    try {
      return encodeOp(op, (spec) => this.specs.indexOf(spec));
    } catch (error) {
      throw new LomError(messageOf(error), op);
    }
  }
}
