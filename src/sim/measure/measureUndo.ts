// What Live's undo history keeps of a gesture (shared/DESIGN.md's "undo entries" budget): a turn of
// TURN_DETENTS detents over TURN_MS, and how many metro ticks what Live plays lags each detent; a press;
// a recording. Counted on the simulated Live of every public version (no begin_undo_step, each LiveAPI write
// one entry), with the device's [live.remote~] pool (src/sim/max/LiveRemote.ts).
import { QUIET_MS } from "../../control/GestureUndo";
import type { Rig } from "../max/Rig";
import { METRO_MS } from "../max/NodeScriptHost";
import type { VirtualEc4 } from "../VirtualEc4";
import { advanceThrough, errorField, priorFailures, settleThrough, type ErrorFields } from "./runPastFailures";

/** The budget's turn: 20 detents over one second. */
export const TURN_DETENTS = 20;
export const TURN_MS = 1000;
/** Enough for a write to reach Live and its answer to come back. */
const ANSWER_MS = 200;

export interface UndoFigure extends ErrorFields {
  gesture: string;
  target: string;
  action: string;
  undoEntries: number;
  /** A turn: the most metro ticks between a detent and Live playing it. */
  ticksBehindMax?: number;
  /** What each entry changed ("Track Volume.value"), oldest first. */
  changes: string[];
}

/** Every undo entry Live holds: the set's, and the device's stored mapping's ([pattr], saved with the set). */
export function undoEntries(rig: Rig): number {
  return rig.set.undoHistory.length + rig.mapping.undoSteps;
}

/** What the set's entries since `from` changed: "<object>.<property>" or the edit's first words. */
function changesSince(rig: Rig, from: number): string[] {
  return rig.set.undoHistory.slice(from).flatMap((step) => step.changes.map((change) => change.description.split(" ").slice(0, 2).join(" ")));
}

/**
 * Turns the default mapping's `action` knob TURN_DETENTS detents `direction`, one every TURN_MS / TURN_DETENTS,
 * then lets it rest. `played` reads what Live plays of the target (a held parameter plays its remote's value).
 */
export async function measureTurn(rig: Rig, ec4: VirtualEc4, action: string, target: string, played: () => number, direction: 1 | -1): Promise<UndoFigure> {
  const knob = ec4.knobFor(action, "scroll");
  if (!knob) throw new Error(`the default mapping has no ${action} knob`);
  const errors = [...priorFailures(rig), ...(await advanceThrough(rig, QUIET_MS + ANSWER_MS))];
  const entries = undoEntries(rig);
  const history = rig.set.undoHistory.length;
  const gapTicks = Math.round(TURN_MS / TURN_DETENTS / METRO_MS);
  let ticksBehindMax = 0;
  for (let detent = 0; detent < TURN_DETENTS; detent++) {
    const before = played();
    await ec4.turn(knob.group, knob.position, direction, 1, 0);
    errors.push(...(await settleThrough(rig)));
    // Not heard before the next detent: counted as the whole gap (over budget), and the turn goes on in time.
    let ticks = 0;
    while (played() === before && ticks < gapTicks) {
      errors.push(...(await advanceThrough(rig, METRO_MS)));
      ticks++;
    }
    ticksBehindMax = Math.max(ticksBehindMax, ticks);
    if (ticks < gapTicks) errors.push(...(await advanceThrough(rig, (gapTicks - ticks) * METRO_MS)));
  }
  errors.push(...(await advanceThrough(rig, QUIET_MS + ANSWER_MS)));
  return {
    gesture: `turn ${TURN_DETENTS} detents`,
    target,
    action,
    undoEntries: undoEntries(rig) - entries,
    ticksBehindMax,
    changes: changesSince(rig, history),
    ...errorField(errors),
  };
}

/** Plays `action`'s knob (a press) and lets Live answer, then `settleMs` more (a recording's take). */
export async function measurePress(rig: Rig, ec4: VirtualEc4, gesture: string, action: string, target: string, settleMs = 0): Promise<UndoFigure> {
  const errors = [...priorFailures(rig), ...(await advanceThrough(rig, QUIET_MS + ANSWER_MS))];
  const entries = undoEntries(rig);
  const history = rig.set.undoHistory.length;
  try {
    await ec4.play(action);
  } catch (error) {
    errors.push(String(error));
  }
  errors.push(...(await advanceThrough(rig, ANSWER_MS + settleMs)));
  return { gesture, target, action, undoEntries: undoEntries(rig) - entries, changes: changesSince(rig, history), ...errorField(errors) };
}

/** How long a recording of the default length is given to finish, its count-in included (at 120 BPM). */
const RECORDING_MS = 20_000;

/**
 * The bench's undo figures on a synced rig of the musician's set: a turn of the current track's volume,
 * of the tempo and of a device's parameter, a press (arming the external synth) and a recording.
 */
export async function measureUndoFigures(rig: Rig, ec4: VirtualEc4): Promise<UndoFigure[]> {
  const { set } = rig;
  const kick = set.song.allTracks().find((track) => track.name === "Kick");
  const synth = set.song.allTracks().find((track) => track.name === "Prophet midi");
  if (!kick || !synth) throw new Error("the musician's set has a Kick and a Prophet midi track");
  set.selectTrack(kick.id);
  const figures = [await measureTurn(rig, ec4, "track.volume", "volume", () => kick.mixer.volume.played, -1)];
  figures.push(await measureTurn(rig, ec4, "transport.tempo", "tempo", () => set.song.playedTempo, 1));
  const device = kick.devices[0];
  const index = device ? device.parameters.findIndex((parameter) => !parameter.quantized) : -1;
  if (!device || index < 0) throw new Error("Kick's first device has a continuous parameter");
  const parameter = device.parameters[index];
  // Clicked in Live: the value knob turns the selected parameter (its device selected, so the focus loads it).
  set.callFunction("live_set view", "select_device", "id", device.id);
  set.selectParameter(parameter.id);
  figures.push(await measureTurn(rig, ec4, "nav.parameterValue", "device parameter", () => parameter.played, parameter.played > 0.5 ? -1 : 1));
  set.selectTrack(synth.id);
  figures.push(await measurePress(rig, ec4, "press", "track.arm", "external synth"));
  set.selectTrack(kick.id);
  figures.push(await measurePress(rig, ec4, "recording", "record.normal", "midi track", RECORDING_MS));
  return figures;
}
