// `npm run bench`: the performance figures of DESIGN.md's budgets, one JSON line each. The real
// bundle and shim run over the simulated Live set in this process (see src/sim/max/Rig.ts), so
// CPU and heap figures separate the shim's side where they can and say so where they cannot.
// The figures of ../shared/DESIGN.md's "Budgets" come from the rig's LiveAPI ledger (modelled time per
// [js] block, src/wire/liveApiCosts.ts), its symbol table and its wire; ../shared/tools/budgets.mjs reads
// them. The budget figures are measured by src/sim/measure/, the code tests/budgets asserts the count
// budgets with, so the bench and `npm test` read the same numbers. A figure whose run breaks a rule of
// real Max (an atom cut: Rig.settle throws) is still printed, with an "error" field, and the bench goes on.
import { SymbolTable } from "../src/sim/max/SymbolTable";
import { LiveSet } from "../src/sim/live/LiveSet";
import { Rig } from "../src/sim/max/Rig";
import { Clock } from "../src/sim/max/Clock";
import { DictStore } from "../src/sim/max/DictStore";
import { ShimHost } from "../src/sim/max/ShimHost";
import type { Atom } from "../src/wire/protocol";
import type { SetDescription } from "../src/sim/live/LiveSet";
import { schedulerBench } from "../tests/bench/schedulerBench";
import { mappingValidationBench } from "../tests/bench/mappingBench";
import { ticksToShim } from "../src/sim/ticksToShim";
import { startDemo } from "../src/sim/Demo";
import { appOf, BENCH_SETS, ec4Of } from "../src/sim/measure/benchRig";
import { measureActions } from "../src/sim/measure/measureActions";
import { addOneScene, addOneTrack, measureKnobDetent, measureResync } from "../src/sim/measure/measureChanges";
import { measurePlayback } from "../src/sim/measure/measurePlayback";
import { measureUndoFigures } from "../src/sim/measure/measureUndo";
import { measureSync } from "../src/sim/measure/measureSync";
import { measureDenseClip, NOTE_ACTIONS } from "../src/sim/measure/measureDenseClip";
import { measureStoredMapping } from "../src/sim/measure/measureStoredMapping";
import { measureAlsRead } from "../src/sim/measure/measureAlsRead";
import { errorField, settleThrough } from "../src/sim/measure/runPastFailures";

const MiB = 1024 * 1024;

/** What stays at the top of a failed figure: what it is, and figures exact whatever failed. */
const KEPT_ON_FAILURE = new Set(["set", "tracks", "scenes", "action", "minutes", "maxAtomChars", "error", "errors", "method", "budgetMiB"]);

/**
 * One JSON line. A figure whose run failed (an "error" field) moves its other numbers under "partial":
 * they measure a broken run (a lost reply stops the sync), so budgets.mjs must not read them as holding.
 */
function print(figure: string, values: Record<string, unknown>): void {
  if (values.error === undefined) {
    console.log(JSON.stringify({ figure, ...values }));
    return;
  }
  const top: Record<string, unknown> = {};
  const partial: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) (KEPT_ON_FAILURE.has(key) ? top : partial)[key] = value;
  console.log(JSON.stringify({ figure, ...top, partial }));
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
  rig.launch();
  const errors = await settleThrough(rig);
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
    ...errorField(errors),
  });
  const shimGrowth = shimOnlyHeapGrowth(description, toShim);
  print("node heap after syncing the large set", {
    bundleHeapMiB: +((heapGrowth - shimGrowth) / MiB).toFixed(1),
    rigHeapGrowthMiB: +(heapGrowth / MiB).toFixed(1),
    shimSideHeapGrowthMiB: +(shimGrowth / MiB).toFixed(1),
    method: "rig growth minus the growth of the same shim messages replayed without the bundle (and their symbols interned)",
    budgetMiB: 64,
    ...errorField(errors),
  });
}

/** Heap the shim and simulated Live keep for the same work, without a bundle: the messages replayed. */
function shimOnlyHeapGrowth(description: SetDescription, messages: Atom[][]): number {
  const set = LiveSet.fromDescription(description);
  const before = heapUsed();
  // The rig's symbol table holds these strings too: intern them here so the difference is the bundle's.
  const symbols = new SymbolTable();
  const clock = new Clock();
  const shim = new ShimHost({
    path: "device/lom-shim.js",
    liveApi: set.liveApiClass(),
    clock,
    dicts: new DictStore(),
    sinks: { outlet: (_index, atoms) => symbols.internAtoms(atoms), post: () => {}, named: () => {} },
  });
  // The shim goes on with long work in Tasks: run them, or the replay would stop after each first block.
  for (const atoms of messages) {
    symbols.internAtoms(atoms);
    shim.deliver(atoms);
    while (clock.runNextDue());
  }
  const growth = heapUsed() - before;
  if (symbols.size === 0) throw new Error("the replay interned nothing");
  if (set.stats.apiObjectsConstructed === 0) throw new Error("the replay did not reach Live");
  return growth;
}

/** Runs one figure; a crash is printed as the figure with an "error" field, and the bench goes on. */
async function guarded(figure: string, fields: Record<string, unknown>, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    print(figure, { ...fields, error: error instanceof Error ? error.message : String(error) });
  }
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
  for (const name of Object.keys(BENCH_SETS)) {
    const held: { rig?: Rig } = {};
    await guarded("sync", { set: name }, async () => {
      const { rig, figure } = await measureSync(name);
      print("sync", { ...figure });
      held.rig = rig;
    });
    const synced = held.rig;
    if (synced === undefined) continue;
    if (name === "musician") {
      await guarded("knob detent", { action: "track.volume" }, async () => print("knob detent", { ...(await measureKnobDetent(synced, name)) }));
      await guarded("undo entries", { set: name }, async () => {
        for (const figure of await measureUndoFigures(synced, ec4Of(synced))) print("undo entries", { ...figure });
      });
    }
    if (name === "256x128") {
      await guarded("add one track", { set: name }, async () => print("add one track", { ...(await addOneTrack(synced, name)) }));
      await guarded("add one scene", { set: name }, async () => print("add one scene", { ...(await addOneScene(synced, name)) }));
      await guarded("resync", { set: name }, async () => print("resync", { ...(await measureResync(synced, name)) }));
    }
    // Last on each set: the actions edit it (scenes deleted and duplicated, clips cut).
    await guarded("every action", { set: name }, async () => print("every action", { ...(await measureActions(synced, name)) }));
  }
  for (const { action, steps } of NOTE_ACTIONS) {
    await guarded("dense clip", { action }, async () => print("dense clip", { ...(await measureDenseClip(action, steps)) }));
  }
  await guarded("stored mapping", {}, async () => {
    const { kB, maxAtomChars, restored, ...rest } = (await measureStoredMapping()).figure;
    print("stored mapping", { kB, maxAtomChars, restored, ...rest });
  });
  await guarded("playback symbols", { set: "musician", minutes: 60 }, async () => print("playback symbols", { ...(await measurePlayback("musician", 60)) }));
  await guarded("node heap after syncing the large set", {}, () => initialSync(BENCH_SETS["256x128"]()));
  await guarded("reading a 10 MB Live Set", {}, async () => print("reading a 10 MB Live Set", { ...(await measureAlsRead("tests/fixtures/als/live9.als")) }));
  print("scheduler cost per tick, 10,000 against 10 pending waits", schedulerBench());
  print("validating a mapping wrong everywhere", mappingValidationBench());
  await guarded("ticks from a knob press to its command at the shim (transport.metronome)", {}, pressLatency);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
