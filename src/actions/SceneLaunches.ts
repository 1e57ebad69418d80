// Which scene row a track launches, whoever launched it (a mouse click, Push, another knob): each
// track's fired_slot_index (what blinks; observed only while listened to) and playing_slot_index (what
// a launch with no quantization starts at once), followed as tracks come and go.
import type { EventBus, Unsubscribe } from "../events/EventBus";
import { Subscriptions } from "../events/Subscriptions";
import { TracksMappedEvent } from "../model/ModelEvents";
import type { Scene } from "../model/Scene";
import type { SongFacade } from "../model/SongFacade";
import { Sequence } from "../sequence/Sequence";
import type { SequenceContext } from "../sequence/SequenceContext";

/**
 * Calls `launched` with the scene index of each slot a track triggers or starts playing (`playingOnly`:
 * only starts playing, so fired_slot_index is not observed for it).
 */
export function onSlotLaunch(song: SongFacade, bus: EventBus, launched: (sceneIndex: number) => void, playingOnly = false): Unsubscribe {
  const tracks = new Subscriptions();
  const follow = (): void => {
    tracks.dispose();
    for (const track of song.simpleTracks()) {
      for (const slot of playingOnly ? [track.playingSlot()] : [track.firedSlot(), track.playingSlot()]) {
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

/** When a start of play seen at `now` launched: the launch quantum's boundary nearest it (song time arrives in 16ths). */
export function launchTime(now: number, quantum: number): number {
  return quantum > 0 ? Math.round(now / quantum) * quantum : now;
}

/**
 * Fires the scene and waits until it plays, by the first track holding a clip in its row (which must be
 * loaded): a playing song launches it on the next boundary (at once with None), a stopped one starts with
 * it. Null when the row holds no clip.
 */
export function fireAndLaunch(song: SongFacade, seq: SequenceContext, scene: Scene, name: string): Sequence<unknown> | null {
  const slot = scene.clipSlots.find((s) => s.hasClip);
  const track = slot === undefined ? null : song.track(slot.trackId);
  if (track === null) return null;
  const fired = track.firedSlot();
  const playing = track.playingSlot();
  const launch: Sequence<unknown> = new Sequence(seq, name).add(() => scene.fire(), { name: "fire scene" });
  if (song.isPlaying() && song.launchQuantum() > 0) {
    return launch
      .waitFor(fired, (index) => index === scene.index, { name: "scene triggered" })
      .waitFor(fired, (index) => index !== scene.index, { name: "scene launched" });
  }
  return song.isPlaying() ? launch : launch.waitFor(playing, (index) => index === scene.index, { name: "scene launched" });
}
