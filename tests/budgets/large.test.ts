// Issue 10's count budgets on the 256 x 128 set: the sync, one track and one scene added in Live, and the
// bundle's resync. One rig, measured once by src/sim/measure/ in the bench's order (sync, add a track,
// add a scene, resync), since syncing this set is the costly part; each test asserts one budget.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { addOneScene, addOneTrack, measureResync } from "../../src/sim/measure/measureChanges";
import { measureSync } from "../../src/sim/measure/measureSync";
import { assertAtMost, assertBlocksWithinBudget, assertNoFailure, BUDGET, once, syncBudgetTests, wholeRunBudgetTest } from "./budgets";

const SET = "256x128";

const measured = once(async () => {
  const { rig, figure: sync } = await measureSync(SET);
  const track = await addOneTrack(rig, SET);
  const scene = await addOneScene(rig, SET);
  const resync = await measureResync(rig, SET);
  return { rig, sync, track, scene, resync };
});

syncBudgetTests(test, SET, measured);

test(`${SET}: adding one track in Live costs ≤ ${BUDGET.addTrackCalls} LiveAPI calls`, async () => {
  const { track } = await measured();
  assertNoFailure(track, "add one track");
  assertAtMost(track.liveApiCalls, BUDGET.addTrackCalls, `${SET}: LiveAPI calls to add one track`);
});

test(`${SET}: adding one scene in Live costs ≤ ${BUDGET.addSceneCalls} LiveAPI calls`, async () => {
  const { scene } = await measured();
  assertNoFailure(scene, "add one scene");
  assertAtMost(scene.liveApiCalls, BUDGET.addSceneCalls, `${SET}: LiveAPI calls to add one scene`);
});

test(`${SET}: a resync creates no observer and ≤ ${BUDGET.resyncNewSymbols} new symbols`, async () => {
  const { resync } = await measured();
  assertNoFailure(resync, "resync");
  assert.ok(resync.finished, "reinitialise() had not resolved when the rig went quiet");
  assert.is(resync.observersCreated, BUDGET.resyncObserversCreated, `${SET}: observers created by the resync`);
  assertAtMost(resync.newSymbols, BUDGET.resyncNewSymbols, `${SET}: new symbols of the resync`);
});

test(`${SET}: adding a track, adding a scene and the resync keep every block within budget`, async () => {
  const { track, scene, resync } = await measured();
  assertBlocksWithinBudget(track, `${SET} add one track`);
  assertBlocksWithinBudget(scene, `${SET} add one scene`);
  assertBlocksWithinBudget(resync, `${SET} resync`);
});

wholeRunBudgetTest(test, SET, measured, "sync, add a track, add a scene, resync");

test.run();
