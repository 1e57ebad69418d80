// `npm run bench`: the performance figures of DESIGN.md's budgets, one JSON line each. The real
// bundle and shim run over the simulated Live set in this process (see src/sim/max/Rig.ts), so
// CPU and heap figures separate the shim's side where they can and say so where they cannot.
import { generateLargeSet } from "../src/sim/live/generateLargeSet";
import { LiveSet } from "../src/sim/live/LiveSet";
import { Rig } from "../src/sim/max/Rig";
import { Clock } from "../src/sim/max/Clock";
import { DictStore } from "../src/sim/max/DictStore";
import { ShimHost } from "../src/sim/max/ShimHost";
import type { Atom } from "../src/lom/protocol";
import type { SetDescription } from "../src/sim/live/LiveSet";
import type { Protocol0 } from "../src/Protocol0";
import { schedulerBench } from "../tests/bench/schedulerBench";
import { ticksToShim } from "../src/sim/ticksToShim";
import { startDemo } from "../src/sim/Demo";

const MiB = 1024 * 1024;

function print(figure: string, values: Record<string, unknown>): void {
  console.log(JSON.stringify({ figure, ...values }));
}

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** A rig whose shim deliveries are timed, so the bundle's share of the CPU can be told apart. */
function timedRig(set: LiveSet): { rig: Rig; shimCpuMs: () => number } {
  const rig = new Rig({ set });
  let shimCpu = 0;
  rig.wire.connect("shim", (atoms) => {
    const start = cpuMs();
    rig.shim.deliver(atoms);
    shimCpu += cpuMs() - start;
  });
  return { rig, shimCpuMs: () => shimCpu };
}

const appOf = (rig: Rig): Protocol0 => (rig.bundle as { app: Protocol0 }).app;

function wireTotals(rig: Rig): { messages: number; bytes: number } {
  const { node, shim } = rig.wire.stats;
  return { messages: node.messages + shim.messages, bytes: node.bytes + shim.bytes };
}

async function initialSync(description: SetDescription): Promise<void> {
  const set = LiveSet.fromDescription(description);
  const { rig, shimCpuMs } = timedRig(set);
  const toShim: Atom[][] = [];
  rig.wire.tap((message) => {
    if (message.to === "shim") toShim.push(message.atoms);
  });
  const heapBefore = heapUsed();
  const cpuBefore = cpuMs();
  await rig.start();
  const totalCpu = cpuMs() - cpuBefore;
  const app = appOf(rig);
  const heapGrowth = heapUsed() - heapBefore;
  const wire = wireTotals(rig);
  print("initial sync, 256 tracks × 128 scenes", {
    tracks: app.song.simpleTracks().length,
    scenes: app.song.scenes().length,
    mirroredObjects: app.mirror.size,
    wireMessages: wire.messages,
    wireBytes: wire.bytes,
    lomBatches: app.client.stats.batchesSent,
    lomOps: app.client.stats.opsSent,
    liveApiObjectsConstructed: set.stats.apiObjectsConstructed,
    snapshotLiveApiObjects: set.stats.apiObjectsConstructed - app.client.observerCount,
    observers: app.client.observerCount,
    liveApiCalls: set.stats.apiCalls,
    bundleCpuMs: Math.round(totalCpu - shimCpuMs()),
    shimAndLiveCpuMs: Math.round(shimCpuMs()),
  });
  const shimGrowth = shimOnlyHeapGrowth(description, toShim);
  print("node heap after syncing the large set", {
    bundleHeapMiB: +((heapGrowth - shimGrowth) / MiB).toFixed(1),
    rigHeapGrowthMiB: +(heapGrowth / MiB).toFixed(1),
    shimSideHeapGrowthMiB: +(shimGrowth / MiB).toFixed(1),
    method: "rig growth minus the growth of the same shim messages replayed without the bundle",
    budgetMiB: 64,
  });
}

/** Heap the shim and simulated Live keep for the same work, without a bundle: the messages replayed. */
function shimOnlyHeapGrowth(description: SetDescription, messages: Atom[][]): number {
  const set = LiveSet.fromDescription(description);
  const before = heapUsed();
  const clock = new Clock();
  const shim = new ShimHost({
    path: "device/lom-shim.js",
    liveApi: set.liveApiClass(),
    clock,
    dicts: new DictStore(),
    sinks: { outlet: () => {}, post: () => {}, named: () => {} },
  });
  // The shim goes on with long work in Tasks: run them, or the replay would stop after each first block.
  for (const atoms of messages) {
    shim.deliver(atoms);
    while (clock.runNextDue());
  }
  const growth = heapUsed() - before;
  if (set.stats.apiObjectsConstructed === 0) throw new Error("the replay did not reach Live");
  return growth;
}

async function addOneTrack(tracks: number): Promise<Record<string, number>> {
  const set = LiveSet.fromDescription(generateLargeSet({ tracks, scenes: 32, seed: 1 }));
  const rig = new Rig({ set });
  await rig.start();
  const wireBefore = wireTotals(rig);
  const callsBefore = set.stats.apiCalls;
  const objectsBefore = set.stats.apiObjectsConstructed;
  set.createTrack("midi", Math.floor(tracks / 2), "added");
  await rig.settle();
  const wireAfter = wireTotals(rig);
  return {
    tracks,
    liveApiCalls: set.stats.apiCalls - callsBefore,
    liveApiObjectsConstructed: set.stats.apiObjectsConstructed - objectsBefore,
    wireMessages: wireAfter.messages - wireBefore.messages,
    wireBytes: wireAfter.bytes - wireBefore.bytes,
  };
}

/** Ticks between a knob press and the write it causes reaching the shim (the metronome: an action with no wait). */
async function pressLatency(): Promise<void> {
  const { rig, app, ec4 } = await startDemo({ onConsole: () => {} });
  const knob = ec4.knobFor("transport.metronome", "press");
  if (!knob) throw new Error("the default mapping has no metronome knob");
  const ticks = await ticksToShim(rig, app, () => ec4.down(knob.group, knob.position), (batch) =>
    batch.ops.some((op) => op.op === "set" && op.prop === "metronome"),
  );
  print("ticks from a knob press to its command at the shim (transport.metronome)", { ticks, budget: 0 });
}

async function main(): Promise<void> {
  await initialSync(generateLargeSet({ tracks: 256, scenes: 128, seed: 1 }));
  for (const tracks of [32, 128, 256]) print("add one track", await addOneTrack(tracks));
  print("scheduler cost per tick, 10,000 against 10 pending waits", schedulerBench());
  await pressLatency();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
