// A recording as a restarted bundle needs it: its plan and how far it has gone (what it must put back),
// tracks and scenes by their Live ids, saved whole whenever it changes (SavedState). Taken back, a take
// Live had launched is followed to its end and one that had not started is put back (RecordingSession).
import type { SongFacade } from "../../model/SongFacade";
import type { SimpleTrack } from "../../model/SimpleTrack";
import type { RecordingPlan } from "./RecordingPlan";
import { convert, flag, flatList, number, optionalRef, orNone, record, ref, type Of } from "../saved/SavedSchema";
import { barsText } from "../../time/BarsText";

function schemas(song: SongFacade) {
  const track = ref((id) => song.track(id));
  const trackOrNone = optionalRef((id) => song.track(id));
  const progress = record({
    scene: optionalRef((id) => song.scenes().find((scene) => scene.id === id)),
    createdScene: flag,
    // The arm of each take's track before the recording; a track gone meanwhile is left out.
    armedBefore: convert(
      flatList({ track: trackOrNone, armed: flag }),
      (pairs) => new Map(pairs.flatMap(({ track, armed }) => (track === null ? [] : [[track, armed] as const]))) as ReadonlyMap<SimpleTrack, boolean>,
      (armed) => [...armed].map(([track, on]) => ({ track, armed: on })),
    ),
    /** Set when the count-in switched the metronome on; it is switched off again at the end. */
    clickAdded: flag,
    /** The musician's launch quantization, put back at the end; null when it was 1 bar already. */
    quantizationBefore: orNone(number, -1),
    launched: flag,
  });
  const plan = convert(
    record({
      takes: flatList({ track, recordBeats: orNone(number, -1) }),
      replays: convert(
        flatList({ track: trackOrNone }),
        (replays) => replays.flatMap(({ track }) => (track === null ? [] : [track])),
        (replays) => replays.map((track) => ({ track })),
      ),
      lengthBeats: orNone(number, -1),
      silencedForTail: trackOrNone,
      tail: trackOrNone,
    }),
    (kept): RecordingPlan | undefined => (kept.takes.length === 0 ? undefined : { ...kept, title: title(kept, song.barBeats()), sceneIndex: null }),
    (plan) => plan,
  );
  return { progress, recording: orNone(record({ plan, progress }), 0) };
}

/** How far a recording has gone, and what it must put back. */
export type RecordingProgress = Of<ReturnType<typeof schemas>["progress"]>;

/** The recording under way, or null. */
export type SavedRecording = Of<ReturnType<typeof schemas>["recording"]>;

export function savedRecordingSchema(song: SongFacade): ReturnType<typeof schemas>["recording"] {
  return schemas(song).recording;
}

function title(plan: Pick<RecordingPlan, "replays" | "lengthBeats">, barBeats: number): string {
  const bars = plan.lengthBeats === null ? null : plan.lengthBeats / barBeats;
  return plan.replays.length > 0 ? "Record audio" : bars === null ? "Record unlimited" : `Record ${barsText(bars)}`;
}
