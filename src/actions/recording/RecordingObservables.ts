// What a recording waits for, as Observables of the mirror and the model's events, so its sequence
// reacts to Live (a clip appearing, a recording growing or ending) rather than waiting fixed times.
import type { EventBus } from "../../events/EventBus";
import type { Observable } from "../../events/Observable";
import { Subscriptions } from "../../events/Subscriptions";
import type { Mirror } from "../../lom/Mirror";
import type { Clip } from "../../model/Clip";
import type { ClipSlot } from "../../model/ClipSlot";
import { ClipCreatedEvent, ScenesMappedEvent } from "../../model/ModelEvents";
import type { SongFacade } from "../../model/SongFacade";

/** How many scenes the model has mapped. */
export function sceneCount(song: SongFacade, bus: EventBus): Observable<number> {
  return {
    get: () => song.scenes().length,
    subscribe: (listener) => bus.subscribe(ScenesMappedEvent, () => listener(song.scenes().length)),
  };
}

/** The slot's clip once the model has it. */
export function clipOf(slot: ClipSlot, bus: EventBus): Observable<Clip | null> {
  return {
    get: () => slot.clip(),
    subscribe: (listener) =>
      bus.subscribe(ClipCreatedEvent, (event) => {
        if (event.target === slot) listener(event.clip);
      }),
  };
}

export interface RecordingProgress {
  recording: boolean;
  /** Beats recorded so far (the clip's loop end grows as Live records). */
  beats: number;
}

/** A recording clip's state; a deleted clip reads as not recording. */
export function progressOf(clip: Clip, mirror: Mirror): Observable<RecordingProgress> {
  const read = (): RecordingProgress => ({ recording: clip.exists && clip.isRecording, beats: clip.loopEnd });
  return {
    get: read,
    subscribe: (listener) => {
      const subscriptions = new Subscriptions();
      for (const prop of ["is_recording", "loop_end"] as const) subscriptions.add(mirror.observable(clip.id, "Clip", prop).subscribe(() => listener(read())));
      return () => subscriptions.dispose();
    },
  };
}
