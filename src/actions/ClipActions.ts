// The clip knobs act on the selected clip (Song.View.detail_clip): its start, end and loop move by bars;
// a MIDI clip's velocities scale and its notes can be made monophonic; the clip duplicates in its track.
import { ActionWarning, PRESS, SCROLL, defineAction, answered, tookOr } from "./Action";
import type { ActionInput } from "./Action";
import { untilSettled } from "./untilSettled";
import type { Clip } from "../model/Clip";

/** Each velocity step scales by 5%: a few detents make an audible difference, one is a nudge. */
const VELOCITY_STEP = 1.05;
/** The shortest region the start and end knobs leave: one beat. */
const MIN_LENGTH = 1;

const bars = ({ song, steps }: ActionInput<never>): number => steps * song.barBeats();
/** A position in beats as the bar Live shows it at (bar 1 at 0), two decimals at the most. */
const barAt = ({ song }: ActionInput<never>, beats: number): string => `bar ${Math.round((beats / song.barBeats() + 1) * 100) / 100}`;
export const nameOf = (clip: Clip): string => clip.name || "the clip";
export const midiOnly = ({ clip }: { clip: Clip }): string | undefined => (clip.isMidi ? undefined : "the selected clip is not a MIDI clip");

export const CLIP_ACTIONS = [
  defineAction({
    id: "clip.start",
    title: "Clip start",
    description: "Moves the start of the selected clip (its loop start when looping) by bars.",
    gestures: SCROLL,
    needs: ["selectedClip"],
    run: (input) => {
      const { clip } = input;
      const region = clip.region();
      const start = Math.max(0, Math.min(region.end - MIN_LENGTH, region.start + bars(input)));
      return answered(clip.setRegion({ start, end: region.end }), `${nameOf(clip)} starts at ${barAt(input, start)}`);
    },
  }),
  defineAction({
    id: "clip.end",
    title: "Clip end",
    description: "Moves the end of the selected clip (its loop end when looping) by bars.",
    gestures: SCROLL,
    needs: ["selectedClip"],
    run: (input) => {
      const { clip } = input;
      const region = clip.region();
      const end = Math.max(region.start + MIN_LENGTH, region.end + bars(input));
      return answered(clip.setRegion({ start: region.start, end }), `${nameOf(clip)} ends at ${barAt(input, end)}`);
    },
  }),
  defineAction({
    id: "clip.loop",
    title: "Clip loop",
    description: "Moves the loop of the selected clip by bars, keeping its length.",
    gestures: SCROLL,
    needs: ["selectedClip"],
    refuse: ({ clip }) => (clip.looping ? undefined : "the selected clip is not looping"),
    run: (input) => {
      const { clip } = input;
      const region = clip.region();
      const shift = Math.max(-region.start, bars(input));
      return answered(clip.setRegion({ start: region.start + shift, end: region.end + shift }), `${nameOf(clip)} loops from ${barAt(input, region.start + shift)}`);
    },
  }),
  defineAction({
    id: "clip.velocity",
    title: "Clip velocities",
    description: "Scales the note velocities of the selected MIDI clip, 5% per step.",
    gestures: SCROLL,
    needs: ["selectedClip"],
    refuse: midiOnly,
    run: ({ clip, steps, runtime }) => {
      const factor = Math.pow(VELOCITY_STEP, steps);
      const percent = Math.round((factor - 1) * 100);
      const done = clip.scaleVelocities(factor).then((outcome) => tookOr(outcome, `Velocities of ${nameOf(clip)} ${percent >= 0 ? "+" : ""}${percent}%`));
      return untilSettled(runtime.sequences, "scale velocities", done);
    },
  }),
  defineAction({
    id: "clip.mono",
    title: "Clip to mono",
    description: "Makes the selected MIDI clip play one note at a time: notes end where the next starts.",
    gestures: PRESS,
    needs: ["selectedClip"],
    refuse: midiOnly,
    run: ({ clip, runtime }) => untilSettled(runtime.sequences, "make monophonic", clip.makeMonophonic().then((outcome) => tookOr(outcome, `${nameOf(clip)} plays one note at a time`))),
  }),
  defineAction({
    id: "clip.duplicate",
    title: "Duplicate clip",
    description: "Duplicates the selected clip into the next free slot below it.",
    gestures: PRESS,
    needs: ["selectedClip"],
    run: ({ song, clip }) => {
      const track = song.selectedTrack();
      const slot = song.selectedClipSlot();
      if (track === null || slot === null || !slot.hasClip) throw new ActionWarning("no clip in the selected slot");
      return answered(track.duplicateClipSlot(slot.index), `${nameOf(slot.clip() ?? clip)} duplicated`);
    },
  }),
];
