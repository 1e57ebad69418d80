// `npm run bench`: the performance figures of DESIGN.md's budgets, one JSON line each. The real
// bundle and shim run over the simulated Live set in this process (see src/sim/max/Rig.ts), so
// CPU and heap figures separate the shim's side where they can and say so where they cannot.
// The figures of ../shared/DESIGN.md's "Budgets" come from the rig's LiveAPI ledger (modelled time per
// [js] block, src/lom/liveApiCosts.ts), its symbol table and its wire; ../shared/tools/budgets.mjs reads
// them. A figure whose run breaks a rule of real Max (an atom cut: Rig.settle throws) is still printed,
// with an "error" field, and the bench goes on.
import { generateLargeSet } from "../src/sim/live/generateLargeSet";
import { generateMusicianSet } from "../src/sim/live/generateMusicianSet";
import type { LedgerSummary } from "../src/sim/max/LiveApiLedger";
import { SymbolTable } from "../src/sim/max/SymbolTable";
import { METRO_MS } from "../src/sim/max/Rig";
import { VirtualEc4 } from "../src/sim/VirtualEc4";
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

/** A figure measured on a rig that already failed is not a measurement of the design. */
function priorFailures(rig: Rig): string[] {
  return rig.failures.length > 0 ? [`measured on a rig that failed before: ${rig.failures[0]}`] : [];
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

/** Settles, going on past failures (each cut atom throws once); answers the failures seen. */
async function settleThrough(rig: Rig, rounds = 1000): Promise<string[]> {
  const errors: string[] = [];
  for (let i = 0; i < rounds; i++) {
    try {
      await rig.settle();
      return errors;
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  errors.push(`still failing after ${rounds} settles`);
  return errors;
}

/** Like rig.advance, going on past failures. */
async function advanceThrough(rig: Rig, ms: number): Promise<string[]> {
  const until = rig.clock.now + ms;
  const errors: string[] = [];
  for (let i = 0; i < 1000 && rig.clock.now < until; i++) {
    try {
      await rig.advance(until - rig.clock.now);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  errors.push(...(await settleThrough(rig)));
  return errors;
}

function errorField(errors: readonly string[]): { error?: string; errors?: number } {
  if (errors.length === 0) return {};
  return { error: errors[0], errors: errors.length };
}

const SETS: Record<string, () => SetDescription> = {
  "8x4": () => generateLargeSet({ tracks: 8, scenes: 4, seed: 1 }),
  "32x16": () => generateLargeSet({ tracks: 32, scenes: 16, seed: 1 }),
  musician: () => generateMusicianSet(1),
  "128x64": () => generateLargeSet({ tracks: 128, scenes: 64, seed: 1 }),
  "256x128": () => generateLargeSet({ tracks: 256, scenes: 128, seed: 1 }),
};

function ec4Of(rig: Rig): VirtualEc4 {
  return new VirtualEc4(rig, () => appOf(rig).control.store.active);
}

/** The ledger's figures for a phase, with the modelled rows besides the central one. */
function phaseFields(phase: LedgerSummary): Record<string, unknown> {
  const { byCalls, byNewObjects, byCentralMs } = phase.longestBlock;
  return {
    liveApiCalls: phase.calls,
    liveApiObjects: phase.constructed,
    longestBlockCalls: byCalls?.calls ?? 0,
    longestBlockNewObjects: byNewObjects?.constructed ?? 0,
    modelledLongestBlockMs: round(byCentralMs?.ms.central ?? 0),
    modelledStartupMs: round(phase.ms.central),
    modelledMsRows: { optimistic: round(phase.ms.optimistic), central: round(phase.ms.central), pessimistic: round(phase.ms.pessimistic) },
    longestBlockSelector: byCalls ? `${byCalls.script} ${byCalls.selector}` : null,
    observersCreatedAtSync: phase.observersCreated,
    blocks: phase.blocks,
  };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Virtual time a sync may take (a sliced sync goes on in later Task slots) before the bench gives up on quiet. */
const SYNC_LIMIT_MS = 120_000;

/**
 * The sync of one set, from `ready` until the rig settles and a metro tick passes with no LiveAPI call
 * (so a sync sliced over Task slots is measured whole). The metronome knob is pressed right after
 * `ready` is sent: modelledFirstActionMs adds up the blocks until (and with) the one in which Live's
 * metronome changed; its own few calls are part of the sync's figures. Answers the rig, synced.
 */
async function syncFigure(name: string): Promise<Rig> {
  const set = LiveSet.fromDescription(SETS[name]());
  const rig = new Rig({ set });
  const symbolsBefore = rig.symbols.mark();
  const mark = rig.ledger.mark();
  const metronome = () => Number(set.read("live_set", "metronome")[0]);
  const metronomeBefore = metronome();
  let actedAt: number | null = null;
  rig.ledger.onBlock(() => {
    if (actedAt === null && metronome() !== metronomeBefore) actedAt = rig.ledger.mark();
  });
  rig.launch();
  const ec4 = ec4Of(rig);
  const knob = ec4.knobFor("transport.metronome", "press");
  if (!knob) throw new Error("the default mapping has no metronome knob");
  // A quick push: the press is told from a long press on release.
  ec4.down(knob.group, knob.position);
  ec4.up(knob.group, knob.position);
  const errors = await settleThrough(rig);
  for (let waited = 0; waited < SYNC_LIMIT_MS; waited += METRO_MS) {
    const tick = rig.ledger.mark();
    errors.push(...(await advanceThrough(rig, METRO_MS)));
    if (rig.ledger.since(tick).calls === 0) break;
  }
  const sync = rig.ledger.since(mark);
  const firstActionMs = actedAt === null ? null : round(summaryUpTo(rig, mark, actedAt));
  print("sync", {
    set: name,
    // Live's counts (the bundle's are 0 when its sync failed).
    tracks: set.song.tracks.length,
    scenes: set.song.scenes.length,
    mirroredTracks: appOf(rig).song.simpleTracks().length,
    maxAtomChars: rig.wire.maxAtomChars,
    ...phaseFields(sync),
    observers: set.observerCount,
    modelledFirstActionMs: firstActionMs,
    // null above: Live's metronome never changed (e.g. the press acted on an unsynced mirror and Live refused it).
    firstActionActed: actedAt !== null,
    newSymbols: rig.symbols.since(symbolsBefore),
    virtualMs: rig.clock.now,
    cutAtoms: rig.wire.cutAtoms.length,
    ...errorField(errors),
  });
  return rig;
}

/** Central ms of the blocks in [from, to). */
function summaryUpTo(rig: Rig, from: number, to: number): number {
  let ms = 0;
  for (let i = from; i < to; i++) ms += rig.ledger.blocks[i].ms.central;
  return ms;
}

/** A structural change made in Live (as a user would), measured until the rig settles. */
async function structureFigure(rig: Rig, figure: string, change: () => void): Promise<void> {
  const mark = rig.ledger.mark();
  const symbols = rig.symbols.mark();
  const observers = rig.set.observerCount;
  const errors = priorFailures(rig);
  change();
  errors.push(...(await settleThrough(rig)));
  const phase = rig.ledger.since(mark);
  print(figure, {
    set: "256x128",
    liveApiCalls: phase.calls,
    newObservers: phase.observersCreated,
    blocks: phase.blocks,
    liveApiObjects: phase.constructed,
    observersAliveChange: rig.set.observerCount - observers,
    modelledMs: round(phase.ms.central),
    newSymbols: rig.symbols.since(symbols),
    ...errorField(errors),
  });
}

/** The bundle's re-initialise on a synced rig: what it creates and interns. */
async function resyncFigure(rig: Rig): Promise<void> {
  const mark = rig.ledger.mark();
  const symbols = rig.symbols.mark();
  const errors = priorFailures(rig);
  const done = appOf(rig)
    .reinitialise()
    .catch((error: unknown) => void errors.push(String(error)));
  errors.push(...(await settleThrough(rig)));
  const phase = rig.ledger.since(mark);
  print("resync", {
    set: "256x128",
    observersCreated: phase.observersCreated,
    newSymbols: rig.symbols.since(symbols),
    liveApiCalls: phase.calls,
    liveApiObjects: phase.constructed,
    modelledMs: round(phase.ms.central),
    ...errorField(errors),
  });
  void done;
}

/** The musician's set playing for 60 virtual minutes, one volume detent every 10 s. */
async function playbackSymbols(): Promise<void> {
  const minutes = 60;
  const set = LiveSet.fromDescription(SETS.musician());
  const rig = new Rig({ set });
  rig.launch();
  const errors = await settleThrough(rig);
  const ec4 = ec4Of(rig);
  const knob = ec4.knobFor("track.volume", "scroll");
  if (!knob) throw new Error("the default mapping has no track.volume knob");
  set.callFunction("live_set", "start_playing");
  const before = rig.symbols.mark();
  let calls = 0;
  let blocks = 0;
  for (let detent = 0; detent < (minutes * 60) / 10; detent++) {
    const mark = rig.ledger.mark();
    try {
      await ec4.turn(knob.group, knob.position, detent % 2 === 0 ? 1 : -1);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
    errors.push(...(await advanceThrough(rig, 10_000 - METRO_MS)));
    // Memory stays bounded over the hour: keep the sums, drop what the rig recorded.
    const phase = rig.ledger.since(mark);
    calls += phase.calls;
    blocks += phase.blocks;
    rig.ledger.forget();
    rig.fromNode.length = 0;
    rig.console.length = 0;
    rig.named.length = 0;
  }
  print("playback symbols", {
    set: "musician",
    minutes,
    newSymbols: rig.symbols.since(before),
    detents: (minutes * 60) / 10,
    liveApiCalls: calls,
    blocks,
    songTimeBeats: Number(set.read("live_set", "current_song_time")[0]),
    ...errorField(errors),
  });
}

/** One detent of the default mapping's track.volume knob on the synced musician's set. */
async function knobDetent(rig: Rig): Promise<void> {
  const ec4 = ec4Of(rig);
  const knob = ec4.knobFor("track.volume", "scroll");
  if (!knob) throw new Error("the default mapping has no track.volume knob");
  const errors = [...priorFailures(rig), ...(await advanceThrough(rig, METRO_MS * 3))];
  const mark = rig.ledger.mark();
  const symbols = rig.symbols.mark();
  try {
    await ec4.turn(knob.group, knob.position, 1);
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  errors.push(...(await advanceThrough(rig, METRO_MS * 3)));
  const phase = rig.ledger.since(mark);
  print("knob detent", {
    action: "track.volume",
    set: "musician",
    liveApiCalls: phase.calls,
    liveApiObjects: phase.constructed,
    blocks: phase.blocks,
    newSymbols: rig.symbols.since(symbols),
    ...errorField(errors),
  });
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
  for (const name of Object.keys(SETS)) {
    const held: { rig?: Rig } = {};
    await guarded("sync", { set: name }, async () => {
      held.rig = await syncFigure(name);
    });
    const synced = held.rig;
    if (synced === undefined) continue;
    if (name === "musician") await guarded("knob detent", { action: "track.volume" }, () => knobDetent(synced));
    if (name === "256x128") {
      const set = synced.set;
      await guarded("add one track", { set: name }, () => structureFigure(synced, "add one track", () => void set.createTrack("midi", 128, "added")));
      await guarded("add one scene", { set: name }, () => structureFigure(synced, "add one scene", () => void set.createScene(-1, "added")));
      await guarded("resync", { set: name }, () => resyncFigure(synced));
    }
  }
  await guarded("playback symbols", { set: "musician", minutes: 60 }, playbackSymbols);
  await guarded("node heap after syncing the large set", {}, () => initialSync(SETS["256x128"]()));
  print("scheduler cost per tick, 10,000 against 10 pending waits", schedulerBench());
  await guarded("ticks from a knob press to its command at the shim (transport.metronome)", {}, pressLatency);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
