// A budget figure's block fields, read from the rig's LiveAPI ledger (calls, constructions, observers per
// [js] block, and the modelled time those counts give by src/wire/liveApiCosts.ts): counts, never a wall-clock time.
import { TASK_SLOT_WAIT_MS } from "../../wire/liveApiCosts";
import type { LedgerBlock, LedgerSummary, ModelledMs } from "../max/LiveApiLedger";

export const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * How long a phase keeps the script busy, modelled: its blocks' LiveAPI time (a `row` of LIVEAPI_MS) and,
 * for each Task callback among them, the wait for its slot in Max's low-priority queue. A block cut
 * shorter means more Task slots, and each one is charged. Messages between node.script and the shim are
 * not charged a wait: no public figure times that hop.
 */
export function phaseMs(phase: LedgerSummary, row: keyof ModelledMs = "central"): number {
  return phase.ms[row] + phase.taskSlots * TASK_SLOT_WAIT_MS;
}

/** The ledger's figures for a phase (a run of blocks), with the modelled rows besides the central one. */
export interface PhaseFields {
  liveApiCalls: number;
  liveApiObjects: number;
  /** The most LiveAPI calls one block made. */
  longestBlockCalls: number;
  /** The most LiveAPI objects one block constructed. */
  longestBlockNewObjects: number;
  /** The most observers one block created (pooled observers re-pointed are not created). */
  longestBlockNewObservers: number;
  /** The longest block's modelled time, central row, unrounded: a block over the frame must not round down to it. */
  modelledLongestBlockMs: number;
  /** The phase's modelled time, central row: the blocks added up, and a Task slot's wait for each Task callback. */
  modelledStartupMs: number;
  modelledMsRows: ModelledMs;
  /** Task callbacks among the blocks: each waited TASK_SLOT_WAIT_MS for its slot (in modelledStartupMs). */
  taskSlots: number;
  longestBlockSelector: string | null;
  observersCreatedAtSync: number;
  blocks: number;
}

export function phaseFields(phase: LedgerSummary, blocks: readonly LedgerBlock[]): PhaseFields {
  const { byCalls, byNewObjects, byCentralMs } = phase.longestBlock;
  return {
    liveApiCalls: phase.calls,
    liveApiObjects: phase.constructed,
    longestBlockCalls: byCalls?.calls ?? 0,
    longestBlockNewObjects: byNewObjects?.constructed ?? 0,
    longestBlockNewObservers: blocks.reduce((most, block) => Math.max(most, block.observersCreated), 0),
    modelledLongestBlockMs: byCentralMs?.ms.central ?? 0,
    modelledStartupMs: round(phaseMs(phase)),
    modelledMsRows: { optimistic: round(phaseMs(phase, "optimistic")), central: round(phaseMs(phase)), pessimistic: round(phaseMs(phase, "pessimistic")) },
    taskSlots: phase.taskSlots,
    longestBlockSelector: byCalls ? `${byCalls.script} ${byCalls.selector}` : null,
    observersCreatedAtSync: phase.observersCreated,
    blocks: phase.blocks,
  };
}

/** The extremes of single blocks over a run, whatever phase they belong to. */
export interface LongestBlockFields {
  longestBlockCalls: number;
  longestBlockNewObjects: number;
  longestBlockNewObservers: number;
  modelledLongestBlockMs: number;
}

export function longestBlockFields(blocks: readonly LedgerBlock[]): LongestBlockFields {
  const most = { longestBlockCalls: 0, longestBlockNewObjects: 0, longestBlockNewObservers: 0, modelledLongestBlockMs: 0 };
  foldLongest(most, blocks);
  return most;
}

export function foldLongest(most: LongestBlockFields, blocks: readonly LedgerBlock[], from = 0): void {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i];
    most.longestBlockCalls = Math.max(most.longestBlockCalls, block.calls);
    most.longestBlockNewObjects = Math.max(most.longestBlockNewObjects, block.constructed);
    most.longestBlockNewObservers = Math.max(most.longestBlockNewObservers, block.observersCreated);
    most.modelledLongestBlockMs = Math.max(most.modelledLongestBlockMs, block.ms.central);
  }
}
