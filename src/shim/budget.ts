// The block meter: what the shim has spent in the current block (one Max message handled, or one Task
// callback). A block runs on Live's interface thread (Cycling '74 "jsthreading"), so it stops before its
// estimate would pass BLOCK_BUDGET and the rest goes on in the next Task slot. Calls are counted as the
// simulator's ledger counts them: every get/set/call/getcount/info and every id/path/property assignment.
// Its time is modelled by the same function as the simulator's ledger (liveApiCosts.modelledMs).
import { BLOCK_BUDGET, LIVEAPI_MS, modelledMs, type LiveApiCounts } from "../wire/liveApiCosts";

var RATES = LIVEAPI_MS.central;

var spent: LiveApiCounts = zero();

function zero(): LiveApiCounts {
  return { calls: 0, constructed: 0, observersCreated: 0, observersRepointed: 0, pointingCalls: 0 };
}

export function beginBlock(): void {
  spent = zero();
}

/**
 * What one step may cost at most: calls, new objects, new observers, re-pointed observers, and how
 * many of its calls point an observer (priced with it); the block's time is modelled as the ledger does.
 */
export function affords(calls: number, objects: number, observersCreated: number, repoints: number, pointing: number): boolean {
  // A fresh block always runs one step, so no op can stall the queue.
  if (spent.calls === 0 && spent.constructed === 0) return true;
  var next: LiveApiCounts = {
    calls: spent.calls + calls,
    constructed: spent.constructed + objects,
    observersCreated: spent.observersCreated + observersCreated,
    observersRepointed: spent.observersRepointed + repoints,
    pointingCalls: spent.pointingCalls + pointing,
  };
  return next.calls <= BLOCK_BUDGET.calls && next.constructed <= BLOCK_BUDGET.newObjects && modelledMs(next, RATES) <= BLOCK_BUDGET.modelledMs;
}

export function chargeCall(): void {
  spent.calls++;
}

/** An `id` or `property` assignment that makes or re-points an observer (priced with the observer). */
export function chargePointing(): void {
  spent.calls++;
  spent.pointingCalls++;
}

/** `new LiveAPI(...)`; an observer's construction is priced with it (chargeObserverCreated). */
export function chargeConstruct(): void {
  spent.constructed++;
}

export function chargeObserverCreated(): void {
  spent.observersCreated++;
}

export function chargeRepoint(): void {
  spent.observersRepointed++;
}
