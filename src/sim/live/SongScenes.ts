// Song's scene operations (create_scene, delete_scene, duplicate_scene on https://docs.cycling74.com/apiref/lom/song/):
// a scene is a row across the tracks, so each one also adds or removes a clip slot on every track.
import { LiveError } from "./LiveObject";
import { Scene } from "./Scene";
import type { SceneInit } from "./Scene";
import type { Song } from "./Song";

export function sceneAt(song: Song, index: number): Scene {
  const scene = song.scenes[index];
  if (!scene) throw new LiveError(`scene index ${index} out of range (${song.scenes.length} scenes)`);
  return scene;
}

export function createScene(song: Song, index: number, init: SceneInit): Scene {
  const at = song.insertionIndex(index, song.scenes.length, "scene");
  const scene = new Scene(song.core, init);
  song.scenes.splice(at, 0, scene);
  for (const t of song.tracks) t.addSlot(at);
  song.core.undo.record(`create ${scene}`, () => deleteScene(song, scene));
  scenesChanged(song);
  return scene;
}

/** delete_scene; undo re-creates the scene and its clips (with new ids). */
export function deleteScene(song: Song, scene: Scene): void {
  if (song.scenes.length === 1) throw new LiveError("delete_scene: a set needs at least one scene");
  const index = scene.index;
  const init = scene.describe();
  const clips = song.tracks.map((t) => t.clipSlots[index].clip?.describe() ?? null);
  const wasSelected = song.view.selectedScene === scene;
  for (const t of song.tracks) t.removeSlot(index);
  song.scenes.splice(index, 1);
  song.core.kill(scene);
  song.core.undo.record(`delete ${scene}`, () => {
    createScene(song, index, init);
    song.tracks.forEach((t, i) => {
      const clip = clips[i];
      if (clip && !t.isGroup) t.clipSlots[index].putClip(clip, false);
    });
  });
  scenesChanged(song);
  if (wasSelected) song.view.select("selected_scene", song.scenes[Math.min(index, song.scenes.length - 1)]);
}

/** duplicate_scene: a copy of the scene and its clips right below it. */
export function duplicateScene(song: Song, scene: Scene): void {
  const index = scene.index;
  const copy = createScene(song, index + 1, scene.describe());
  for (const t of song.tracks) {
    const clip = t.clipSlots[index].clip;
    if (clip) t.clipSlots[index + 1].putClip(clip.describe(), true);
  }
  song.view.select("selected_scene", copy);
}

/** A scene came or went: the scene list and every track's slot list changed, the track list did not. */
function scenesChanged(song: Song): void {
  song.core.markStructureChanged();
  song.core.notify(song, "scenes");
  for (const t of song.tracks) song.core.notify(t, "clip_slots");
}
