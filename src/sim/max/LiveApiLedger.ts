// What each [js] block costs Live. A block is one Max message handled by a [js] or one Task callback:
// it runs on Max's low-priority thread, which in Live is Live's interface thread, so a long block
// freezes Live's window (Cycling '74 "jsthreading"; Ableton maxdevtools patch-code standard). Each block
// records the LiveAPI work it did and a modelled duration from LIVEAPI_MS (Knobbler4 perftest/results.txt).
import { LIVEAPI_MS, modelledMs } from "../../wire/liveApiCosts";
import type { LiveApiCounts } from "../../wire/liveApiCosts";
import type { LiveSet } from "../live/LiveSet";

export type { LiveApiCounts };

/** The selector of a block that is a Task callback. */
export const TASK_SELECTOR = "task";

const COUNTS = ["calls", "constructed", "observersCreated", "observersRepointed", "pointingCalls"] as const;

function zeroCounts(): LiveApiCounts {
  return { calls: 0, constructed: 0, observersCreated: 0, observersRepointed: 0, pointingCalls: 0 };
}

export type ModelledMs = Record<keyof typeof LIVEAPI_MS, number>;

export interface LedgerBlock extends LiveApiCounts {
  /** The script that ran the block (`lom-shim.js`, `p0-input.js@<device>`). */
  script: string;
  /** The message selector handled, or TASK_SELECTOR for a Task callback. */
  selector: string;
  /** Virtual time when the block ran. */
  at: number;
  ms: ModelledMs;
}

export interface LedgerSummary extends LiveApiCounts {
  blocks: number;
  /** Blocks that were Task callbacks: each waited for its slot in Max's low-priority queue. */
  taskSlots: number;
  /** Modelled time of the blocks added up, per row of LIVEAPI_MS. */
  ms: ModelledMs;
  longestBlock: LongestBlocks;
}

export interface LongestBlocks {
  byCalls: LedgerBlock | null;
  byNewObjects: LedgerBlock | null;
  byCentralMs: LedgerBlock | null;
}

const ROWS = Object.keys(LIVEAPI_MS) as (keyof typeof LIVEAPI_MS)[];

/** A simulated set's running LiveAPI totals, what a ledger reads around each block. */
export function liveApiTotals(set: LiveSet): LiveApiCounts {
  const stats = set.stats;
  return {
    calls: stats.apiCalls,
    constructed: stats.apiObjectsConstructed,
    observersCreated: stats.observersCreated,
    observersRepointed: stats.observersRepointed,
    pointingCalls: stats.observerPointingCalls,
  };
}

export function modelledRows(counts: LiveApiCounts): ModelledMs {
  const rows = {} as ModelledMs;
  for (const row of ROWS) rows[row] = modelledMs(counts, LIVEAPI_MS[row]);
  return rows;
}

export class LiveApiLedger {
  /** Every block, oldest first. */
  readonly blocks: LedgerBlock[] = [];
  private depth = 0;
  private readonly listeners: ((block: LedgerBlock) => void)[] = [];

  /** `counters` reads the simulated Live's running LiveAPI totals; `now` the virtual clock. */
  constructor(
    private readonly counters: () => LiveApiCounts,
    private readonly now: () => number = () => 0,
  ) {}

  /**
   * Runs `body` as one block. A block started inside another (a Task `execute()`d from a message
   * handler) is part of the outer one: it runs in the same turn of Max's thread.
   */
  run<T>(script: string, selector: string, body: () => T): T {
    if (this.depth > 0) return body();
    const before = { ...this.counters() };
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
      const after = this.counters();
      const counts = zeroCounts();
      for (const key of COUNTS) counts[key] = after[key] - before[key];
      const block: LedgerBlock = { script, selector, at: this.now(), ...counts, ms: modelledRows(counts) };
      this.blocks.push(block);
      for (const listener of this.listeners) listener(block);
    }
  }

  /** Called after each block is recorded (e.g. to see when Live changed). */
  onBlock(listener: (block: LedgerBlock) => void): void {
    this.listeners.push(listener);
  }

  /** A position in the block list; `since(mark)` sums the blocks after it. */
  mark(): number {
    return this.blocks.length;
  }

  since(mark: number): LedgerSummary {
    return summarise(this.blocks, mark);
  }

  /** The blocks from `mark` up to (not with) `end`, summed. */
  between(mark: number, end: number): LedgerSummary {
    return summarise(this.blocks.slice(0, end), mark);
  }

  /** Drops the blocks recorded so far (a long run keeps its own sums); marks taken before are void. */
  forget(): void {
    this.blocks.length = 0;
  }

  get totals(): LedgerSummary {
    return summarise(this.blocks, 0);
  }

  get longestBlock(): LongestBlocks {
    return this.totals.longestBlock;
  }
}

function summarise(blocks: readonly LedgerBlock[], from: number): LedgerSummary {
  const sum: LedgerSummary = {
    blocks: 0,
    taskSlots: 0,
    ...zeroCounts(),
    ms: { optimistic: 0, central: 0, pessimistic: 0 },
    longestBlock: { byCalls: null, byNewObjects: null, byCentralMs: null },
  };
  const longest = sum.longestBlock;
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i];
    sum.blocks++;
    if (b.selector === TASK_SELECTOR) sum.taskSlots++;
    for (const key of COUNTS) sum[key] += b[key];
    for (const row of ROWS) sum.ms[row] += b.ms[row];
    if (!longest.byCalls || b.calls > longest.byCalls.calls) longest.byCalls = b;
    if (!longest.byNewObjects || b.constructed > longest.byNewObjects.constructed) longest.byNewObjects = b;
    if (!longest.byCentralMs || b.ms.central > longest.byCentralMs.ms.central) longest.byCentralMs = b;
  }
  for (const row of ROWS) sum.ms[row] = Math.round(sum.ms[row] * 1000) / 1000;
  return sum;
}
