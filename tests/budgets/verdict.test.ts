// The bench's verdict (src/sim/measure/BudgetVerdict.ts over budgets.json): the numbers the runtime budgets
// its blocks with are the file's, a measured sync is judged row by row, and a figure that is missing or
// failed never passes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { budgetLimit, verdict, type FigureLine } from "../../src/sim/measure/BudgetVerdict";
import { measureSync } from "../../src/sim/measure/measureSync";
import { BLOCK_BUDGET, MAX_ATOM_CHARS } from "../../src/wire/liveApiCosts";
import { once } from "./budgets";

const musician = once(async () => ({ figure: "sync", ...(await measureSync("musician")).figure }) as FigureLine);

test("budgets.json holds the block budget and atom limit the shim runs by", () => {
  assert.is(budgetLimit("blockCalls"), BLOCK_BUDGET.calls);
  assert.is(budgetLimit("blockNewObjects"), BLOCK_BUDGET.newObjects);
  assert.is(budgetLimit("blockModelledMs"), BLOCK_BUDGET.modelledMs);
  assert.is(budgetLimit("maxAtomChars"), MAX_ATOM_CHARS);
  assert.is(budgetLimit("observers", 25), 200 + 5 * 25);
});

test("a measured sync of the musician's set: each of its budgets is a row that holds, with its number", async () => {
  const line = await musician();
  const rows = verdict([line]).filter((row) => row.budget.includes("musician"));
  assert.is(rows.length, 8);
  for (const row of rows) assert.ok(row.holds, `${row.budget}: ${row.now} (${row.limit})`);
  const calls = rows.find((row) => row.budget === "LiveAPI calls of the initial sync, musician");
  assert.is(calls?.now, String(line.liveApiCalls));
  assert.is(calls?.limit, "≤ 2500");
});

test("a figure the bench did not print is a row that does not hold", async () => {
  const rows = verdict([await musician()]);
  const heap = rows.find((row) => row.budget.startsWith("bundle heap after syncing"));
  assert.equal(heap && { now: heap.now, holds: heap.holds }, { now: "no figure", holds: false });
  const otherSets = rows.filter((row) => row.budget.endsWith("sync of 8x4"));
  assert.ok(otherSets.length > 0 && otherSets.every((row) => !row.holds && row.now === "no figure"));
});

test("a failed run is named in its row and does not hold; a figure over budget does not hold", async () => {
  const failed: FigureLine = { figure: "sync", set: "8x4", maxAtomChars: 40000, error: "an atom was cut", partial: { liveApiCalls: 3 } };
  const rows = verdict([await musician(), failed]).filter((row) => row.budget.endsWith("sync of 8x4"));
  const atom = rows.find((row) => row.budget.startsWith("longest string atom"));
  assert.equal(atom && { now: atom.now, holds: atom.holds }, { now: "40000", holds: false });
  const calls = rows.find((row) => row.budget.startsWith("LiveAPI calls of the longest block"));
  assert.equal(calls && { now: calls.now, holds: calls.holds }, { now: "failed: an atom was cut", holds: false });
});

test("a rule over every line binds each line that has its field, named after it", async () => {
  const lines: FigureLine[] = [await musician(), { figure: "every action", set: "8x4", modelledLongestBlockMs: 17 }, { figure: "knob detent", set: "musician", action: "track.volume", modelledLongestBlockMs: 1 }];
  const rows = verdict(lines).filter((row) => row.budget.startsWith("modelled ms of the longest block, "));
  assert.equal(
    rows.filter((row) => !row.budget.includes("sync of")).map((row) => [row.budget, row.holds]),
    [
      ["modelled ms of the longest block, every action 8x4", false],
      ["modelled ms of the longest block, knob detent musician track.volume", true],
    ],
  );
});

test.run();
