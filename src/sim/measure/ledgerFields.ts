// A budget figure's block fields, read from the rig's LiveAPI ledger (calls, constructions, observers per
// [js] block, and the modelled time those counts give by src/wire/liveApiCosts.ts): counts, never a wall-clock time.
import type { LedgerBlock, LedgerSummary } from "../max/LiveApiLedger";

export const round = (ms: number): number => Math.round(ms * 10) / 10;

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
  /** The longest block's modelled time, central row. */
  modelledLongestBlockMs: number;
  /** The phase's modelled time, central row (the blocks added up). */
  modelledStartupMs: number;
  modelledMsRows: { optimistic: number; central: number; pessimistic: number };
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
    modelledLongestBlockMs: round(byCentralMs?.ms.central ?? 0),
    modelledStartupMs: round(phase.ms.central),
    modelledMsRows: { optimistic: round(phase.ms.optimistic), central: round(phase.ms.central), pessimistic: round(phase.ms.pessimistic) },
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
    most.modelledLongestBlockMs = Math.max(most.modelledLongestBlockMs, round(block.ms.central));
  }
}
