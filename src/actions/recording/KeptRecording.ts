// A recording as numbers and Live ids, kept across a Node restart (InFlight), and taken back: a take
// Live had launched is followed to its end (a fixed length stops by itself, an unlimited one when the
// record or cancel knob says so) and then tidied as usual; one that had not started is put back.
import type { ActionDeps } from "../ActionDeps";
import type { JsonValue } from "../InFlight";
import type { SimpleTrack } from "../../model/SimpleTrack";
import { Recording } from "./Recording";
import type { RecordingPlan } from "./RecordingPlan";

interface Kept {
  /** [track id, beats Live records, -1 until stopped] per take. */
  takes: [number, number][];
  replays: number[];
  tail: number;
  silenced: number;
  /** -1: unlimited. */
  length: number;
  scene: number;
  created: number;
  armed: [number, number][];
  click: number;
  launched: number;
}

export function keepRecording(recording: Recording): JsonValue {
  const { plan, progress } = recording;
  const kept: Kept = {
    takes: plan.takes.map((take) => [take.track.id, take.recordBeats ?? -1]),
    replays: plan.replays.map((track) => track.id),
    tail: plan.tail?.id ?? 0,
    silenced: plan.silencedForTail?.id ?? 0,
    length: plan.lengthBeats ?? -1,
    scene: progress.scene?.id ?? 0,
    created: progress.createdScene ? 1 : 0,
    armed: [...progress.armedBefore].map(([track, armed]) => [track.id, armed ? 1 : 0]),
    click: progress.clickAdded ? 1 : 0,
    launched: progress.launched ? 1 : 0,
  };
  return kept as unknown as JsonValue;
}

/** The recording an earlier bundle kept, resumed and started; null when its tracks are gone. */
export function resumeRecording(value: JsonValue, deps: ActionDeps): Recording | null {
  const kept = value as unknown as Kept;
  if (!Array.isArray(kept.takes)) return null;
  const track = (id: number): SimpleTrack | null => deps.mapper.track(id);
  const takes = kept.takes.map(([id, beats]) => ({ track: track(id), recordBeats: beats < 0 ? null : beats }));
  if (takes.length === 0 || takes.some((take) => take.track === null)) return null;
  const length = kept.length < 0 ? null : kept.length;
  const bars = length === null ? null : length / deps.song.barBeats();
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
  for (const [id, armed] of kept.armed) {
    const t = track(id);
    if (t) armedBefore.set(t, armed === 1);
  }
  const recording = new Recording(plan, deps, {
    scene: deps.song.scenes().find((scene) => scene.id === kept.scene) ?? null,
    createdScene: kept.created === 1,
    armedBefore,
    clickAdded: kept.click === 1,
    launched: kept.launched === 1,
  });
  return recording;
}
