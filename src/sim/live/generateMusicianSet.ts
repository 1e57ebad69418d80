// A musician's set for benchmarks, the size DESIGN.md's budgets name: 25 tracks (two plain groups and
// one external-synth group among them), 16 scenes, 60 clips, 36 devices of up to 40 parameters, two
// returns. Seeded and deterministic; the external synth is laid out as tests/fixtures/demo.json's
// "Prophet" and as ExternalSynthTrack.matches reads it: a MIDI track with no instrument, its audio
// track, then an audio track named "tail".
import { seededRandom } from "../seededRandom";
import type { DeviceInit } from "./Device";
import type { ParameterInit } from "./DeviceParameter";
import type { ClipDescription, SetDescription, TrackDescription } from "./SetDescription";

export const MUSICIAN_SET = { tracks: 25, scenes: 16, clips: 60, devices: 36, maxParameters: 40 } as const;

const INSTRUMENTS: readonly [string, string][] = [
  ["Drum Rack", "DrumGroupDevice"],
  ["Operator", "Operator"],
  ["Wavetable", "InstrumentVector"],
  ["Analog", "UltraAnalog"],
  ["Drift", "Drift"],
  ["Simpler", "OriginalSimpler"],
];
const EFFECTS: readonly [string, string][] = [
  ["EQ Eight", "Eq8"],
  ["Compressor", "Compressor2"],
  ["Reverb", "Reverb"],
  ["Delay", "Delay"],
  ["Saturator", "Saturator"],
  ["Auto Filter", "AutoFilter"],
];

export function generateMusicianSet(seed = 1): SetDescription {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];

  const params = (count: number): ParameterInit[] =>
    Array.from({ length: count }, (_, i) =>
      i % 5 === 4
        ? { name: `Mode ${i}`, value: 0, items: ["Off", "Low", "High"] }
        : { name: `Param ${i + 1}`, value: Math.round(next() * 100) / 100, min: 0, max: 1 },
    );
  const device = (kind: "instrument" | "audio_effect"): DeviceInit => {
    const [name, className] = pick(kind === "instrument" ? INSTRUMENTS : EFFECTS);
    // Instruments expose many parameters, effects fewer; none more than 40.
    const count = kind === "instrument" ? 16 + Math.floor(next() * 25) : 4 + Math.floor(next() * 12);
    return { name, className, type: kind, parameters: params(Math.min(MUSICIAN_SET.maxParameters, count)) };
  };

  // [name, type, devices: instruments first, then effects]
  const leaf = (name: string, type: "midi" | "audio", instruments: number, effects: number): TrackDescription => ({
    name,
    type,
    color: Math.floor(next() * 0xffffff),
    devices: [...Array.from({ length: instruments }, () => device("instrument")), ...Array.from({ length: effects }, () => device("audio_effect"))],
  });

  const tracks: TrackDescription[] = [
    { name: "Drums", type: "group", tracks: [leaf("Kick", "midi", 1, 1), leaf("Snare", "midi", 1, 1), leaf("Hats", "midi", 1, 1), leaf("Perc", "midi", 1, 1)] },
    { name: "Keys", type: "group", tracks: [leaf("Piano", "midi", 1, 1), leaf("Rhodes", "midi", 1, 1), leaf("Pad", "midi", 1, 2)] },
    {
      name: "Prophet",
      type: "group",
      tracks: [
        { name: "Prophet midi", type: "midi", color: Math.floor(next() * 0xffffff), devices: [] },
        { name: "Prophet audio", type: "audio", inputType: "Ext. In", inputChannel: "1/2", devices: [device("audio_effect")] },
        { name: "tail", type: "audio", inputType: "Resampling", devices: [] },
      ],
    },
    leaf("Bass", "midi", 1, 1),
    leaf("Sub", "midi", 1, 1),
    leaf("Lead", "midi", 1, 1),
    leaf("Arp", "midi", 1, 0),
    leaf("Strings", "midi", 1, 1),
    leaf("Brass", "midi", 1, 0),
    leaf("Vox", "audio", 0, 2),
    leaf("Vox Dbl", "audio", 0, 1),
    leaf("Guitar", "audio", 0, 2),
    leaf("FX", "audio", 0, 1),
    leaf("Riser", "audio", 0, 1),
    leaf("Impact", "audio", 0, 1),
  ];

  // 60 clips on distinct slots of the tracks that play clips (not the groups, not the tail).
  const players = flatten(tracks).filter((t) => t.type !== "group" && t.name !== "tail");
  const slots = new Set<string>();
  while (slots.size < MUSICIAN_SET.clips) slots.add(`${Math.floor(next() * players.length)}:${Math.floor(next() * MUSICIAN_SET.scenes)}`);
  for (const key of Array.from(slots).sort()) {
    const [t, slot] = key.split(":").map(Number);
    const track = players[t];
    const length = pick([4, 8, 16]);
    const clip: ClipDescription =
      track.type === "midi"
        ? {
            slot,
            name: `${track.name} ${slot + 1}`,
            length,
            notes: Array.from({ length: 2 + Math.floor(next() * 10) }, (_, i) => ({
              pitch: 36 + Math.floor(next() * 48),
              start_time: (i * length) / 12,
              duration: 0.25,
              velocity: 64 + Math.floor(next() * 63),
            })),
          }
        : { slot, name: `${track.name} ${slot + 1}`, length };
    (track.clips ??= []).push(clip);
  }
  for (const track of players) track.clips?.sort((a, b) => a.slot - b.slot);

  return {
    tempo: 124,
    signature: [4, 4],
    scenes: Array.from({ length: MUSICIAN_SET.scenes }, (_, i) => ({ name: `Scene ${i + 1}` })),
    tracks,
    returns: [
      { name: "A-Reverb", type: "audio", devices: [device("audio_effect")] },
      { name: "B-Delay", type: "audio", devices: [device("audio_effect")] },
    ],
    master: { name: "Master", devices: [{ name: "Protocol0", className: "MxDeviceAudioEffect", type: "audio_effect" }] },
  };
}

function flatten(tracks: readonly TrackDescription[]): TrackDescription[] {
  return tracks.flatMap((t) => [t, ...flatten(t.tracks ?? [])]);
}
