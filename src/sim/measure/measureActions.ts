// Every action the active mapping binds, played on a synced rig as a musician plays it: each knob's press,
// long press, double press, shift actions and a detent each way of its scroll, one after the other, each followed until the rig is quiet.
// DESIGN.md's "longest shim block" budget holds "in every action": this is its figure.
import type { Rig } from "../max/Rig";
import type { BoundGesture, VirtualEc4 } from "../VirtualEc4";
import { ec4Of } from "./benchRig";
import { foldLongest, longestBlockFields, phaseMs, round } from "./ledgerFields";
import type { LongestBlockFields } from "./ledgerFields";
import { errorField, priorFailures, untilQuiet } from "./runPastFailures";
import type { ErrorFields } from "./runPastFailures";
import { messageOf } from "../../log/ErrorText";

export interface ActionsFigure extends ErrorFields, LongestBlockFields {
  set: string;
  /** Gestures played: one per knob and gesture the mapping binds to an action. */
  gestures: number;
  /** Distinct actions among them. */
  actions: number;
  /** The action whose gesture ran the longest block (central modelled ms), as `id (gesture)`. */
  longestBlockAction: string | null;
  /** The gesture that kept the script busy longest (its blocks and Task slots, modelled), and for how long. */
  slowestAction: string | null;
  slowestActionModelledMs: number;
  liveApiCalls: number;
  blocks: number;
}

/** A turn both ways; every other gesture once. */
async function play(ec4: VirtualEc4, binding: BoundGesture): Promise<void> {
  await ec4.perform(binding, 1);
  if (binding.gesture === "scroll") await ec4.perform(binding, -1);
}

/**
 * Settle rounds a gesture may take: log.set reads the whole 256 × 128 set (about 965,000 LiveAPI calls in
 * 28,000 blocks), every Task slot of it at one virtual instant.
 */
const ACTION_SETTLE_ROUNDS = 100_000;

/** Plays every bound gesture on a synced rig; answers the longest block any of them ran, and which. */
export async function measureActions(rig: Rig, set: string): Promise<ActionsFigure> {
  const rounds = rig.settleRounds;
  rig.settleRounds = Math.max(rounds, ACTION_SETTLE_ROUNDS);
  try {
    return await playEveryAction(rig, set);
  } finally {
    rig.settleRounds = rounds;
  }
}

async function playEveryAction(rig: Rig, set: string): Promise<ActionsFigure> {
  const ec4 = ec4Of(rig);
  const errors = [...priorFailures(rig)];
  const bound = ec4.bindings();
  const most = longestBlockFields([]);
  let longestBlockAction: string | null = null;
  let slowest: { action: string | null; ms: number } = { action: null, ms: 0 };
  let calls = 0;
  let blocks = 0;
  for (const gesture of bound) {
    const mark = rig.ledger.mark();
    try {
      await play(ec4, gesture);
    } catch (error) {
      errors.push(`${gesture.action}: ${messageOf(error)}`);
    }
    errors.push(...(await untilQuiet(rig)));
    const before = most.modelledLongestBlockMs;
    foldLongest(most, rig.ledger.blocks, mark);
    const played = `${gesture.action} (${gesture.gesture})`;
    if (most.modelledLongestBlockMs > before) longestBlockAction = played;
    const phase = rig.ledger.since(mark);
    if (phaseMs(phase) > slowest.ms) slowest = { action: played, ms: phaseMs(phase) };
    calls += phase.calls;
    blocks += phase.blocks;
  }
  return {
    set,
    gestures: bound.length,
    actions: new Set(bound.map((b) => b.action)).size,
    longestBlockAction,
    slowestAction: slowest.action,
    slowestActionModelledMs: round(slowest.ms),
    liveApiCalls: calls,
    blocks,
    ...most,
    ...errorField(errors),
  };
}
