// How long a scene plays: its longest clip, in whole bars of the song's signature.
import { regionOf } from "./ClipRegion";
import type { Clip } from "../model/Clip";
import type { Scene } from "../model/Scene";
import type { SongFacade } from "../model/SongFacade";

export function sceneClips(scene: Scene): Clip[] {
  return scene.clipSlots.map((slot) => slot.clip()).filter((clip): clip is Clip => clip !== null);
}

/** 0 for a scene without clips. */
export function sceneBars(song: SongFacade, scene: Scene): number {
  const beats = Math.max(0, ...sceneClips(scene).map((clip) => regionOf(clip).end - regionOf(clip).start));
  return Math.ceil(beats / song.barBeats() - 1e-9);
}
