// The LiveAPI ledger: one block per message a [js] handles and per Task callback, with modelled time.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LIVEAPI_MS, TASK_SLOT_WAIT_MS } from "../../src/wire/liveApiCosts";
import { phaseMs } from "../../src/sim/measure/ledgerFields";
import { modelledMs, type LiveApiCounts } from "../../src/wire/liveApiCosts";
import { LiveApiLedger } from "../../src/sim/max/LiveApiLedger";
import { Rig } from "../../src/sim/max/Rig";
import { loadSet } from "../sim/simSets";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

// A [js] that makes a known amount of LiveAPI work per message and per Task callback.
const SCRIPT = `
var pool = [];
var task = null;
function cb() {}
function ready() {}
function reads(n) {
  var api = new LiveAPI(null, "live_set");
  for (var i = 0; i < n; i++) api.get("tempo");
}
function observe(n) {
  for (var i = 0; i < n; i++) {
    var o = new LiveAPI(cb, "live_set");
    o.property = "tempo";
    pool.push(o);
  }
}
function repoint() {
  var song = Number(pool[1].id);
  pool[0].property = "is_playing";
  pool[0].id = 0;
  pool[1].id = 0;
  pool[1].id = song;
}
function probe() {
  var api = new LiveAPI(null, "live_set tracks 0");
  api.getcount("devices");
  api.getstring("name");
  api.info;
  api.call("stop_all_clips");
  api.set("mute", 1);
  api.id = 3;
  api.path = "live_set";
  api.goto("live_set");
}
function later(n) {
  task = new Task(function () { reads(n); });
  task.schedule(10);
  reads(1);
}
function inline() {
  var t = new Task(function () { reads(2); });
  t.execute();
}
`;

function rigWithScript(): Rig {
  const dir = temporaryFolder("p0-ledger");
  writeFileSync(join(dir, "shim.js"), SCRIPT);
  writeFileSync(join(dir, "bundle.js"), "module.exports = {};");
  return new Rig({ set: loadSet("demo"), shimPath: join(dir, "shim.js"), bundlePath: join(dir, "bundle.js") });
}

/** The rig with its script loaded and started, the metro off: only what the test sends runs. */
async function quietRigWithScript(): Promise<Rig> {
  const rig = rigWithScript();
  await rig.start();
  rig.stopMetro();
  return rig;
}

const counts = (b: LiveApiCounts): LiveApiCounts => ({
  calls: b.calls,
  constructed: b.constructed,
  observersCreated: b.observersCreated,
  observersRepointed: b.observersRepointed,
  pointingCalls: b.pointingCalls,
});

test("modelled ms: observers created and re-pointed at their own rates, their construction and pointing calls included; the rest per call and construction", () => {
  const c = { calls: 10, constructed: 5, observersCreated: 3, observersRepointed: 4, pointingCalls: 6 };
  for (const row of ["optimistic", "central", "pessimistic"] as const) {
    const r = LIVEAPI_MS[row];
    const expected = (10 - 6) * r.call + (5 - 3) * r.construct + 3 * r.observerCreate + 4 * r.observerRepoint;
    assert.ok(Math.abs(modelledMs(c, r) - expected) < 1e-9, row);
  }
  // central: 0.3 ms a call, 0.65 a construction, 1.7 an observer created, 1.1 one re-pointed
  assert.is(modelledMs(c, LIVEAPI_MS.central), 12);
});

test("each message handled is one block, labelled with its script and selector", async () => {
  const rig = await quietRigWithScript();
  const mark = rig.ledger.mark();
  rig.wire.send("shim", ["reads", 5]);
  rig.wire.send("shim", ["observe", 2]);
  await rig.settle();
  const blocks = rig.ledger.blocks.slice(mark);
  assert.equal(blocks.map((b) => [b.script, b.selector]), [["lom-shim.js", "reads"], ["lom-shim.js", "observe"]]);
  assert.equal(counts(blocks[0]), { calls: 5, constructed: 1, observersCreated: 0, observersRepointed: 0, pointingCalls: 0 });
  // a property assignment is a call, and (the object already pointed by its path) creates the observer
  assert.equal(counts(blocks[1]), { calls: 2, constructed: 2, observersCreated: 2, observersRepointed: 0, pointingCalls: 2 });
  assert.is(blocks[1].ms.central, 2 * LIVEAPI_MS.central.observerCreate);
  const central = LIVEAPI_MS.central;
  assert.is(blocks[1].ms.central, modelledMs(counts(blocks[1]), central));
  const phase = rig.ledger.since(mark);
  assert.equal(counts(phase), { calls: 7, constructed: 3, observersCreated: 2, observersRepointed: 0, pointingCalls: 2 });
  assert.is(phase.blocks, 2);
  assert.is(phase.longestBlock.byCalls, blocks[0]);
  assert.is(phase.longestBlock.byNewObjects, blocks[1]);
  assert.is(phase.longestBlock.byCentralMs, blocks[1]);
  assert.ok(Math.abs(phase.ms.central - (blocks[0].ms.central + blocks[1].ms.central)) < 1e-9);
});

test("re-pointing an observer by property or id counts once each; parking it (id 0) is a plain call", async () => {
  const rig = await quietRigWithScript();
  rig.wire.send("shim", ["observe", 2]);
  await rig.settle();
  const mark = rig.ledger.mark();
  rig.wire.send("shim", ["repoint"]);
  await rig.settle();
  assert.equal(counts(rig.ledger.since(mark)), { calls: 4, constructed: 0, observersCreated: 0, observersRepointed: 2, pointingCalls: 2 });
});

test("get, set, call, getcount, getstring, info and id / path / goto re-targets each count one call", async () => {
  const rig = await quietRigWithScript();
  const mark = rig.ledger.mark();
  rig.wire.send("shim", ["probe"]);
  await rig.settle();
  assert.equal(counts(rig.ledger.since(mark)), { calls: 8, constructed: 1, observersCreated: 0, observersRepointed: 0, pointingCalls: 0 });
});

test("a Task callback is a block of its own, and a Task slot; a Task executed inside a message belongs to that message's block", async () => {
  const rig = await quietRigWithScript();
  const mark = rig.ledger.mark();
  rig.wire.send("shim", ["later", 4]);
  await rig.advance(20);
  rig.wire.send("shim", ["inline"]);
  await rig.settle();
  const blocks = rig.ledger.blocks.slice(mark);
  assert.equal(blocks.map((b) => [b.selector, b.calls, b.constructed]), [["later", 1, 1], ["task", 4, 1], ["inline", 2, 1]]);
  assert.is(blocks[1].at, blocks[0].at + 10);
  // The Task callback waited for its slot: a phase's modelled time charges it one wait, the executed one none.
  const phase = rig.ledger.since(mark);
  assert.is(phase.taskSlots, 1);
  assert.is(phaseMs(phase), phase.ms.central + TASK_SLOT_WAIT_MS);
  assert.is(rig.ledger.between(mark, mark + 1).taskSlots, 0);
  assert.is(rig.ledger.between(mark, mark + 2).calls, 5);
});

test("the input device's [js] gets blocks of its own, labelled with its device", async () => {
  const rig = new Rig({ set: loadSet("demo") });
  const mark = rig.ledger.mark();
  rig.addInputDevice("live_set tracks 10 devices 0");
  const blocks = rig.ledger.blocks.slice(mark);
  assert.ok(blocks.length >= 2, JSON.stringify(blocks));
  assert.ok(blocks.every((b) => b.script === "p0-input.js@live_set tracks 10 devices 0"));
  assert.equal(blocks.map((b) => b.selector).slice(0, 2), ["(load)", "ready"]);
  assert.ok(blocks[1].calls > 0);
});

test("a ledger alone: blocks nest into the outer one and totals add up", () => {
  const totals = { calls: 0, constructed: 0, observersCreated: 0, observersRepointed: 0, pointingCalls: 0 };
  const ledger = new LiveApiLedger(() => totals);
  ledger.run("a.js", "x", () => {
    totals.calls += 3;
    ledger.run("a.js", "task", () => void (totals.constructed += 1));
  });
  ledger.run("a.js", "y", () => {
    totals.constructed += 1;
    totals.observersCreated += 1;
  });
  assert.is(ledger.blocks.length, 2);
  assert.equal(counts(ledger.totals), { calls: 3, constructed: 2, observersCreated: 1, observersRepointed: 0, pointingCalls: 0 });
  assert.is(ledger.longestBlock.byCalls?.selector, "x");
  assert.is(ledger.longestBlock.byCentralMs?.selector, "y");
});

test.run();
