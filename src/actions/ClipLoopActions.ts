// The selected clip's loop: doubled with its notes (Clip.duplicate_loop, as Live's Duplicate Loop button), or
// set to a preset length by turning: one preset a detent whatever its speed, shown as the knob turns and
// written once it rests (CoalescedTurn.ts): a looping clip's loop end and end marker, one undo entry each.
import { PRESS, SCROLL, actionState, answered, defineAction, tookOr } from "./Action";
import { midiOnly, nameOf } from "./ClipActions";
import { CoalescedTurn } from "./CoalescedTurn";
import type { Clip } from "../model/Clip";
import { barsText } from "../time/BarsText";

/** The loop lengths a turn steps through, in bars. */
export const LOOP_BARS = [1, 2, 4, 8, 16] as const;
const EPSILON = 1e-6;

/** The preset after `bars` in `direction`, or undefined past either end. */
function presetFrom(bars: number, direction: number): number | undefined {
  return direction > 0 ? LOOP_BARS.find((preset) => preset > bars + EPSILON) : [...LOOP_BARS].reverse().find((preset) => preset < bars - EPSILON);
}

export const CLIP_LOOP_ACTIONS = [
  defineAction({
    id: "clip.doubleLoop",
    title: "Double loop",
    description: "Doubles the selected MIDI clip's loop with its notes, as Live's Duplicate Loop button does.",
    gestures: PRESS,
    needs: ["selectedClip"],
    refuse: midiOnly,
    run: ({ song, clip }) => {
      const { start, end } = clip.region();
      return answered(clip.duplicateLoop(), `${nameOf(clip)} loops ${barsText((2 * (end - start)) / song.barBeats())}`);
    },
  }),
  defineAction({
    id: "clip.loopLength",
    title: "Loop length",
    description: `Sets the selected clip's loop (its length when it does not loop) to ${LOOP_BARS.join(", ")} bars, one a detent; written once the knob rests.`,
    gestures: SCROLL,
    needs: ["selectedClip"],
    state: actionState((services) => new CoalescedTurn<Clip, number>(services, false)),
    refuse: ({ song, clip, steps, state }) => {
      const { start, end } = clip.region();
      const bars = state.value(clip) ?? (end - start) / song.barBeats();
      return presetFrom(bars, steps) === undefined ? `the loop of ${nameOf(clip)} is already ${barsText(bars)}` : undefined;
    },
    run: ({ song, clip, steps, state }) =>
      state.detent("Loop length", clip, {
        next: (bars) => {
          const { start, end } = clip.region();
          return presetFrom(bars ?? (end - start) / song.barBeats(), steps) ?? bars ?? 1;
        },
        write: async (bars) => {
          const { start } = clip.region();
          const outcome = await clip.setRegion({ start, end: start + bars * song.barBeats() }).take();
          return tookOr(outcome, `${nameOf(clip)} loops ${barsText(bars)}`);
        },
        show: (bars) => `Loop length ${barsText(bars)}…`,
      }),
  }),
];
