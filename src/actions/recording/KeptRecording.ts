// A recording as numbers and Live ids, kept across a Node restart (InFlight), and taken back: a take
// Live had launched is followed to its end (a fixed length stops by itself, an unlimited one when the
// record or cancel knob says so) and then tidied as usual; one that had not started is put back.
// Lists are flat ([id, beats, id, beats, …]): a Max [dict] keeps an array of numbers as it is.
import type { ActionServices } from "../ActionServices";
import type { JsonValue } from "../InFlight";
import type { SimpleTrack } from "../../model/SimpleTrack";
import { Recording } from "./Recording";
import type { RecordingPlan } from "./RecordingPlan";

interface Kept {
  /** Pairs: track id, beats Live records (-1: until stopped). */
  takes: number[];
  replays: number[];
  tail: number;
  silenced: number;
  /** The clip length in beats; -1: unlimited. */
  beats: number;
  scene: number;
  created: number;
  /** Pairs: track id, 1 when it was armed before the recording. */
  armed: number[];
  click: number;
  /** The musician's launch quantization to put back (-1: none; absent from an older script's). */
  quantization?: number;
  launched: number;
}

export function keepRecording(recording: Recording): JsonValue {
  const { plan, progress } = recording;
  const kept: Kept = {
    takes: plan.takes.flatMap((take) => [take.track.id, take.recordBeats ?? -1]),
    replays: plan.replays.map((track) => track.id),
    tail: plan.tail?.id ?? 0,
    silenced: plan.silencedForTail?.id ?? 0,
    beats: plan.lengthBeats ?? -1,
    scene: progress.scene?.id ?? 0,
    created: progress.createdScene ? 1 : 0,
    armed: [...progress.armedBefore].flatMap(([track, armed]) => [track.id, armed ? 1 : 0]),
    click: progress.clickAdded ? 1 : 0,
    quantization: progress.quantizationBefore ?? -1,
    launched: progress.launched ? 1 : 0,
  };
  return { ...kept };
}

/** The ids of the tracks a kept recording records or replays (to read their clip slots again). */
export function keptTrackIds(value: JsonValue): number[] {
  const kept = asKept(value);
  return kept === null ? [] : [...pairs(kept.takes).map(([id]) => id), ...kept.replays];
}

/** The recording an earlier bundle kept, resumed once `ready`; null when it is malformed or its tracks are gone. */
export function resumeRecording(value: JsonValue, services: ActionServices, ready: Promise<void>): Recording | null {
  const kept = asKept(value);
  if (kept === null) return null;
  const track = (id: number): SimpleTrack | null => (id === 0 ? null : services.song.track(id));
  const takes = pairs(kept.takes).map(([id, beats]) => ({ track: track(id), recordBeats: beats < 0 ? null : beats }));
  if (takes.length === 0 || takes.some((take) => take.track === null)) return null;
  const length = kept.beats < 0 ? null : kept.beats;
  const bars = length === null ? null : length / services.song.barBeats();
  const plan: RecordingPlan = {
    title: kept.replays.length > 0 ? "Record audio" : bars === null ? "Record unlimited" : `Record ${bars} bar${bars === 1 ? "" : "s"}`,
    takes: takes as RecordingPlan["takes"],
    replays: kept.replays.map(track).filter((t): t is SimpleTrack => t !== null),
    sceneIndex: null,
    lengthBeats: length,
    silencedForTail: track(kept.silenced),
    tail: track(kept.tail),
  };
  const armedBefore = new Map<SimpleTrack, boolean>();
  for (const [id, armed] of pairs(kept.armed)) {
    const t = track(id);
    if (t) armedBefore.set(t, armed === 1);
  }
  const progress = {
    scene: services.song.scenes().find((scene) => scene.id === kept.scene) ?? null,
    createdScene: kept.created === 1,
    armedBefore,
    clickAdded: kept.click === 1,
    quantizationBefore: kept.quantization === undefined || kept.quantization < 0 ? null : kept.quantization,
    launched: kept.launched === 1,
  };
  return new Recording(plan, services, { progress, ready });
}

/** What was kept, when it has the shape keepRecording gives (a [dict] from an older script may not). */
function asKept(value: JsonValue): Kept | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const numbers = (key: string): boolean => Array.isArray(value[key]) && (value[key] as JsonValue[]).every((n) => typeof n === "number");
  const number = (key: string): boolean => typeof value[key] === "number";
  const optional = (key: string): boolean => value[key] === undefined || number(key);
  const ok =
    numbers("takes") &&
    numbers("replays") &&
    numbers("armed") &&
    ["tail", "silenced", "beats", "scene", "created", "click", "launched"].every(number) &&
    optional("quantization");
  return ok ? (value as unknown as Kept) : null;
}

function pairs(flat: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}
