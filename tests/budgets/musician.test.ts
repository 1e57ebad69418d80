// Issue 10's count budgets on the musician's set (25 tracks, 16 scenes): the sync, the first knob acting
// after `ready`, one track.volume detent. One rig, measured once by src/sim/measure/ in the bench's order
// (sync with the metronome pressed right after `ready`, then the detent); each test asserts one budget.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { measureKnobDetent } from "../../src/sim/measure/measureChanges";
import { measureSync } from "../../src/sim/measure/measureSync";
import { assertAtMost, assertNoFailure, BUDGET, once, syncBudgetTests, wholeRunBudgetTest } from "./budgets";

const SET = "musician";

const measured = once(async () => {
  const { rig, figure: sync } = await measureSync(SET);
  const detent = await measureKnobDetent(rig, SET, "track.volume");
  return { rig, sync, detent };
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
});

wholeRunBudgetTest(test, SET, measured, "sync, detent");

test.run();
