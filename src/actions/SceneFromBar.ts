// Firing the selected scene from a bar chosen by scrolling. Live gives a launch no start offset:
// Scene.fire takes only force_legato and can_select_scene_on_launch, ClipSlot.fire only record_length
// and launch_quantization, Clip.fire nothing (Live 12's API inventory, the bridge's whitelist in
// src/lom/lomData.json). Session clips play in time with the song position, so what Live allows is to
// fire the scene and, once it plays, move the song position by the bar's offset with Song.scrub_by
// ("Same as jump_by, but does not stop playback"), as the original does (it fires the scene, then
// scrubs the song by the chosen bar minus the scene's position). Neither is an edit: no undo entry.
import { ActionWarning } from "./Action";
import type { ActionServices } from "./ActionServices";
import type { Scene } from "../model/Scene";
import { Sequence } from "../sequence/Sequence";
import { fireAndLaunch, launchTime } from "./SceneLaunches";
import { nameOf, sceneText } from "./SceneNames";

export class SceneFromBar {
  /** The chosen bar, from 1. */
  private bar = 1;

  constructor(private readonly services: ActionServices) {}

  refusal(scene: Scene): string | undefined {
    return scene.bars(this.services.song.barBeats()) === 0 ? `${sceneText(scene)} has no clips` : undefined;
  }

  /** The bar the scene fires from: the chosen one, within the scene. */
  point(scene: Scene): number {
    return Math.max(1, Math.min(scene.bars(this.services.song.barBeats()), this.bar));
  }

  scroll(scene: Scene, steps: number): string {
    this.bar = Math.max(1, Math.min(scene.bars(this.services.song.barBeats()), this.point(scene) + steps));
    return `Fire ${nameOf(scene)} from bar ${this.bar} of ${scene.bars(this.services.song.barBeats())}`;
  }

  fire(scene: Scene): Sequence<unknown> {
    const { song, runtime } = this.services;
    const seq = runtime.sequences;
    const bar = this.point(scene);
    const launch = fireAndLaunch(song, seq, scene, `fire ${nameOf(scene)} from bar ${bar}`);
    if (launch === null) throw new ActionWarning(`${sceneText(scene)} has no clips`);
    const fired = `${nameOf(scene)} fired`;
    if (bar === 1) return launch.add(() => fired).done();
    return launch
      .add(() => {
        const now = song.currentSongTime();
        const playedSince = now - launchTime(now, song.launchQuantum());
        return song.scrubBy((bar - 1) * song.barBeats() - playedSince);
      })
      .add(() => `${fired} from bar ${bar}`)
      .done();
  }
}
