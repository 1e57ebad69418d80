// `npm run bench`: the performance figures of DESIGN.md's budgets, one JSON line each. The real
// bundle and shim run over the simulated Live set in this process (see src/sim/max/Rig.ts), so
// CPU and heap figures separate the shim's side where they can and say so where they cannot.
// The figures of ../shared/DESIGN.md's "Budgets" come from the rig's LiveAPI ledger (modelled time per
// [js] block, src/wire/liveApiCosts.ts), its symbol table and its wire. The budget figures are measured by
// src/sim/measure/, the code tests/budgets asserts the count budgets with, and the bench ends with its
// verdict on them (src/sim/measure/budgets.json, docs/budgets.md), so the bench and `npm test` read the
// same numbers. A figure whose run breaks a rule of
// real Max (an atom cut: Rig.settle throws) is still printed, with an "error" field, and the bench goes on.
import { Rig } from "../src/sim/max/Rig";
import { schedulerBench } from "../tests/bench/schedulerBench";
import { mappingValidationBench } from "../tests/bench/mappingBench";
import { ticksToShim } from "../src/sim/ticksToShim";
import { startDemo } from "../src/sim/Demo";
import { BENCH_SETS, ec4Of } from "../src/sim/measure/benchRig";
import { measureActions } from "../src/sim/measure/measureActions";
import { measureBankChange } from "../src/sim/measure/measureBankChange";
import { addOneScene, addOneTrack, measureKnobDetent, measureResync } from "../src/sim/measure/measureChanges";
import { measurePlayback } from "../src/sim/measure/measurePlayback";
import { measureUndoFigures } from "../src/sim/measure/measureUndo";
import { measureSync } from "../src/sim/measure/measureSync";
import { measureDenseClip, NOTE_ACTIONS } from "../src/sim/measure/measureDenseClip";
import { measureStoredMapping } from "../src/sim/measure/measureStoredMapping";
import { measureSnapshotRamp } from "../src/sim/measure/measureSnapshotRamp";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { verdict, type FigureLine } from "../src/sim/measure/BudgetVerdict";
import { measureAlsRead } from "../src/sim/measure/measureAlsRead";

/** What stays at the top of a failed figure: what it is, and figures exact whatever failed. */
const KEPT_ON_FAILURE = new Set(["set", "tracks", "scenes", "action", "minutes", "maxAtomChars", "error", "errors", "method", "budgetMiB"]);

/**
 * One JSON line. A figure whose run failed (an "error" field) moves its other numbers under "partial":
 * they measure a broken run (a lost reply stops the sync), so the verdict must not read them as holding.
 */
function print(figure: string, values: Record<string, unknown>): void {
  const line: FigureLine = values.error === undefined ? { figure, ...values } : failedLine(figure, values);
  printed.push(line);
  console.log(JSON.stringify(line));
}

function failedLine(figure: string, values: Record<string, unknown>): FigureLine {
  const top: Record<string, unknown> = {};
  const partial: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) (KEPT_ON_FAILURE.has(key) ? top : partial)[key] = value;
  return { figure, ...top, partial };
}

/** Every line printed, for the verdict at the end. */
const printed: FigureLine[] = [];

/** The verdict table after the JSON lines (which tools read: none of its lines starts with "{"). */
function printVerdict(): void {
  const rows = verdict(printed);
  const header = { budget: "budget", limit: "limit", now: "now", holds: "holds" };
  const cells = [header, ...rows.map((r) => ({ ...r, holds: r.holds ? "yes" : "NO" }))];
  const width = (key: keyof typeof header) => Math.max(...cells.map((c) => c[key].length));
  const w = { budget: width("budget"), limit: width("limit"), now: width("now") };
  console.log("");
  for (const c of cells) console.log(`${c.budget.padEnd(w.budget)}  ${c.limit.padEnd(w.limit)}  ${c.now.padEnd(w.now)}  ${c.holds}`);
  const short = rows.filter((r) => !r.holds).length;
  console.log(`${rows.length - short} of ${rows.length} budgets hold${short > 0 ? `; ${short} do not` : ""}`);
  if (short > 0) process.exitCode = 1;
}

/**
 * The initial sync's CPU and heap figures, measured in a Node process of their own (scripts/benchInitialSync.ts):
 * in this one, the heap still holds what twenty figures before left, and a difference of heaps drifts by more
 * than the bundle weighs.
 */
function initialSyncApart(): void {
  const run = spawnSync(process.execPath, ["--expose-gc", resolve(__dirname, "../../scripts/run.mjs"), "scripts/benchInitialSync.ts"], { encoding: "utf8" });
  const lines = run.stdout.split("\n").filter((line) => line.startsWith("{"));
  if (run.status !== 0 || lines.length === 0) throw new Error(`its process failed: ${run.stderr.trim().split("\n").pop() ?? run.status}`);
  for (const line of lines) {
    const { figure, ...values } = JSON.parse(line) as { figure: string } & Record<string, unknown>;
    print(figure, values);
  }
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
      await guarded("bank change", { set: name }, async () => print("bank change", { ...(await measureBankChange(synced, name)) }));
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
  await guarded("snapshot ramp", { action: "snap.ramp" }, async () => print("snapshot ramp", { ...(await measureSnapshotRamp()) }));
  await guarded("playback symbols", { set: "musician", minutes: 60 }, async () => print("playback symbols", { ...(await measurePlayback("musician", 60)) }));
  await guarded("node heap after syncing the large set", {}, async () => initialSyncApart());
  await guarded("reading a 10 MB Live Set", {}, async () => print("reading a 10 MB Live Set", { ...(await measureAlsRead("tests/fixtures/als/live9.als")) }));
  print("scheduler cost per tick, 10,000 against 10 pending waits", schedulerBench());
  print("validating a mapping wrong everywhere", mappingValidationBench());
  await guarded("ticks from a knob press to its command at the shim (transport.metronome)", {}, pressLatency);
  printVerdict();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
