// The initial sync of the 256 × 128 set, measured alone in a fresh process (`npm run bench` starts it): its
// CPU split between the bundle and the shim side, and the bundle's heap, as JSON figure lines like the bench's.
import { LiveSet } from "../src/sim/live/LiveSet";
import { Rig } from "../src/sim/max/Rig";
import type { SetDescription } from "../src/sim/live/LiveSet";
import { appOf, BENCH_SETS } from "../src/sim/measure/benchRig";
import { heapUsed } from "../src/sim/measure/heapUsed";
import { errorField, settleThrough } from "../src/sim/measure/runPastFailures";

const MiB = 1024 * 1024;

function print(figure: string, values: Record<string, unknown>): void {
  console.log(JSON.stringify({ figure, ...values }));
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

/** The sync's figures; the bundle's app is read here only, so nothing holds it once this returns. */
function syncFigures(rig: Rig, set: LiveSet, cpuMsOfSync: number, shimCpuMs: number): Record<string, unknown> {
  const app = appOf(rig);
  const wire = wireTotals(rig);
  return {
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
    bundleCpuMs: Math.round(cpuMsOfSync - shimCpuMs),
    shimAndLiveCpuMs: Math.round(shimCpuMs),
  };
}

async function initialSync(description: SetDescription): Promise<void> {
  const set = LiveSet.fromDescription(description);
  const { rig, shimCpuMs } = timedRig(set);
  const heapBefore = heapUsed();
  const cpuBefore = cpuMs();
  rig.launch();
  const errors = await settleThrough(rig);
  print("initial sync, 256 tracks × 128 scenes", { ...syncFigures(rig, set, cpuMs() - cpuBefore, shimCpuMs()), ...errorField(errors) });
  // The bundle's heap is what its death frees: measured after full collections with the rig alive, then
  // again once node.script's process is gone (its module state and timers dropped), the shim and Live kept.
  const withBundle = heapUsed();
  rig.killNode();
  const withoutBundle = heapUsed();
  print("node heap after syncing the large set", {
    bundleHeapMiB: +((withBundle - withoutBundle) / MiB).toFixed(1),
    rigHeapGrowthMiB: +((withBundle - heapBefore) / MiB).toFixed(1),
    method: "heap freed when node.script's process ends, the synced shim and simulated Live kept (after full collections)",
    budgetMiB: 64,
    ...errorField(errors),
  });
}

initialSync(BENCH_SETS["256x128"]()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
