// The mixer knobs: the current track's pan and sends (a turn is one undo entry, a press resets to Live's
// default value), its monitoring, and the set-wide unarm, unsolo and unmute. The sends are one knob and a
// chosen send, not a knob a send: a set has as many sends as return tracks, from none to twelve, and a
// fixed row of send knobs would be dead on one set and short on the next; the chosen send stays chosen
// across tracks, as a musician sending several tracks to the same reverb wants.
import { ActionWarning, PRESS, PRESS_OR_SCROLL, SCROLL, actionState, answered, defineAction, type ActionInput, type RunResult } from "./Action";
import { ParameterText } from "./ParameterText";
import { afterLoading } from "./afterLoading";
import { TURN_KEEP_MS } from "./TurnEnd";
import type { AbstractTrack } from "../model/AbstractTrack";
import { Answer } from "../model/Answer";
import type { DeviceParameter } from "../model/DeviceParameter";
import { Monitoring, type SimpleTrack } from "../model/SimpleTrack";
import { counted } from "../log/Counted";

/** The monitoring states in Live's order (Track.current_monitoring_state: 0 = In, 1 = Auto, 2 = Off). */
const MONITORING_NAMES = ["In", "Auto", "Off"];

/** MixerDevice.crossfade_assign's values, in order (0 = A, 1 = none, 2 = B: Cycling '74's MixerDevice page). */
const CROSSFADE_NAMES = ["A", "none", "B"];

/** A send's letter, as Live names its return tracks' sends. */
const sendLetter = (index: number): string => String.fromCharCode(65 + index);

class MixerState {
  readonly text: ParameterText;
  /** The chosen send's index. */
  send = 0;
  constructor(input: ConstructorParameters<typeof ParameterText>[0]) {
    this.text = new ParameterText(input);
  }
}

type MixerInput = ActionInput<"currentTrack", MixerState>;

/** Turns or resets the parameter `pick` finds on the current track's mixer, once its pan and sends are loaded. */
function onMixerParameter(input: MixerInput, title: string, pick: (track: SimpleTrack, state: MixerState) => { label: string; parameter: DeviceParameter | null }): RunResult {
  const track = input.track.baseTrack;
  if (track.mixerId() === null) throw new ActionWarning(`${track.name}'s mixer is not read yet`);
  return afterLoading(input, title, track.loadPanAndSends(), () => {
    const { label, parameter } = pick(track, input.state);
    if (parameter === null) throw new ActionWarning(`${track.name} has no ${label}`);
    const shown = `${label} ${track.name}`;
    if (input.context.gesture === "scroll") return answered(parameter.scroll(input.steps), input.state.text.show(shown, parameter));
    if (parameter.value === parameter.defaultValue) throw new ActionWarning(`${shown} is at its default already`);
    return answered(parameter.reset(), `${shown} reset`);
  }, TURN_KEEP_MS);
}

const mixerState = actionState((services) => new MixerState(services));

/** Unarm, unsolo, unmute all: `flagged` tracks set off, input tracks left alone, the count said. */
function allOff<const Id extends string>(id: Id, title: string, what: string, tracks: (input: ActionInput<never>) => SimpleTrack[], isOn: (track: SimpleTrack) => boolean, setOff: (track: SimpleTrack) => Answer, loads: (track: SimpleTrack) => ReturnType<SimpleTrack["loadFlags"]>) {
  const changing = (input: ActionInput<never>): SimpleTrack[] => tracks(input).filter((track) => !track.holdsInput && isOn(track));
  return defineAction({
    id,
    title,
    description: `${title}: every track but the controller's input tracks; says how many changed.`,
    gestures: PRESS,
    needs: [],
    run: (input) => {
      const all = tracks(input);
      return afterLoading(input, title, all.flatMap(loads), () => {
        const changed = changing(input);
        if (changed.length === 0) throw new ActionWarning(`no ${what} track`);
        return answered(Answer.all(changed.map(setOff)), `${title}: ${counted(changed.length, "track")}`);
      });
    },
  });
}

/** Tracks that have mute and solo: every track and return (the master has neither). */
const mixedTracks = ({ song }: ActionInput<never>): SimpleTrack[] => [...song.simpleTracks(), ...song.returnTracks()];

/** Monitoring is a plain MIDI or audio track's: a group has no input, an external synth's halves are switched together (track.monitoring). */
function plainTrackRefusal(track: AbstractTrack): string | undefined {
  const base = track.baseTrack;
  if (track !== base || (base.kind !== "midi" && base.kind !== "audio") || base.role !== null) return `${track.name}: monitoring In, Auto, Off is for plain tracks`;
  if (base.holdsInput) return `${track.name} holds Protocol0 Input and keeps its monitoring`;
  return undefined;
}

export const MIXER_ACTIONS = [
  defineAction({
    id: "mixer.pan",
    title: "Pan",
    description: "Turns the pan of the current track by 1% of its range a detent; a press centres it (Live's default).",
    gestures: PRESS_OR_SCROLL,
    needs: ["currentTrack"],
    state: mixerState,
    run: (input) => onMixerParameter(input, "Pan", (track) => ({ label: "Pan", parameter: track.panning() })),
  }),
  defineAction({
    id: "mixer.send",
    title: "Send",
    description: "Turns the chosen send (A, B, …) of the current track; a press resets it to Live's default.",
    gestures: PRESS_OR_SCROLL,
    needs: ["currentTrack"],
    setNeeds: ["returnTrack"],
    state: mixerState,
    run: (input) =>
      onMixerParameter(input, "Send", (track, state) => ({ label: `Send ${sendLetter(state.send)}`, parameter: track.sends()[state.send] ?? null })),
  }),
  defineAction({
    id: "mixer.chooseSend",
    title: "Choose send",
    description: "Chooses the send the send knob turns: the next of A, B, … as the set has return tracks.",
    gestures: PRESS,
    needs: [],
    setNeeds: ["returnTrack"],
    state: mixerState,
    refuse: ({ song }) => (song.returnTracks().length === 0 ? "the set has no return track" : undefined),
    run: ({ song, state }) => {
      const returns = song.returnTracks();
      state.send = (state.send + 1) % returns.length;
      return `Send ${sendLetter(state.send)}: ${returns[state.send]!.name}`;
    },
  }),
  defineAction({
    id: "mixer.monitoring",
    title: "Monitoring In/Auto/Off",
    description: "Steps the monitoring of the current plain track through In, Auto and Off.",
    gestures: SCROLL,
    needs: ["currentTrack"],
    refuse: ({ track }) => plainTrackRefusal(track),
    run: ({ track, steps }) => {
      const base = track.baseTrack;
      const next = Math.min(Monitoring.off, Math.max(Monitoring.in, base.monitoring + Math.sign(steps)));
      const text = `Monitoring ${base.name} ${MONITORING_NAMES[next]}`;
      return next === base.monitoring ? text : answered(base.setMonitoring(next), text);
    },
  }),
  // A scroll of A / none / B: each change one undo entry, so a turn, clamped at both ends, leaves at most 2.
  defineAction({
    id: "mixer.crossfade",
    title: "Crossfade assign",
    description: "Steps the current track's crossfade assignment through A, none and B.",
    gestures: SCROLL,
    needs: ["currentTrack"],
    refuse: ({ track }) => (track.baseTrack.kind === "master" ? "the master track has no crossfade assignment" : undefined),
    run: (input) => {
      const track = input.track.baseTrack;
      return afterLoading(input, "Crossfade assign", track.loadCrossfade(), () => {
        const now = track.crossfadeAssign;
        if (now === undefined) throw new ActionWarning(`${track.name}'s crossfade assignment is not read yet`);
        const next = Math.min(CROSSFADE_NAMES.length - 1, Math.max(0, now + Math.sign(input.steps)));
        const text = `Crossfade ${track.name} ${CROSSFADE_NAMES[next]}`;
        return next === now ? text : answered(track.setCrossfadeAssign(next), text);
      }, TURN_KEEP_MS);
    },
  }),
  allOff("mixer.unarmAll", "Unarm all", "armed", ({ song }) => song.armedTracks(), (track) => track.isArmed, (track) => track.arm(false), () => []),
  allOff("mixer.unsoloAll", "Unsolo all", "soloed", mixedTracks, (track) => track.solo, (track) => track.setSolo(false), (track) => track.loadFlags()),
  allOff("mixer.unmuteAll", "Unmute all", "muted", mixedTracks, (track) => track.mute, (track) => track.setMute(false), (track) => track.loadFlags()),
];
