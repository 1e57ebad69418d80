// The scene knobs: fire, loop, create, duplicate, delete the selected scene, and split or crop it at a
// scrolled bar.
import { PRESS, PRESS_OR_SCROLL, actionState, defineAction, answered } from "./Action";
import { sceneText } from "./SceneNames";
import { SceneCut, type SceneCutKind } from "./SceneCut";
import { SceneLooper } from "./SceneLooper";
import { sceneFor, sceneParam } from "./SceneTarget";

const looper = actionState((services) => new SceneLooper(services));

function cutAction(kind: SceneCutKind, title: string, description: string) {
  return defineAction({
    id: `scene.${kind}`,
    title,
    description,
    gestures: PRESS_OR_SCROLL,
    needs: ["selectedScene"],
    state: actionState((services) => new SceneCut(kind, services)),
    refuse: ({ scene, state }) => state.refusal(scene),
    run: ({ scene, state, context, steps }) => (context.gesture === "scroll" ? state.scroll(scene, steps) : state.apply(scene)),
  });
}

export const SCENE_ACTIONS = [
  defineAction({
    id: "scene.fire",
    title: "Fire scene",
    description: "Fires the selected scene, or the mapping's: the next or previous one (from the playing scene), a number or a name.",
    gestures: PRESS,
    needs: [],
    params: { scene: sceneParam },
    refuse: ({ song, args }) => {
      const scene = sceneFor(song, args.scene);
      return typeof scene === "string" ? scene : undefined;
    },
    run: ({ song, args }) => {
      const scene = sceneFor(song, args.scene);
      if (typeof scene === "string") return;
      return answered(scene.fire(), `Scene ${scene.index + 1} fired`);
    },
  }),
  // Not returned: the loop lasts until toggled off, while the action (and its undo step) ends now.
  defineAction({
    id: "scene.loop",
    title: "Loop scene",
    description: "Toggles looping of the selected scene: it is fired again at its end until toggled off, another scene or a clip of one is launched, or a recording starts.",
    gestures: PRESS,
    needs: ["selectedScene"],
    state: looper,
    refuse: ({ scene }) => (!scene.looping && scene.clips().length === 0 ? `${sceneText(scene)} has no clips` : undefined),
    run: ({ scene, state }) => state.toggle(scene),
  }),
  defineAction({
    id: "scene.create",
    title: "Create scene",
    description: "Creates a scene after the selected one.",
    gestures: PRESS,
    needs: [],
    run: ({ song }) => {
      const selected = song.selectedScene();
      const index = selected?.exists ? selected.index + 1 : song.scenes().length;
      return answered(song.createScene(selected?.exists ? index : -1), `Scene ${index + 1} created`);
    },
  }),
  // Live selects the copy (Song.duplicate_scene).
  defineAction({
    id: "scene.duplicate",
    title: "Duplicate scene",
    description: "Duplicates the selected scene.",
    gestures: PRESS,
    needs: ["selectedScene"],
    run: ({ song, scene }) => {
      return answered(song.duplicateScene(scene.index), `Scene ${scene.index + 1} duplicated`);
    },
  }),
  defineAction({
    id: "scene.delete",
    title: "Delete scene",
    description: "Deletes the selected scene.",
    gestures: PRESS,
    needs: ["selectedScene"],
    state: looper,
    refuse: ({ song }) => (song.scenes().length <= 1 ? "a set keeps at least one scene" : undefined),
    run: ({ song, scene, state }) => {
      if (scene.looping) state.stop(scene);
      const text = `Scene ${scene.index + 1} deleted`;
      return answered(song.deleteScene(scene.index), text);
    },
  }),
  cutAction("split", "Split scene", "Turn to choose a bar; press splits the selected scene there: the bars after it move to a copy below."),
  cutAction("crop", "Crop scene", "Turn to choose how many bars to keep; press crops the clips of the selected scene to them."),
];
