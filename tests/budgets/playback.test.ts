// Issue 10's symbol budget for a session: the musician's set playing for 60 virtual minutes with one
// track.volume detent every 10 s (as `npm run bench` measures it, src/sim/measure/measurePlayback.ts) interns ≤ 1,000 new
// Max symbols. The full hour is run, not a scaled-down stretch: measured at 6.9 s of real time for this
// file alone (about 8 s inside `npm run bench`, more on a busy machine), most of tests/budgets' time.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { measurePlayback } from "../../src/sim/measure/measurePlayback";
import { assertAtMost, assertBlocksWithinBudget, assertNoFailure, BUDGET } from "./budgets";

const SET = "musician";
const MINUTES = 60;
const DETENT_EVERY_MS = 10_000;

test(`${SET}: ${MINUTES} minutes of playback, a detent every 10 s, intern ≤ ${BUDGET.playbackSymbolsPerHour} new symbols; every block within budget`, async () => {
  const playback = await measurePlayback(SET, MINUTES, DETENT_EVERY_MS);
  assertNoFailure(playback, "playback");
  assert.is(playback.detents, (MINUTES * 60_000) / DETENT_EVERY_MS);
  assert.ok(playback.songTimeBeats > 0, "the song played");
  assertAtMost(playback.newSymbols, (BUDGET.playbackSymbolsPerHour * MINUTES) / 60, `${SET}: new symbols in ${MINUTES} minutes of playback`);
  assertAtMost(playback.maxAtomChars, BUDGET.maxAtomChars, `${SET}: longest string atom`);
  assertBlocksWithinBudget(playback, `${SET} playback`);
});

test.run();
