// The count budgets (src/sim/measure/budgets.json, docs/budgets.md), asserted on the figures
// src/sim/measure/ measures, the same code `npm run bench` prints them with and judges with the same file. Every figure is a count, or a modelled time computed
// from counts by src/wire/liveApiCosts.ts (central row), so it is deterministic: no wall-clock time here.
import type { Test } from "uvu";
import * as assert from "uvu/assert";
import { budgetLimit } from "../../src/sim/measure/BudgetVerdict";
import type { Rig } from "../../src/sim/max/Rig";
import { longestBlockFields } from "../../src/sim/measure/ledgerFields";
import type { LongestBlockFields } from "../../src/sim/measure/ledgerFields";
import type { SyncFigure } from "../../src/sim/measure/measureSync";

/** The budgets of src/sim/measure/budgets.json (docs/budgets.md), under the names these tests use. */
export const BUDGET = {
  /** Longest string atom, any direction, any set. */
  maxAtomChars: budgetLimit("maxAtomChars"),
  /** Any one shim block: its modelled time is one 60 Hz frame (FRAME_MS), the bound that binds. */
  blockCalls: budgetLimit("blockCalls"),
  blockNewObjects: budgetLimit("blockNewObjects"),
  blockModelledMs: budgetLimit("blockModelledMs"),
  /** Observers alive once the sync is quiet. */
  observers: (tracks: number): number => budgetLimit("observers", tracks),
  syncCalls: { musician: budgetLimit("syncCalls.musician"), "256x128": budgetLimit("syncCalls.256x128") } as Record<string, number>,
  startupMs: { musician: budgetLimit("startupMs.musician"), "256x128": budgetLimit("startupMs.256x128") } as Record<string, number>,
  /** From `ready` to the first knob acting, modelled (musician). */
  firstActionMs: budgetLimit("firstActionMs"),
  resyncObserversCreated: budgetLimit("resyncObserversCreated"),
  resyncNewSymbols: budgetLimit("resyncNewSymbols"),
  addTrackCalls: budgetLimit("addTrackCalls"),
  addSceneCalls: budgetLimit("addSceneCalls"),
  /** What one more detent adds to a turn of the knob (DESIGN.md: one knob detent, 3 calls). */
  knobDetentCalls: budgetLimit("knobDetentCalls"),
  /**
   * A turn of one detent, all of it: the detent goes to a live.remote~ (no call); once the turn has ended,
   * Live's text for the value, the one set, and a re-target of the worker. At most 7, as when Live's
   * undo steps and gestures were called around it.
   */
  knobTurnOfOneCalls: budgetLimit("knobTurnOfOneCalls"),
  /** New symbols in 60 minutes of playback, a knob detent every 10 s. */
  playbackSymbolsPerHour: budgetLimit("playbackSymbolsPerHour"),
};

/** Runs `measure` once, on first use: the tests of a file share one rig and its figures. */
export function once<T>(measure: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => (running ??= measure());
}

export function assertAtMost(value: number | null | undefined, budget: number, what: string): void {
  assert.ok(typeof value === "number" && !Number.isNaN(value), `${what}: no figure (${String(value)})`);
  assert.ok(value <= budget, `${what}: ${value} > ${budget}`);
}

/** No run may break a rule of real Max: a cut atom or any other failure the measure saw. */
export function assertNoFailure(figure: { error?: string; errors?: number }, what: string): void {
  assert.is(figure.error, undefined, `${what}: ${figure.errors ?? 0} failures, the first: ${figure.error}`);
}

/** Each block of a run within BLOCK_BUDGET: calls, new objects, new observers, modelled ms (one frame). */
export function assertBlocksWithinBudget(most: LongestBlockFields, what: string): void {
  assertAtMost(most.longestBlockCalls, BUDGET.blockCalls, `${what}: LiveAPI calls of the longest block`);
  assertAtMost(most.longestBlockNewObjects, BUDGET.blockNewObjects, `${what}: LiveAPI objects constructed by one block`);
  assertAtMost(most.longestBlockNewObservers, BUDGET.blockNewObjects, `${what}: observers created by one block`);
  assertAtMost(most.modelledLongestBlockMs, BUDGET.blockModelledMs, `${what}: modelled ms (central) of the longest block`);
}

/** What a budget test file measures once: the synced rig and its sync figure (the rig goes on being measured). */
export interface Measured {
  rig: Rig;
  sync: SyncFigure;
}

/**
 * Registers the sync budgets every set is held to (and the calls and startup budgets where BUDGET gives
 * the set one); `measured` is shared by the file's tests, so the set is synced once.
 */
export function syncBudgetTests(test: Test, set: string, measured: () => Promise<Measured>): void {
  const setOf = async () => (await measured()).sync;
  test(`${set} sync: the run breaks no rule of real Max, and the mirror holds every track`, async () => {
    const sync = await setOf();
    assertNoFailure(sync, `sync ${sync.set}`);
    assert.is(sync.cutAtoms, 0, `sync ${sync.set}: atoms cut`);
    assert.is(sync.mirroredTracks, sync.tracks, `sync ${sync.set}: tracks mirrored`);
  });
  test(`${set} sync: no string atom over 30,000 characters, in any direction`, async () => {
    const sync = await setOf();
    assertAtMost(sync.maxAtomChars, BUDGET.maxAtomChars, `sync ${sync.set}: longest string atom`);
  });
  test(`${set} sync: every shim block ≤ 100 LiveAPI calls and ≤ 10 new objects (and ≤ 10 new observers)`, async () => {
    const sync = await setOf();
    assertAtMost(sync.longestBlockCalls, BUDGET.blockCalls, `sync ${sync.set}: LiveAPI calls of the longest block`);
    assertAtMost(sync.longestBlockNewObjects, BUDGET.blockNewObjects, `sync ${sync.set}: LiveAPI objects constructed by one block`);
    assertAtMost(sync.longestBlockNewObservers, BUDGET.blockNewObjects, `sync ${sync.set}: observers created by one block`);
  });
  test(`${set} sync: the longest block's modelled time (central) ≤ ${BUDGET.blockModelledMs} ms, one 60 Hz frame`, async () => {
    const sync = await setOf();
    assertAtMost(sync.modelledLongestBlockMs, BUDGET.blockModelledMs, `sync ${sync.set}: modelled ms of the longest block`);
  });
  test(`${set} sync: observers alive after the sync ≤ 5 × tracks + 200`, async () => {
    const sync = await setOf();
    assertAtMost(sync.observers, BUDGET.observers(sync.tracks), `sync ${sync.set}: observers alive (${sync.tracks} tracks)`);
  });
  test(`${set} sync: the initial sync makes ≤ ${BUDGET.syncCalls[set]} LiveAPI calls`, async () => {
    const sync = await setOf();
    assertAtMost(sync.liveApiCalls, BUDGET.syncCalls[sync.set], `sync ${sync.set}: LiveAPI calls`);
  });
  test(`${set} sync: modelled startup (central) ≤ ${BUDGET.startupMs[set]} ms`, async () => {
    const sync = await setOf();
    assertAtMost(sync.modelledStartupMs, BUDGET.startupMs[sync.set], `sync ${sync.set}: modelled startup ms`);
  });
}

/** After everything a file measured on its rig: every block it ran and every atom it sent, whatever the phase. */
export function wholeRunBudgetTest(test: Test, set: string, measured: () => Promise<Measured>, phases: string): void {
  test(`${set}, the whole run (${phases}): every block within budget, no atom over 30,000 characters`, async () => {
    const { rig, sync } = await measured();
    const what = `${sync.set}, ${phases}`;
    assert.equal(rig.failures, [], `${what}: failures`);
    assertAtMost(rig.wire.maxAtomChars, BUDGET.maxAtomChars, `${what}: longest string atom`);
    assertBlocksWithinBudget(longestBlockFields(rig.ledger.blocks), what);
  });
}
