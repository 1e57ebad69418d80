// The set the recording tests run on: a MIDI and an audio track, an external synth with a tail track,
// a plain group, two scenes; 120 BPM in 4/4, so a bar is 4 beats and 2 s.
import type { SetDescription } from "../../../src/sim/live/LiveSet";

export const KEYS = 0;
export const VOX = 1;
export const SYNTH = 2;
export const SYNTH_MIDI = 3;
export const SYNTH_AUDIO = 4;
export const SYNTH_TAIL = 5;
export const BUS = 6;

export function recordingSet(overrides: Partial<SetDescription> = {}): SetDescription {
  return {
    tempo: 120,
    scenes: 2,
    tracks: [
      { name: "Keys", type: "midi" },
      { name: "Vox", type: "audio" },
      {
        name: "Synth",
        type: "group",
        tracks: [
          { name: "Synth midi", type: "midi" },
          { name: "Synth audio", type: "audio" },
          { name: "tail", type: "audio" },
        ],
      },
      { name: "Bus", type: "group", tracks: [{ name: "Bass", type: "audio" }] },
    ],
    ...overrides,
  };
}
