// Which scene row a track launches, whoever launched it (a mouse click, Push, another knob): each
// track's fired_slot_index (what blinks; observed only while listened to) and playing_slot_index (what
// a launch with no quantization starts at once), followed as tracks come and go.
import type { EventBus, Unsubscribe } from "../events/EventBus";
import { Subscriptions } from "../events/Subscriptions";
import { TracksMappedEvent } from "../model/ModelEvents";
import type { SongFacade } from "../model/SongFacade";

/** Calls `launched` with the scene index of each slot a track triggers or starts playing. */
export function onSlotLaunch(song: SongFacade, bus: EventBus, launched: (sceneIndex: number) => void): Unsubscribe {
  const tracks = new Subscriptions();
  const follow = (): void => {
    tracks.dispose();
    for (const track of song.simpleTracks()) {
      for (const slot of [track.firedSlot(), track.playingSlot()]) {
        // -1 is none, -2 a stop button: neither launches a scene.
        tracks.add(
          slot.subscribe((index) => {
            if (index !== undefined && index >= 0) launched(index);
          }),
        );
      }
    }
  };
  follow();
  const mapped = bus.subscribe(TracksMappedEvent, follow);
  return () => {
    mapped();
    tracks.dispose();
  };
}
