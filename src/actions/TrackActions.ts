// The current-track knobs. They act on the current track, so an ExternalSynthTrack is one instrument:
// arming it arms its MIDI and audio tracks and sets their monitoring.
import { PRESS, SCROLL, actionState, defineAction, answered } from "./Action";
import { ParameterText } from "./ParameterText";
import { afterLoading } from "./afterLoading";
import type { AbstractTrack } from "../model/AbstractTrack";
import { Answer } from "../model/Answer";
import { ExternalSynthTrack } from "../model/ExternalSynthTrack";
import { TURN_KEEP_MS } from "./TurnEnd";

/** Groups arm their sub tracks; other tracks need Live's can_be_armed (returns and master have no arm). */
function canArm(track: AbstractTrack): boolean {
  return track.isFoldable || track.baseTrack.canBeArmed;
}

/** The master track has no mute and no solo (https://docs.cycling74.com/apiref/lom/track/). */
const notMaster =
  (what: string) =>
  ({ track }: { track: AbstractTrack }): string | undefined =>
    track.baseTrack.kind === "master" ? `the master track has no ${what}` : undefined;

/** Solo and mute: a flag of the current track toggled, said on the status line ("Solo Bass on"). */
function mixerToggle<F extends "solo" | "mute">(flag: F, title: string, write: (track: AbstractTrack, on: boolean) => Answer) {
  return defineAction({
    id: `track.${flag}`,
    title,
    description: `Toggles the ${flag} of the current track.`,
    gestures: PRESS,
    needs: ["currentTrack"],
    refuse: notMaster(flag),
    run: ({ track }) => {
      const on = !track[flag];
      return answered(write(track, on), `${title} ${track.name} ${on ? "on" : "off"}`);
    },
  });
}

export const TRACK_ACTIONS = [
  defineAction({
    id: "track.arm",
    title: "Arm",
    description: "Toggles the arm of the current track; an external synth arms its MIDI and audio tracks.",
    gestures: PRESS,
    needs: ["currentTrack"],
    refuse: ({ track }) => {
      if (!canArm(track)) return `${track.name} cannot be armed`;
      // The controller comes in through it: disarmed, the next knob would not be heard.
      if (track.isArmed && track.baseTrack.holdsInput) return `${track.name} holds Protocol0 Input and stays armed`;
      return undefined;
    },
    run: ({ track }) => {
      const arming = !track.isArmed;
      return answered(track.arm(arming), `${track.name} ${arming ? "armed" : "disarmed"}`);
    },
  }),
  mixerToggle("solo", "Solo", (track, on) => track.setSolo(on)),
  mixerToggle("mute", "Mute", (track, on) => track.setMute(on)),
  defineAction({
    id: "track.monitoring",
    title: "Monitoring",
    description: "Switches the current external synth between hearing its MIDI and its audio track.",
    gestures: PRESS,
    needs: ["currentTrack"],
    setNeeds: ["externalSynth"],
    refuse: ({ track }) => (track instanceof ExternalSynthTrack ? undefined : `${track.name} is not an external synth`),
    run: ({ track, log }) => {
      if (!(track instanceof ExternalSynthTrack)) return;
      const text = `${track.name}: monitoring the ${track.monitorsAudio ? "MIDI" : "audio"} path`;
      log.info(text);
      return answered(track.switchMonitoring(), text);
    },
  }),
  defineAction({
    id: "track.volume",
    title: "Volume",
    description: "Turns the volume of the current track by 1% of its range a detent.",
    gestures: SCROLL,
    needs: ["currentTrack"],
    state: actionState((services) => new ParameterText(services)),
    run: ({ track, steps, state }) => {
      const volume = track.baseTrack.volume();
      if (volume === null) return;
      return answered(volume.scroll(steps), state.show(`Volume ${track.name}`, volume));
    },
  }),
  // The top-level tracks: a group's volume already scales what is inside it. Their mixers are loaded for
  // a turn of the knob (and a moment after it), not for good: one observer a top-level track would be
  // spent on a rare knob.
  defineAction({
    id: "track.allVolumes",
    title: "All volumes",
    description: "Turns the volume of every top-level track together.",
    gestures: SCROLL,
    needs: [],
    run: (input) => {
      // The controller's input tracks carry no sound: they are left alone, as the track scroll skips them.
      const tracks = input.song.abstractTracks().map((track) => track.baseTrack).filter((track) => !track.holdsInput);
      const scroll = () => answered(Answer.all(tracks.map((track) => track.volume()?.scroll(input.steps) ?? Answer.none())));
      return afterLoading(input, "All volumes", tracks.map((track) => track.loadMixer()), scroll, TURN_KEEP_MS);
    },
  }),
];
