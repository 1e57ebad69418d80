// The heaviest snapshot ramp (src/sim/measure/measureSnapshotRamp.ts, the bench's "snapshot ramp" line):
// a plugin of 128 parameters and 12 sends, every value moved, ramped over 4 beats while the song plays.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { measureSnapshotRamp } from "../../src/sim/measure/measureSnapshotRamp";
import { BUDGET, assertBlocksWithinBudget } from "./budgets";

test("a ramp of 143 values: gliding costs no LiveAPI call, the landing keeps every block within the frame and is one undo entry a value", async () => {
  const figure = await measureSnapshotRamp();
  assert.is(figure.values, 143);
  assert.is(figure.glideCallsPerTickMax, 0, "the glides go to the live.remote~ pool");
  assertBlocksWithinBudget(figure, "snapshot ramp");
  assert.ok(figure.maxAtomChars <= BUDGET.maxAtomChars, String(figure.maxAtomChars));
  assert.is(figure.undoEntries, figure.changed, "one entry a value it changed");
  assert.ok(figure.landingTicks <= 1, `every value in Live ${figure.landingTicks} ticks after the beat`);
});

test.run();
