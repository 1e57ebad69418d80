// Which scene an action's `scene` argument names: the selected one, the next or previous one (from the
// playing scene, or the selected one when none plays), a number from 1, or a scene's name.
import type { Scene } from "../model/Scene";
import type { SongFacade } from "../model/SongFacade";
import { target } from "./ActionParams";

export const SCENE_WORDS = ["selected", "next", "previous"] as const;

export const sceneParam = target("scene", SCENE_WORDS, "selected");

/** The scene, or why there is none, in the musician's words. */
export function sceneFor(song: SongFacade, which: string | number): Scene | string {
  const scenes = song.scenes();
  if (typeof which === "number") return scenes[which - 1] ?? `no scene ${which} (the set has ${scenes.length})`;
  if (which === "selected") return song.selectedScene() ?? "no selected scene";
  if (which === "next" || which === "previous") {
    const from = song.playingScene() ?? song.selectedScene();
    if (from === null) return `no scene to go on from to the ${which}`;
    return scenes[from.index + (which === "next" ? 1 : -1)] ?? `no ${which} scene after scene ${from.index + 1}`;
  }
  return scenes.find((scene) => scene.name.trim() === which.trim()) ?? `no scene named "${which}"`;
}
