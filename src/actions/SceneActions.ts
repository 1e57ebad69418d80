// The scene knobs: fire, loop, create, duplicate, delete the selected scene, and split or crop it at a
// scrolled bar (Song.create_scene / duplicate_scene / delete_scene, https://docs.cycling74.com/apiref/lom/song/).
import { scrollSteps } from "./Action";
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import { SceneCut } from "./SceneCut";
import { sceneClips } from "./SceneLength";
import { SceneLooper } from "./SceneLooper";
import type { Scene } from "../model/Scene";

export function installSceneActions(registry: ActionRegistry, deps: ActionDeps): void {
  const { song, mirror } = deps;
  const scene = (): Scene => song.selectedScene()!;
  const looper = new SceneLooper(deps);

  registry.implement("scene.fire", () => scene().fire());
  // Not returned: the loop lasts until toggled off, while the action (and its undo step) ends now.
  registry.implement(
    "scene.loop",
    () => looper.toggle(scene()),
    () => {
      const selected = song.selectedScene()!;
      return !selected.looping && sceneClips(selected).length === 0 ? `scene "${selected.name}" has no clips` : undefined;
    },
  );
  registry.implement("scene.create", () => {
    const selected = song.selectedScene();
    return mirror.call(mirror.songId, "Song", "create_scene", [selected?.exists ? selected.index + 1 : -1]);
  });
  // Live selects the copy (Song.duplicate_scene).
  registry.implement("scene.duplicate", () => mirror.call(mirror.songId, "Song", "duplicate_scene", [scene().index]));
  registry.implement(
    "scene.delete",
    () => {
      const doomed = scene();
      if (doomed.looping) looper.stop(doomed);
      return mirror.call(mirror.songId, "Song", "delete_scene", [doomed.index]);
    },
    () => (song.scenes().length <= 1 ? "a set keeps at least one scene" : undefined),
  );

  for (const kind of ["split", "crop"] as const) {
    const cut = new SceneCut(kind, deps);
    registry.implement(
      `scene.${kind}`,
      (context) => (context.gesture === "scroll" ? cut.scroll(scene(), scrollSteps(context)) : cut.apply(scene())),
      () => cut.refusal(song.selectedScene()!),
    );
  }
}
