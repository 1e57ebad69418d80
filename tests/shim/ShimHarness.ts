// Loads the real device/lom-shim.js over a real simulated Live set, with the fake Max around it, and
// speaks the flat-atom protocol to it with the bundle's own codec (src/lom/OpCodec.ts).
import type { Atom, Op, Priority, Raw, SnapNode, SnapshotSpec } from "../../src/wire/protocol";
import { FOREGROUND, MSG_BATCH, MSG_EVENT, MSG_READY, MSG_REPLY, MSG_SPEC } from "../../src/wire/protocol";
import { decodeResults, encodeOp, type OpResult } from "../../src/lom/OpCodec";
import type { LiveSet } from "../../src/sim/live/LiveSet";
import { Clock } from "../../src/sim/max/Clock";
import { DictStore } from "../../src/sim/max/DictStore";
import { LiveApiLedger, liveApiTotals, TASK_SELECTOR } from "../../src/sim/max/LiveApiLedger";
import type { ConsoleLevel } from "../../src/sim/max/ShimHost";
import { ShimHost } from "../../src/sim/max/ShimHost";
import { Wire } from "../../src/sim/max/Wire";
import { loadSet } from "../sim/simSets";

export interface Reply {
  rid: number;
  r: OpResult[];
  /** The whole batch was refused. */
  e?: string;
}

export interface ObserverEvent {
  oid: number;
  v: Raw;
}

/** What one shim block (one message delivered, or one Task run) cost, from the simulated set's counters. */
export interface Block {
  kind: "message" | "task";
  calls: number;
  objects: number;
  /** Modelled time, central row (src/wire/liveApiCosts.ts). */
  ms: number;
}

export class ShimHarness {
  readonly clock = new Clock();
  readonly wire = new Wire();
  readonly host: ShimHost;
  /** Everything the shim sent to node.script, in order. */
  readonly toNode: Atom[][] = [];
  readonly posts: { level: ConsoleLevel; text: string }[] = [];
  /** What each block cost Live: every message handled and every Task run, the script's load first. */
  readonly ledger: LiveApiLedger;
  private rid = 0;

  /** Every block the shim ran, in order. */
  get blocks(): Block[] {
    return this.ledger.blocks.map((b) => ({ kind: b.selector === TASK_SELECTOR ? "task" : "message", calls: b.calls, objects: b.constructed, ms: b.ms.central }));
  }
  private readonly opsOf = new Map<number, Op[]>();
  private readonly specs = new Map<string, number>();

  constructor(readonly set: LiveSet = loadSet("demo")) {
    this.ledger = new LiveApiLedger(() => liveApiTotals(set), () => this.clock.now);
    this.host = new ShimHost({
      ledger: this.ledger,
      path: "device/lom-shim.js",
      liveApi: set.liveApiClass(),
      clock: this.clock,
      dicts: new DictStore(),
      sinks: {
        outlet: (_index, atoms) => this.wire.send("node", atoms),
        post: (level, text) => this.posts.push({ level, text }),
        named: () => {},
      },
    });
    this.wire.connect("shim", (atoms) => this.host.deliver(atoms));
    this.wire.connect("node", (atoms) => this.toNode.push(atoms));
  }

  /** Sends `ready` as [live.thisdevice] would. */
  ready(): this {
    this.send("ready");
    return this;
  }

  send(...atoms: Atom[]): void {
    this.wire.send("shim", atoms);
    this.settle();
  }

  /** Delivers everything and runs Tasks due now, until quiet. */
  settle(): void {
    while (this.wire.drain() > 0 || this.clock.runNextDue());
  }

  /** Sends one batch and answers its reply. */
  batch(...ops: Op[]): Reply {
    const rid = this.sendBatch(ops);
    const reply = this.replies().find((r) => r.rid === rid);
    if (!reply) throw new Error(`no reply for batch ${rid}`);
    return reply;
  }

  sendBatch(ops: Op[], priority: Priority = FOREGROUND): number {
    const rid = this.sendBatchQuietly(ops, priority);
    this.settle();
    return rid;
  }

  /** Queues a batch on the wire without delivering it. */
  sendBatchQuietly(ops: Op[], priority: Priority = FOREGROUND): number {
    const atoms = this.batchAtoms(ops, priority);
    this.wire.send("shim", atoms);
    return Number(atoms[1]);
  }

  /** The `lom_batch` message for `ops` (its specs are registered on the wire first); a new rid. */
  batchAtoms(ops: Op[], priority: Priority = FOREGROUND): Atom[] {
    const rid = ++this.rid;
    this.opsOf.set(rid, ops);
    const atoms: Atom[] = [MSG_BATCH, rid, priority];
    for (const op of ops) atoms.push(...encodeOp(op, (spec) => this.specIndex(spec)));
    return atoms;
  }

  /** One op's value, failing the test with the shim's error message if it has one. */
  value(op: Op): unknown {
    const result = this.batch(op).r[0];
    if (!result || "e" in result) throw new Error(`op failed: ${JSON.stringify(result)}`);
    return result.v;
  }

  /** The `lom_reply` chunks of one batch, each without its selector. */
  chunks(rid: number): Atom[][] {
    return this.toNode.filter((m) => m[0] === MSG_REPLY && m[1] === rid).map((m) => m.slice(1));
  }

  /** Every finished reply, in the order their final chunks arrived, decoded with the bundle's codec. */
  replies(): Reply[] {
    const parts = new Map<number, Atom[]>();
    const replies: Reply[] = [];
    for (const m of this.toNode) {
      if (m[0] !== MSG_REPLY) continue;
      const rid = Number(m[1]);
      const atoms = (parts.get(rid) ?? []).concat(m.slice(3));
      parts.set(rid, atoms);
      if (m[2] !== 1) continue;
      parts.delete(rid);
      const decoded = decodeResults(this.opsOf.get(rid) ?? [], atoms);
      replies.push(Array.isArray(decoded) ? { rid, r: decoded } : { rid, r: [], e: decoded.e });
    }
    return replies;
  }

  events(): ObserverEvent[] {
    return this.toNode.filter((m) => m[0] === MSG_EVENT).map((m) => ({ oid: Number(m[1]), v: m.slice(2) }));
  }

  readyCount(): number {
    return this.toNode.filter((m) => m[0] === MSG_READY).length;
  }

  errors(): string[] {
    return this.posts.filter((p) => p.level === "error").map((p) => p.text);
  }

  private specIndex(spec: SnapshotSpec): number {
    const json = JSON.stringify(spec);
    let index = this.specs.get(json);
    if (index === undefined) {
      index = this.specs.size;
      this.specs.set(json, index);
      this.wire.send("shim", [MSG_SPEC, index, json]);
    }
    return index;
  }
}

/** What a snapshot should hold, read straight from the simulated set (what the old one-message JSON snapshot held). */
export function expectedSnapshot(set: LiveSet, id: number, spec: SnapshotSpec): SnapNode {
  const object = set.require(id);
  const node: SnapNode = { id, p: {}, c: {} };
  for (const prop of spec.props) {
    const when = spec.onlyWhen?.[prop];
    if (when && !(node.p[when.prop]?.length === 1 && String(node.p[when.prop][0]) === String(when.is))) continue;
    if (object.lom.props[prop]) node.p[prop] = set.read(id, prop);
  }
  for (const [child, childSpec] of Object.entries(spec.children ?? {})) {
    if (!object.lom.props[child]) continue;
    const raw = set.read(id, child);
    const ids: number[] = [];
    for (let i = 0; i < raw.length; i += 2) if (Number(raw[i + 1]) !== 0) ids.push(Number(raw[i + 1]));
    node.c[child] = ids.map((childId) => expectedSnapshot(set, childId, childSpec));
  }
  return node;
}
