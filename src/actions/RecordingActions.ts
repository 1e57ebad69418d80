// The REC knobs: record the current track for the chosen bar length or until stopped, record an
// external synth's audio from its MIDI clip, cancel, and choose the bar length.
import { PRESS, SCROLL, actionState, defineAction, type ActionInput, type RunResult } from "./Action";
import { optionalInteger } from "./ActionParams";
import { afterLoading } from "./afterLoading";
import type { AbstractTrack } from "../model/AbstractTrack";
import { ExternalSynthTrack } from "../model/ExternalSynthTrack";
import { planAudioRecording, planTrackRecording } from "./recording/RecordingPlan";
import { RecordingSession } from "./recording/RecordingSession";

export const recordingSession = actionState((services) => new RecordingSession(services));

/**
 * A press while recording stops or cancels that recording instead of starting another. The plan needs
 * the clip slots of the tracks it records, which are loaded only for what is in focus.
 */
function recordOr(input: ActionInput<"currentTrack", RecordingSession>, start: () => RunResult): RunResult {
  const { track, state } = input;
  if (state.active !== null) return state.interrupt();
  const tracks = [track.baseTrack, ...track.baseTrack.subTracks];
  return afterLoading(input, "Record: clip slots", tracks.flatMap((t) => t.loadClipSlots()), start);
}

const externalSynth = (track: AbstractTrack): ExternalSynthTrack | null => (track instanceof ExternalSynthTrack ? track : null);

export const RECORDING_ACTIONS = [
  defineAction({
    id: "record.normal",
    title: "Record",
    description: "Records the current track for the chosen bar length (or the mapping's bars).",
    gestures: PRESS,
    needs: ["currentTrack"],
    params: { bars: optionalInteger(1, 64, "the length chosen with the length knob", "bar") },
    state: recordingSession,
    run: (input) => recordOr(input, () => input.state.start(planTrackRecording(input.song, input.track, input.args.bars ?? input.state.barLength.bars))),
  }),
  defineAction({
    id: "record.audioOnly",
    title: "Record audio",
    description: "Records the audio of the current track only.",
    gestures: PRESS,
    needs: ["currentTrack"],
    setNeeds: ["externalSynth"],
    state: recordingSession,
    refuse: ({ track, state }) => (state.active === null && externalSynth(track) === null ? "the current track is not an external synth" : undefined),
    run: (input) => {
      const synth = externalSynth(input.track);
      return recordOr(input, () => (synth === null ? undefined : input.state.start(planAudioRecording(input.song, synth))));
    },
  }),
  defineAction({
    id: "record.unlimited",
    title: "Record unlimited",
    description: "Records the current track until stopped.",
    gestures: PRESS,
    needs: ["currentTrack"],
    state: recordingSession,
    run: (input) => recordOr(input, () => input.state.start(planTrackRecording(input.song, input.track, null))),
  }),
  defineAction({
    id: "record.cancel",
    title: "Cancel recording",
    description: "Cancels the recording under way.",
    gestures: PRESS,
    needs: [],
    state: recordingSession,
    refuse: ({ state }) => (state.active === null ? "no recording under way" : undefined),
    run: ({ state }) => {
      state.active?.cancel("cancelled from the controller");
      return "Recording cancelled";
    },
  }),
  defineAction({
    id: "record.barLength",
    title: "Recording length",
    description: "Chooses the recording length in bars.",
    gestures: SCROLL,
    needs: [],
    state: recordingSession,
    run: ({ context, state, log }) => {
      if (context.gesture !== "scroll") return;
      state.barLength.scroll(context.scroll);
      const text = `Recording length ${state.barLength.label}`;
      log.info(text);
      return text;
    },
  }),
];
