// What one change on a synced rig costs, until the rig is quiet: a structural edit made in Live, the
// bundle's re-initialise, one knob detent. Budget figures of DESIGN.md ("Budgets") and issue 10.
import type { Rig } from "../max/Rig";
import { METRO_MS } from "../max/Rig";
import { QUIET_MS } from "../../control/GestureUndo";
import { appOf, ec4Of } from "./benchRig";
import { foldLongest, longestBlockFields, phaseMs, round } from "./ledgerFields";
import type { LongestBlockFields } from "./ledgerFields";
import { advanceThrough, errorField, priorFailures, untilQuietAfter } from "./runPastFailures";
import type { ErrorFields } from "./runPastFailures";
import { messageOf } from "../../log/ErrorText";

export interface StructureFigure extends ErrorFields, LongestBlockFields {
  set: string;
  liveApiCalls: number;
  newObservers: number;
  blocks: number;
  liveApiObjects: number;
  observersAliveChange: number;
  modelledMs: number;
  newSymbols: number;
}

/** A structural change made in Live (as a user would) on a synced rig, measured until the rig is quiet. */
export async function measureStructure(rig: Rig, set: string, change: () => void): Promise<StructureFigure> {
  const observers = rig.set.observerCount;
  const { phase, blocks, newSymbols, errors } = await untilQuietAfter(rig, change);
  return {
    set,
    liveApiCalls: phase.calls,
    newObservers: phase.observersCreated,
    blocks: phase.blocks,
    liveApiObjects: phase.constructed,
    observersAliveChange: rig.set.observerCount - observers,
    modelledMs: round(phaseMs(phase)),
    newSymbols,
    ...longestBlockFields(blocks),
    ...errorField(errors),
  };
}

/** One MIDI track inserted in the middle of the set (index 128 of 256), as the user would in Live. */
export const addOneTrack = (rig: Rig, set: string): Promise<StructureFigure> =>
  measureStructure(rig, set, () => void rig.set.createTrack("midi", Math.floor(rig.set.song.tracks.length / 2), "added"));

/** One scene added at the end of the set, as the user would in Live. */
export const addOneScene = (rig: Rig, set: string): Promise<StructureFigure> =>
  measureStructure(rig, set, () => void rig.set.createScene(-1, "added"));

export interface ResyncFigure extends ErrorFields, LongestBlockFields {
  set: string;
  observersCreated: number;
  newSymbols: number;
  liveApiCalls: number;
  liveApiObjects: number;
  modelledMs: number;
  /** Whether the bundle's reinitialise() had resolved when the rig went quiet. */
  finished: boolean;
}

/** The bundle's re-initialise on a synced rig, until the rig is quiet: what it creates and interns. */
export async function measureResync(rig: Rig, set: string): Promise<ResyncFigure> {
  let finished = false;
  const { phase, blocks, newSymbols, errors } = await untilQuietAfter(rig, (errors) => {
    void appOf(rig)
      .reinitialise()
      .then(() => void (finished = true))
      .catch((error: unknown) => void errors.push(String(error)));
  });
  return {
    set,
    observersCreated: phase.observersCreated,
    newSymbols,
    liveApiCalls: phase.calls,
    liveApiObjects: phase.constructed,
    modelledMs: round(phaseMs(phase)),
    finished,
    ...longestBlockFields(blocks),
    ...errorField(errors),
  };
}

export interface KnobDetentFigure extends ErrorFields, LongestBlockFields {
  action: string;
  set: string;
  /** What one more detent adds to a turn (a write): the budget's "one knob detent". */
  liveApiCalls: number;
  /** A whole turn of one detent: the parameter's one write and Live's text come once a turn. */
  turnOfOneCalls: number;
  /** A whole turn of TURN_DETENTS detents, one a metro tick. */
  turnCalls: number;
  detents: number;
  liveApiObjects: number;
  blocks: number;
  newSymbols: number;
}

/** A turn of the knob as a musician makes it: a detent a metro tick. */
const TURN_DETENTS = 8;

/**
 * Turns of the default mapping's `action` scroll knob on a synced rig, each measured from a few quiet
 * ticks before until the knob has rested and its parameter has been written: one
 * of a single detent and one of TURN_DETENTS; a detent's own cost is what the longer turn adds per detent.
 */
export async function measureKnobDetent(rig: Rig, set: string, action = "track.volume"): Promise<KnobDetentFigure> {
  const ec4 = ec4Of(rig);
  const knob = ec4.knobFor(action, "scroll");
  if (!knob) throw new Error(`the default mapping has no ${action} knob`);
  const errors = [...priorFailures(rig)];
  const most = longestBlockFields([]);
  const turn = async (detents: number) => {
    errors.push(...(await advanceThrough(rig, METRO_MS * 3)));
    const mark = rig.ledger.mark();
    const symbols = rig.symbols.mark();
    for (let detent = 0; detent < detents; detent++) {
      try {
        await ec4.turn(knob.group, knob.position, 1);
      } catch (error) {
        errors.push(messageOf(error));
      }
      errors.push(...(await advanceThrough(rig, METRO_MS)));
    }
    errors.push(...(await advanceThrough(rig, QUIET_MS + METRO_MS * 3)));
    foldLongest(most, rig.ledger.blocks, mark);
    return { phase: rig.ledger.since(mark), newSymbols: rig.symbols.since(symbols) };
  };
  const one = await turn(1);
  const many = await turn(TURN_DETENTS);
  return {
    action,
    set,
    liveApiCalls: Math.ceil((many.phase.calls - one.phase.calls) / (TURN_DETENTS - 1)),
    turnOfOneCalls: one.phase.calls,
    turnCalls: many.phase.calls,
    detents: TURN_DETENTS,
    liveApiObjects: one.phase.constructed,
    blocks: one.phase.blocks,
    newSymbols: one.newSymbols + many.newSymbols,
    ...most,
    ...errorField(errors),
  };
}
