// The real bundle and the real shim over the simulated Live set, joined by the fake Max.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MSG_BATCH, MSG_HELLO, MSG_READY, MSG_REPLY } from "../../src/wire/protocol";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { generateLargeSet } from "../../src/sim/live/generateLargeSet";
import { METRO_MS, Rig } from "../../src/sim/max/Rig";
import { loadSet } from "../sim/simSets";

function demoRig(): Rig {
  return new Rig({ set: loadSet("demo") });
}

/** The syncs' summaries, which the bundle logs at debug: in its log file, not on the Max console. */
const synced = (rig: Rig) => {
  const path = join(rig.logDir, "protocol0.log");
  return existsSync(path) ? readFileSync(path, "utf8").split("\n").filter((line) => line.includes(" synced: ")) : [];
};

test("start: the bundle says hello, the shim answers ready, one snapshot syncs the set", async () => {
  const rig = demoRig();
  await rig.start();
  assert.is(synced(rig).length, 1, JSON.stringify(rig.console));
  assert.equal(rig.posts("error", "node", "shim"), []);
  assert.not.ok(rig.set.errors.some((e) => e.includes("notifications")));
  // Live's refusals reach the console too, as in Max
  assert.equal(rig.posts("error", "live"), rig.set.errors.map((e) => `live: ${e}`));
  // hello (+ ready) to the shim, then the sync's batches; one lom_ready back
  assert.ok(rig.wire.stats.shim.messages >= 3);
});

test("the metro bangs node.script every 17 ms of virtual time", async () => {
  const rig = demoRig();
  let bangs = 0;
  rig.wire.tap((m) => {
    if (m.to === "node" && m.atoms[0] === "bang") bangs++;
  });
  await rig.start();
  const first = bangs;
  await rig.advance(METRO_MS * 10);
  assert.is(bangs - first, 10);
  rig.stopMetro();
  await rig.advance(METRO_MS * 10);
  assert.is(bangs - first, 10);
});

test("advance moves Live's song time with the clock", async () => {
  const rig = demoRig();
  await rig.start();
  rig.set.callFunction("live_set", "start_playing");
  await rig.advance(1000);
  // 120 BPM: two beats per second
  assert.ok(Math.abs(Number(rig.set.read("live_set", "current_song_time")[0]) - 2) < 1e-9);
});

test("restartNode: a fresh bundle syncs again over the running shim, dropping the old observers", async () => {
  const rig = demoRig();
  await rig.start();
  const firstBundle = rig.bundle;
  const observersBefore = rig.set.stats.apiObjectsConstructed;
  await rig.restartNode();
  assert.is.not(rig.bundle, firstBundle);
  assert.is(synced(rig).length, 2);
  assert.equal(rig.posts("error", "node", "shim"), []);
  // the new bundle reset the shim's observers and observed again: no more LiveAPI objects than the first sync made
  const afterRestart = rig.set.stats.apiObjectsConstructed - observersBefore;
  assert.ok(afterRestart <= observersBefore - 1, `${afterRestart} new LiveAPI objects`);
  // only the new bundle hears changes
  rig.set.setProperty("live_set", "tempo", 97);
  await rig.settle();
  assert.equal(rig.posts("error", "node", "shim"), []);
});

test("messages between node.script and the shim are routed by their lom_ prefix; others reach the patcher", async () => {
  const rig = demoRig();
  const toShim: string[] = [];
  rig.wire.tap((m) => {
    if (m.to === "shim") toShim.push(String(m.atoms[0]));
  });
  await rig.start();
  assert.ok(toShim.includes(MSG_HELLO) && toShim.includes(MSG_BATCH) && toShim.includes("ready"));
  assert.ok(toShim.every((s) => s.startsWith("lom_") || s === "ready"));
  assert.ok(rig.fromNode.every((atoms) => !String(atoms[0]).startsWith("lom_")));
  assert.is(toShim.filter((s) => s === MSG_READY).length, 0);
});

test("initial sync: only the track reads (16 a request) grow with the set; no event per observer", async () => {
  // A reply comes in one chunk per shim block: only a batch's final chunk is counted. A turn's batch
  // longer than MAX_MESSAGE_ATOMS leaves as several messages of one lane in the same turn: counted once.
  const count = async (set: LiveSet) => {
    const rig = new Rig({ set });
    const selectors: string[] = [];
    const continuations = new Set<unknown>();
    let laneThisTurn: unknown = null;
    rig.wire.tap((m) => {
      if (m.atoms[0] === MSG_REPLY && (m.atoms[2] === 0 || continuations.has(m.atoms[1]))) return;
      if (m.atoms[0] === MSG_BATCH) {
        if (laneThisTurn === m.atoms[2]) return void continuations.add(m.atoms[1]);
        if (laneThisTurn === null) queueMicrotask(() => (laneThisTurn = null));
        laneThisTurn = m.atoms[2];
      }
      if (m.atoms[0] !== "bang") selectors.push(`${m.to}:${m.atoms[0]}`);
    });
    await rig.start();
    assert.is(synced(rig).length, 1);
    return selectors;
  };
  const small = await count(demoRig().set);
  const large = await count(LiveSet.fromDescription(generateLargeSet({ tracks: 64, scenes: 32 })));
  // The status line shows the read's progress on a set of more than 16 tracks; snapshot specs are
  // registered once each, and a larger set needs more of the specs (a group, a return) at sync.
  const others = (selectors: string[]) => selectors.filter((s) => !s.endsWith(":lom_batch") && !s.endsWith(":lom_reply") && s !== "patcher:status" && s !== "shim:lom_spec");
  const batches = (selectors: string[]) => selectors.filter((s) => s.endsWith(":lom_batch")).length;
  assert.equal(others(large), others(small));
  assert.ok(batches(large) - batches(small) <= 64 / 16, `${batches(small)} batches for the demo, ${batches(large)} for 64 tracks`);
  assert.not.ok(small.includes("node:lom_event"));
});

test.run();
