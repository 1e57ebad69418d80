// A large, deterministic set for benchmarks: plain MIDI and audio tracks, groups (some nested), and
// external-synth groups (a MIDI track, its audio track, a tail track and optional dummy tracks, none of
// them foldable), thousands of clips and devices with parameters.
import { seededRandom } from "../seededRandom";
import type { DeviceInit } from "./Device";
import type { ParameterInit } from "./DeviceParameter";
import type { ClipDescription, SetDescription, TrackDescription } from "./SetDescription";

export interface LargeSetOptions {
  tracks: number;
  scenes: number;
  seed?: number;
}

/** Share of a track's slots that hold a clip. */
const CLIP_DENSITY = 0.15;

export function generateLargeSet(opts: LargeSetOptions): SetDescription {
  if (opts.tracks < 1 || opts.scenes < 1) throw new Error("generateLargeSet: at least one track and one scene");
  const next = seededRandom(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  let made = 0;

  const params = (prefix: string, count: number): ParameterInit[] =>
    Array.from({ length: count }, (_, i) =>
      i % 4 === 3
        ? { name: `${prefix} Mode ${i}`, value: 0, items: ["Low", "Mid", "High"] }
        : { name: `${prefix} ${i}`, value: Math.round(next() * 100) / 100, min: 0, max: 1 },
    );
  const instrument = (): DeviceInit => ({ name: pick(["Operator", "Wavetable", "Analog", "Drift"]), type: "instrument", parameters: params("Macro", 8) });
  const effect = (): DeviceInit => ({ name: pick(["EQ Eight", "Compressor", "Reverb", "Delay", "Saturator"]), type: "audio_effect", parameters: params("Param", 4) });

  const clips = (midi: boolean): ClipDescription[] => {
    const list: ClipDescription[] = [];
    for (let slot = 0; slot < opts.scenes; slot++) {
      if (next() >= CLIP_DENSITY) continue;
      const length = pick([4, 8, 16]);
      const notes = midi
        ? Array.from({ length: 2 + Math.floor(next() * 6) }, (_, i) => ({ pitch: 36 + Math.floor(next() * 48), start_time: i * 0.5, duration: 0.5, velocity: 64 + Math.floor(next() * 63) }))
        : undefined;
      list.push({ slot, name: `Clip ${slot + 1}`, length, ...(notes ? { notes } : {}) });
    }
    return list;
  };

  const leaf = (type: "midi" | "audio", name: string, withClips = true): TrackDescription => {
    made++;
    return {
      name,
      type,
      color: Math.floor(next() * 0xffffff),
      devices: type === "midi" ? [instrument(), ...(next() < 0.5 ? [effect()] : [])] : [effect()],
      ...(withClips ? { clips: clips(type === "midi") } : {}),
    };
  };

  const externalSynth = (name: string, budget: number): TrackDescription => {
    made++;
    const dummies = Math.min(budget - 4, Math.floor(next() * 3));
    const tracks: TrackDescription[] = [
      { ...leaf("midi", `${name} midi`), devices: [{ name: "External Instrument", className: "ProxyInstrumentDevice", type: "instrument" as const, parameters: params("Gain", 1) }] },
      { ...leaf("audio", `${name} audio`), inputType: "Ext. In", inputChannel: "1/2" },
      { ...leaf("audio", "tail", false), inputType: "Resampling" },
    ];
    for (let i = 0; i < dummies; i++) tracks.push(leaf("audio", `dummy ${i + 1}`, false));
    return { name, type: "group", tracks };
  };

  const group = (name: string, budget: number, depth: number): TrackDescription => {
    made++;
    const size = Math.min(budget - 1, 2 + Math.floor(next() * 4));
    const tracks: TrackDescription[] = [];
    for (let i = 0; i < size; i++) {
      const left = budget - 1 - tracks.reduce((n, t) => n + count(t), 0);
      if (left <= 0) break;
      tracks.push(depth < 2 && left >= 3 && next() < 0.25 ? group(`${name}.${i + 1}`, Math.min(left, 5), depth + 1) : leaf(next() < 0.6 ? "midi" : "audio", `${name} ${i + 1}`));
    }
    return { name, type: "group", tracks };
  };

  const tracks: TrackDescription[] = [];
  while (made < opts.tracks) {
    const budget = opts.tracks - made;
    const roll = next();
    if (budget >= 4 && roll < 0.15) tracks.push(externalSynth(`Synth ${tracks.length + 1}`, budget));
    else if (budget >= 3 && roll < 0.35) tracks.push(group(`Group ${tracks.length + 1}`, budget, 0));
    else tracks.push(leaf(next() < 0.6 ? "midi" : "audio", `Track ${tracks.length + 1}`));
  }

  return {
    tempo: 120,
    signature: [4, 4],
    scenes: Array.from({ length: opts.scenes }, (_, i) => ({ name: `Scene ${i + 1}` })),
    tracks,
    returns: [
      { name: "A-Reverb", type: "audio", devices: [effect()] },
      { name: "B-Delay", type: "audio", devices: [effect()] },
    ],
    master: { name: "Master", devices: [{ name: "Protocol0", className: "MxDeviceAudioEffect", type: "audio_effect" }] },
  };
}

function count(t: TrackDescription): number {
  return 1 + (t.tracks ?? []).reduce((n, inner) => n + count(inner), 0);
}
