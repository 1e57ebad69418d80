// The selected MIDI clip's notes: transposed a semitone a detent, velocities spread from or drawn towards
// their mean (the original's velocity scroller; clip.velocity still scales them), quantized to the record
// quantization, and the switch that quantizes every MIDI take once recorded (recording/TakeQuantize.ts).
// A turn's detents add up (CoalescedTurn.ts): the first is written at once, the rest once the knob rests,
// so a turn of a clip whose notes fit one page (about a thousand) is at most two undo entries.
import { ActionWarning, PRESS, SCROLL, actionState, answered, defineAction } from "./Action";
import { midiOnly, nameOf } from "./ClipActions";
import { CoalescedTurn } from "./CoalescedTurn";
import { recordingSession } from "./RecordingActions";
import { quantizeClip, quantizeGrid } from "./recording/TakeQuantize";
import { Refused } from "../model/Answer";
import type { Clip, NoteEdit } from "../model/Clip";
import { counted } from "../log/Counted";

/** A detent of the spread knob moves each velocity a third further from the mean; back, a quarter closer (the original's steps, inverses of each other). */
const SPREAD_STEP = 4 / 3;

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
/** One knob's turn on a clip: its detents add up to semitones or spread steps. */
const noteTurn = () => actionState((services) => new CoalescedTurn<Clip, number>(services, true));

/** Live's refusal thrown; no note changed: why, as a warning. */
function checked<E extends NoteEdit>(clip: Clip, edit: E, unchanged: string): E {
  if (edit.outcome.kind !== "accepted") throw new Refused(edit.outcome);
  if (edit.notes === 0) throw new ActionWarning(`${nameOf(clip)} has no notes`);
  if (edit.changed === 0) throw new ActionWarning(unchanged);
  return edit;
}

export const CLIP_NOTE_ACTIONS = [
  defineAction({
    id: "clip.transpose",
    title: "Transpose clip",
    description: "Transposes the selected MIDI clip's notes a semitone a detent (a fast turn moves further), as far as MIDI's range lets them all.",
    gestures: SCROLL,
    needs: ["selectedClip"],
    state: noteTurn(),
    refuse: midiOnly,
    run: ({ clip, steps, state }) =>
      state.detent("Transpose clip", clip, {
        next: (semitones) => (semitones ?? 0) + steps,
        write: async (semitones, written = 0) => {
          const wanted = semitones - written;
          const edit = checked(clip, await clip.transpose(wanted), `the notes of ${nameOf(clip)} cannot go ${wanted > 0 ? "higher" : "lower"}`);
          return `${nameOf(clip)} transposed ${signed(written + edit.by)} semitones`;
        },
        show: (semitones) => `Transpose ${nameOf(clip)} ${signed(semitones)} semitones…`,
      }),
  }),
  defineAction({
    id: "clip.velocitySpread",
    title: "Velocity spread",
    description: "Spreads the selected MIDI clip's velocities from their mean (turned right) or draws them towards it (left), as the original did.",
    gestures: SCROLL,
    needs: ["selectedClip"],
    state: noteTurn(),
    refuse: midiOnly,
    run: ({ clip, steps, state }) =>
      state.detent("Velocity spread", clip, {
        next: (spread) => (spread ?? 0) + steps,
        write: async (spread, written = 0) => {
          const way = spread - written > 0 ? "spread" : "compressed";
          checked(clip, await clip.spreadVelocities(Math.pow(SPREAD_STEP, spread - written)), `the velocities of ${nameOf(clip)} cannot be ${way} further`);
          return `Velocities of ${nameOf(clip)} ${spread >= 0 ? "spread" : "compressed"} ${counted(Math.abs(spread), "step")}`;
        },
        show: (spread) => `Velocity spread ${signed(spread)}…`,
      }),
  }),
  defineAction({
    id: "clip.quantize",
    title: "Quantize clip",
    description: "Quantizes the selected MIDI clip's notes to the record quantization (1/8 when it is None, as the original did).",
    gestures: PRESS,
    needs: ["selectedClip"],
    refuse: midiOnly,
    run: ({ song, clip }) => answered(quantizeClip(song, clip), `${nameOf(clip)} quantized to ${quantizeGrid(song).name}`),
  }),
  defineAction({
    id: "clip.quantizeTakes",
    title: "Quantize takes",
    description: "Switches quantizing every MIDI take to the record quantization once recorded (kept across a script restart, as the recording length is).",
    gestures: PRESS,
    needs: [],
    state: recordingSession,
    run: ({ state }) => `Quantize takes ${state.takeQuantize.toggle() ? "on" : "off"}`,
  }),
];
