// The heaviest snapshot ramp (src/sim/measure/measureSnapshotRamp.ts, the bench's "snapshot ramp" line):
// a plugin of 128 parameters and 12 sends, every value moved, ramped over 4 beats while the song plays.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { budgetLimit } from "../../src/sim/measure/BudgetVerdict";
import { measureSnapshotRamp } from "../../src/sim/measure/measureSnapshotRamp";
import { BUDGET, assertAtMost, assertBlocksWithinBudget } from "./budgets";

test("a ramp of 143 values: gliding costs no LiveAPI call, the landing keeps every block within the frame and is one undo entry a value", async () => {
  const figure = await measureSnapshotRamp();
  assert.is(figure.values, 143);
  assert.is(figure.glideCallsPerTickMax, budgetLimit("snapshotRampGlideCalls"), "the glides go to the live.remote~ pool");
  assertBlocksWithinBudget(figure, "snapshot ramp");
  assertAtMost(figure.maxAtomChars, BUDGET.maxAtomChars, "longest atom");
  assert.is(figure.undoEntriesBeyondOneAValue, budgetLimit("snapshotRampExtraUndoEntries"), `${figure.undoEntries} entries for ${figure.changed} values`);
  assertAtMost(figure.landingTicks, budgetLimit("snapshotRampLandingTicks"), "ticks from the beat to every value in Live");
});

test.run();
