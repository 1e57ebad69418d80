// The block meter: what the shim has spent in the current block (one Max message handled, or one Task
// callback). A block runs on Live's interface thread (Cycling '74 "jsthreading"), so it stops before its
// estimate would pass BLOCK_BUDGET and the rest goes on in the next Task slot. Calls are counted as the
// simulator's ledger counts them: every get/set/call/getcount/info and every id/path/property assignment.
// Its time estimate also charges an observer's construction and pointing calls on top of the observer's
// rate, which the ledger (after Knobbler4's timings) counts inside it: an upper bound, so a block stays short.
import { BLOCK_BUDGET, LIVEAPI_MS } from "../lom/liveApiCosts";

var RATES = LIVEAPI_MS.central;

var spentCalls = 0;
var spentObjects = 0;
var spentMs = 0;

export function beginBlock(): void {
  spentCalls = 0;
  spentObjects = 0;
  spentMs = 0;
}

/** What one step may cost at most: calls, new objects, new observers, re-pointed observers. */
export function affords(calls: number, objects: number, observersCreated: number, repoints: number): boolean {
  // A fresh block always runs one step, so no op can stall the queue.
  if (spentCalls === 0 && spentObjects === 0) return true;
  return (
    spentCalls + calls <= BLOCK_BUDGET.calls &&
    spentObjects + objects <= BLOCK_BUDGET.newObjects &&
    spentMs + cost(calls, objects, observersCreated, repoints) <= BLOCK_BUDGET.modelledMs
  );
}

export function chargeCall(): void {
  spentCalls++;
  spentMs += RATES.call;
}

/** `new LiveAPI(...)`; an observer's first `property` is charged by chargeObserverCreated. */
export function chargeConstruct(): void {
  spentObjects++;
  spentMs += RATES.construct;
}

export function chargeObserverCreated(): void {
  spentMs += RATES.observerCreate;
}

export function chargeRepoint(): void {
  spentMs += RATES.observerRepoint;
}

function cost(calls: number, objects: number, observersCreated: number, repoints: number): number {
  return calls * RATES.call + objects * RATES.construct + observersCreated * RATES.observerCreate + repoints * RATES.observerRepoint;
}
