// Issue 10's count budgets on the musician's set (25 tracks, 16 scenes): the sync, the first knob acting
// after `ready`, one track.volume detent, and every action of the default mapping played once (issue 17: no
// block over one frame in any action). One rig, measured once by src/sim/measure/ in the bench's order (sync
// with the metronome pressed right after `ready`, the detent, every action); each test asserts one budget.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { measureActions } from "../../src/sim/measure/measureActions";
import { measureKnobDetent } from "../../src/sim/measure/measureChanges";
import { measureSync } from "../../src/sim/measure/measureSync";
import { assertAtMost, assertBlocksWithinBudget, assertNoFailure, BUDGET, once, syncBudgetTests, wholeRunBudgetTest } from "./budgets";

const SET = "musician";

const measured = once(async () => {
  const { rig, figure: sync } = await measureSync(SET);
  const detent = await measureKnobDetent(rig, SET, "track.volume");
  const actions = await measureActions(rig, SET);
  return { rig, sync, detent, actions };
});

syncBudgetTests(test, SET, measured);

test(`${SET}: the metronome knob pressed at \`ready\` acts within ${BUDGET.firstActionMs} ms modelled`, async () => {
  const { sync } = await measured();
  assert.ok(sync.firstActionActed, "the press never changed Live's metronome");
  assertAtMost(sync.modelledFirstActionMs, BUDGET.firstActionMs, `${SET}: modelled ms from ready to the first knob acting`);
});

test(`${SET}: one track.volume detent makes ≤ ${BUDGET.knobDetentCalls} LiveAPI calls`, async () => {
  const { detent } = await measured();
  assertNoFailure(detent, "knob detent");
  assertAtMost(detent.liveApiCalls, BUDGET.knobDetentCalls, `${SET}: LiveAPI calls one more track.volume detent adds to a turn`);
  assertAtMost(detent.turnOfOneCalls, BUDGET.knobTurnOfOneCalls, `${SET}: LiveAPI calls of a whole one-detent turn`);
  assertBlocksWithinBudget(detent, `${SET} track.volume turns`);
});

test(`${SET}: every action of the default mapping, each gesture played once, keeps every block within one frame (${BUDGET.blockModelledMs} ms modelled)`, async () => {
  const { actions } = await measured();
  assertNoFailure(actions, "every action");
  assert.ok(actions.actions >= 40 && actions.gestures >= actions.actions, `${actions.gestures} gestures of ${actions.actions} actions played`);
  // Some actions read a whole track or the set (log.set, set.reinit): their work must have been sliced, not skipped.
  assert.ok(actions.liveApiCalls > 1000 && actions.blocks > 100, `${actions.liveApiCalls} LiveAPI calls in ${actions.blocks} blocks`);
  assertBlocksWithinBudget(actions, `${SET} every action (longest: ${actions.longestBlockAction})`);
});

wholeRunBudgetTest(test, SET, measured, "sync, detent, every action");

test.run();
