// The Song group's knobs: song mode (each scene fires the next at its end), firing the selected scene
// from a bar chosen by scrolling, and copying the session's scenes to the arrangement.
import { PRESS, PRESS_OR_SCROLL, actionState, defineAction } from "./Action";
import { SceneFromBar } from "./SceneFromBar";
import { SessionToArrangement } from "./SessionToArrangement";
import { SongMode } from "./SongMode";

export const SONG_ACTIONS = [
  // Device state only: no undo entry.
  defineAction({
    id: "song.mode",
    title: "Song mode",
    description: 'Toggles song mode: at the end of each scene the next one fires, passing over scenes named "skip…" (the mapping\'s skipScenePrefix).',
    gestures: PRESS,
    needs: [],
    state: actionState((services) => new SongMode(services)),
    refuse: ({ state }) => state.refusal(),
    run: ({ state }) => state.toggle(),
  }),
  defineAction({
    id: "song.fireFromBar",
    title: "Fire scene from bar",
    description: "Turning chooses a bar of the selected scene; press fires the scene and moves the song to that bar (Song.scrub_by).",
    gestures: PRESS_OR_SCROLL,
    needs: ["selectedScene"],
    state: actionState((services) => new SceneFromBar(services)),
    refuse: ({ scene, state }) => state.refusal(scene),
    run: ({ scene, state, context, steps }) => (context.gesture === "scroll" ? state.scroll(scene, steps) : state.fire(scene)),
  }),
  // One undo entry a clip copied and two a scene (its cue placed and named): SessionToArrangement.ts.
  defineAction({
    id: "song.toArrangement",
    title: "Session to arrangement",
    description: "Copies the scenes with clips, in order and end to end, to an empty arrangement, with a cue point named after each scene (song mode's skip scenes left out).",
    gestures: PRESS,
    needs: [],
    state: actionState((services) => new SessionToArrangement(services)),
    refuse: ({ state }) => state.refusal(),
    run: ({ state }) => state.copy(),
  }),
];
