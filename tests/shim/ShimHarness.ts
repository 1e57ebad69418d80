// Loads the real device/lom-shim.js over a real simulated Live set, with the fake Max around it.
import type { Atom, Batch, ObserverEvent, Op, Reply } from "../../src/lom/protocol";
import { MSG_BATCH, MSG_EVENT, MSG_READY, MSG_REPLY } from "../../src/lom/protocol";
import type { LiveSet } from "../../src/sim/live/LiveSet";
import { Clock } from "../../src/sim/max/Clock";
import { DictStore } from "../../src/sim/max/DictStore";
import type { ConsoleLevel } from "../../src/sim/max/ShimHost";
import { ShimHost } from "../../src/sim/max/ShimHost";
import { Wire } from "../../src/sim/max/Wire";
import { loadSet } from "../sim/simSets";

export class ShimHarness {
  readonly clock = new Clock();
  readonly wire = new Wire();
  readonly host: ShimHost;
  /** Everything the shim sent to node.script, in order. */
  readonly toNode: Atom[][] = [];
  readonly posts: { level: ConsoleLevel; text: string }[] = [];
  private rid = 0;

  constructor(readonly set: LiveSet = loadSet("demo")) {
    this.host = new ShimHost({
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

  sendBatch(ops: Op[]): number {
    const rid = this.sendBatchQuietly(ops);
    this.settle();
    return rid;
  }

  /** Queues a batch on the wire without delivering it. */
  sendBatchQuietly(ops: Op[]): number {
    const batch: Batch = { rid: ++this.rid, ops };
    this.wire.send("shim", [MSG_BATCH, JSON.stringify(batch)]);
    return batch.rid;
  }

  /** One op's value, failing the test with the shim's error message if it has one. */
  value(op: Op): unknown {
    const result = this.batch(op).r[0];
    if (!result || "e" in result) throw new Error(`op failed: ${JSON.stringify(result)}`);
    return result.v;
  }

  replies(): Reply[] {
    return this.messages(MSG_REPLY).map((json) => JSON.parse(json) as Reply);
  }

  events(): ObserverEvent[] {
    return this.messages(MSG_EVENT).map((json) => JSON.parse(json) as ObserverEvent);
  }

  readyCount(): number {
    return this.toNode.filter((m) => m[0] === MSG_READY).length;
  }

  errors(): string[] {
    return this.posts.filter((p) => p.level === "error").map((p) => p.text);
  }

  private messages(selector: string): string[] {
    return this.toNode.filter((m) => m[0] === selector).map((m) => String(m[1]));
  }
}
