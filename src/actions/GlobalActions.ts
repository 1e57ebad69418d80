// Song-wide knobs beyond play and tempo: undo and redo, the record switches, capture MIDI, re-enabling
// automation, the launch and record quantizations and the cue points. What Song says is possible now
// (Song.can_undo, can_capture_midi, …) is read afresh at the press: nothing observes it between presses.
import { ActionWarning, PRESS, SCROLL, actionState, answered, defineAction, tellAnswer, type ActionInput, type Answered } from "./Action";
import { afterLoading } from "./afterLoading";
import { switchToggle } from "./SongSwitchAction";
import { TURN_END_MS } from "./TurnEnd";
import type { Answer } from "../model/Answer";
import type { SongFacade } from "../model/SongFacade";
import { LAUNCH_QUANTIZATIONS, RECORD_QUANTIZATIONS, type SongAbility } from "../model/Song";
import type { Cancellable } from "../time/ScheduledCallback";

/** Acts once Live says it can (`ability` read afresh), else warns `refusal` and changes nothing. */
function whenAble(input: ActionInput<never, unknown>, title: string, ability: SongAbility, refusal: string, act: () => Answered) {
  return afterLoading(input, title, [input.song.readAbility(ability)], () => {
    if (!input.song.can(ability)) throw new ActionWarning(refusal);
    return act();
  });
}

function ablePress<const Id extends string>(id: Id, title: string, description: string, ability: SongAbility, refusal: string, act: (song: SongFacade) => Answered) {
  return defineAction({ id, title, description, gestures: PRESS, needs: [], run: (input) => whenAble(input, title, ability, refusal, () => act(input.song)) });
}

interface Scrolled {
  /** The value shown while the knob turns, written once it rests. */
  pending: number | null;
  rest: Cancellable | null;
}

/**
 * A scroll through one of Song's quantizations: each detent shows the next of Live's values at once, and
 * the value is written once the knob has rested TURN_END_MS (a Song property has no live.remote~ to play
 * it through, and each write is an undo entry): one entry a turn.
 */
function quantizationScroll<const Id extends string>(id: Id, title: string, names: readonly string[], read: (song: SongFacade) => number, write: (song: SongFacade, index: number) => Answer) {
  const current = (song: SongFacade, state: Scrolled) => state.pending ?? read(song);
  return defineAction({
    id,
    title,
    description: `Steps the ${title.toLowerCase()} through Live's values (${names[0]} … ${names[names.length - 1]}).`,
    gestures: SCROLL,
    needs: [],
    state: actionState((): Scrolled => ({ pending: null, rest: null })),
    refuse: ({ song, state, steps }) => {
      const at = current(song, state);
      return names[at + Math.sign(steps)] === undefined ? `${title} is already ${names[at]}` : undefined;
    },
    run: ({ song, state, steps, runtime, status }) => {
      const index = Math.min(names.length - 1, Math.max(0, current(song, state) + steps));
      state.pending = index;
      state.rest?.cancel();
      state.rest = runtime.sequences.ticks.waitMs(TURN_END_MS, () => {
        state.pending = null;
        state.rest = null;
        tellAnswer(status, title, write(song, index));
      });
      return `${title} ${names[index]}`;
    },
  });
}

const armedForRecording = (song: SongFacade) => song.simpleTracks().some((track) => track.isArmed && !track.baseTrack.holdsInput);

export const GLOBAL_ACTIONS = [
  ablePress("transport.undo", "Undo", "Undoes Live's last edit (Song.undo).", "canUndo", "Nothing to undo", (song) => answered(song.undo(), "Undone")),
  ablePress("transport.redo", "Redo", "Redoes the last edit undone (Song.redo).", "canRedo", "Nothing to redo", (song) => answered(song.redo(), "Redone")),
  switchToggle("transport.sessionRecord", "Session record", "sessionRecord", (song) => (armedForRecording(song) ? undefined : "No track is armed to record")),
  switchToggle("transport.arrangementOverdub", "Arrangement overdub", "arrangementOverdub"),
  ablePress("transport.captureMidi", "Capture MIDI", "Captures the MIDI just played into a clip (Song.capture_midi).", "canCaptureMidi", "No MIDI played to capture", (song) =>
    answered(song.captureMidi(), "MIDI captured"),
  ),
  ablePress("transport.reEnableAutomation", "Re-enable automation", "Re-enables the automation overridden by hand.", "automationOverridden", "No automation is overridden", (song) =>
    answered(song.reEnableAutomation(), "Automation re-enabled"),
  ),
  quantizationScroll("transport.launchQuantization", "Launch quantization", LAUNCH_QUANTIZATIONS, (song) => song.launchQuantization(), (song, index) => song.setLaunchQuantization(index)),
  quantizationScroll("transport.recordQuantization", "Record quantization", RECORD_QUANTIZATIONS, (song) => song.recordQuantization(), (song, index) => song.setRecordQuantization(index)),
  // One cue a detent's event, whatever its acceleration: Live jumps one cue a call.
  defineAction({
    id: "transport.cue",
    title: "Cue point",
    description: "Jumps to the next cue point (turned right) or the previous one (turned left).",
    gestures: SCROLL,
    needs: [],
    run: (input) => {
      const next = input.steps > 0;
      const where = next ? "next" : "previous";
      return whenAble(input, "Cue point", next ? "nextCue" : "previousCue", `No ${where} cue point`, () => answered(input.song.jumpToCue(next ? 1 : -1), `Jumped to the ${where} cue point`));
    },
  }),
];
