// Selecting a track by the name the mapping gives it: a knob that goes straight to the bass, wherever
// the selection is. Selecting is not an edit: Live records no undo step.
import { PRESS, defineAction, answered } from "./Action";
import { text } from "./ActionParams";
import type { SimpleTrack } from "../model/SimpleTrack";
import type { SongFacade } from "../model/SongFacade";

/** The name of a track in the set (the pre-show check looks it up there). */
export const trackNameParam = text("a track's name");

/** The first track of that name (case and surrounding spaces aside), never an input track. */
function trackNamed(song: SongFacade, wanted: string): SimpleTrack | undefined {
  const key = wanted.trim().toLowerCase();
  return song.simpleTracks().find((track) => track.name.trim().toLowerCase() === key && !track.holdsInput);
}

export const TRACK_BY_NAME_ACTIONS = [
  defineAction({
    id: "nav.track",
    title: "Select track",
    description: "Selects the track the mapping names (its name argument), the first of that name.",
    gestures: PRESS,
    needs: [],
    params: { name: trackNameParam },
    refuse: ({ song, args }) => {
      if (args.name.trim() === "") return "no track name given: set the name argument";
      return trackNamed(song, args.name) === undefined ? `no track named "${args.name}"` : undefined;
    },
    run: ({ song, args }) => {
      const track = trackNamed(song, args.name);
      return track === undefined ? undefined : answered(track.select(), `Track: ${track.name}`);
    },
  }),
];
