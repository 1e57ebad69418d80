// What Max and Live charge, written once: the shim budgets its blocks with these figures and the
// simulator's ledger charges them. ES5-safe (the shim compiles this file under an ES5 lib).
//
// LiveAPI times per operation, in ms, from zsteinkamp/m4l-Knobbler4 perftest/results.txt
// (500 iterations, 38 tracks, Live 12 / Max 9): [js] "reuse, set id" 292 ms (a re-target by id plus
// a get: ≈ 0.29 ms a call), "create & destroy" 179 / 323 / 475 ms (min / median / max: construction),
// "create w/ observer" 658 / 840 / 1040 ms, "reuse w/ observer" 569 / 570 / 573 ms (re-pointing).
// Optimistic is [js]'s minimum, central its median (the issue's figures), pessimistic the same
// harness in [v8] (1120, 1255, 2213, 1689 ms), the slowest engine a device may run in.
export interface LiveApiRates {
  /** One get, set, call, getcount, info, or an `id` / `path` re-target. */
  call: number;
  /** `new LiveAPI(...)`. */
  construct: number;
  /** A new observer (a constructed object given its first `property`). */
  observerCreate: number;
  /** An existing observer pointed at another object or property. */
  observerRepoint: number;
}

export var LIVEAPI_MS: { optimistic: LiveApiRates; central: LiveApiRates; pessimistic: LiveApiRates } = {
  optimistic: { call: 0.29, construct: 0.36, observerCreate: 1.32, observerRepoint: 1.14 },
  central: { call: 0.3, construct: 0.65, observerCreate: 1.7, observerRepoint: 1.1 },
  pessimistic: { call: 1.12, construct: 2.51, observerCreate: 4.43, observerRepoint: 3.38 },
};

/**
 * One frame of a 60 Hz display, rounded down: 1000 / 60 = 16.7 ms. A shim block (one Max message handled,
 * or one Task callback) runs on Max's low-priority thread (Cycling '74 "jsthreading"), which in Live is
 * the interface thread that redraws Live's window (Ableton maxdevtools, patch-code-standard
 * "no-ui-updates-in-scheduler": deferred work "will be done in Live's interface thread"). A block longer
 * than a frame holds the window past a redraw at 60 Hz. Ableton does not publish Live's redraw rate:
 * 60 Hz is the common display rate, the frame a user sees stall.
 */
export var FRAME_MS = 16;

/**
 * What one shim block may spend. The modelled time, central rates, is the bound that holds: a block of
 * one frame affords 53 plain calls or 9 new observers, so the call and object caps (DESIGN.md's) are
 * ceilings that only a cheaper rate row could reach.
 */
export var BLOCK_BUDGET = { calls: 100, newObjects: 10, modelledMs: FRAME_MS };

/**
 * What a Task slot waits before its callback runs: Max services its low-priority queue, where [js] Task
 * callbacks run, every "Event Interval", 2 ms by default (Cycling '74 "Advanced Scheduler Settings"; the
 * Task page: the latency of a Task function "is variable because the function runs in a low-priority
 * thread"). In Live that queue is served by Live's interface thread, at a rate Ableton does not publish.
 * Modelled startup times add one wait per Task slot the shim takes.
 */
export var TASK_SLOT_WAIT_MS = 2;

/**
 * Max cuts string atoms longer than this on their way between [js]/[v8] and node.script
 * (adamjmurray/producer-pal hit "Unterminated string in JSON at position 32767"; CNMAT/CNMAT-odot#316).
 */
export var MAX_CUT_CHARS = 32767;
/** What we allow ourselves: producer-pal's margin (src/shared/mcp-response-utils.ts splits at 30,000). */
export var MAX_ATOM_CHARS = 30000;

/** Marks a text cut to fit an atom: a very long name shows cut, and says so, rather than empty. */
export var CUT_MARK = "\u2026";

/** `text` as it may cross a cord: longer than MAX_ATOM_CHARS, cut to MAX_ATOM_CHARS with CUT_MARK last. */
export function fitAtom(text: string): string {
  return text.length <= MAX_ATOM_CHARS ? text : text.slice(0, MAX_ATOM_CHARS - CUT_MARK.length) + CUT_MARK;
}

/** Symbols a LiveAPI observer leaks when torn down; re-pointing leaks none (Knobbler4 CLAUDE.md). */
export var SYMBOLS_PER_OBSERVER_TEARDOWN = 6;

/** LiveAPI work counted in a block (the shim's meter, the simulator's ledger). */
export interface LiveApiCounts {
  /** get, set, call, getcount, getstring, info, and `id` / `path` / `property` re-targets. */
  calls: number;
  /** `new LiveAPI(...)`. */
  constructed: number;
  /** A constructed object with a callback first given a property and an object to observe. */
  observersCreated: number;
  /** An observing object pointed at another object or property. */
  observersRepointed: number;
  /**
   * Of `calls`, the `id` / `path` / `property` assignments that made or re-pointed an observer: Knobbler4's
   * "create w/ observer" and "reuse w/ observer" loops time them with the observer, so they are not charged twice.
   */
  pointingCalls: number;
}

/**
 * The modelled time of some LiveAPI work: each observer created costs observerCreate and each re-point
 * observerRepoint, their construction and pointing included (what Knobbler4's loops timed: construct or
 * re-point, `property`, a get); the other calls and constructions cost call and construct each.
 */
export function modelledMs(counts: LiveApiCounts, rates: LiveApiRates): number {
  var ms =
    (counts.calls - counts.pointingCalls) * rates.call +
    (counts.constructed - counts.observersCreated) * rates.construct +
    counts.observersCreated * rates.observerCreate +
    counts.observersRepointed * rates.observerRepoint;
  // Rounded to a microsecond so sums of decimal rates print cleanly.
  return Math.round(ms * 1000) / 1000;
}
