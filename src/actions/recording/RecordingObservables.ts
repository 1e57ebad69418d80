// What a recording waits for, as Observables of the model and its events, so its sequence
// reacts to Live (a clip appearing, a recording growing or ending) rather than waiting fixed times.
import type { EventBus } from "../../events/EventBus";
import { derived, type Observable } from "../../events/Observable";
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

/** True once the clip no longer records or its end is `asked` (what an unlimited take waits for). */
export function endedOrAsked(clip: Clip, asked: Observable<boolean>): Observable<boolean> {
  const progress = clip.recordingProgress();
  return derived(() => asked.get() || !progress.get().recording, [progress, asked]);
}
