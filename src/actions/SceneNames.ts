// How the device's sentences name a scene. Live leaves a scene it makes (for a take, an insert) unnamed:
// such a scene is called by its number, counted from 1 as in Live's window, never by a blank.
import type { Scene } from "../model/Scene";

/** How the status line names a scene: its name, or its number when it has none ("Verse", "scene 4"). */
export const nameOf = (scene: Scene): string => scene.name || `scene ${scene.index + 1}`;

/** A scene within a sentence: `scene "Verse"`, or `scene 4` when it has no name. */
export const sceneText = (scene: Scene): string => (scene.name === "" ? `scene ${scene.index + 1}` : `scene "${scene.name}"`);

/** The same at the start of a sentence: `Scene "Verse"`, `Scene 4`. */
export const sceneAtStart = (scene: Scene): string => `S${sceneText(scene).slice(1)}`;
