// Looping scenes: a looping scene is fired again at its end, so clips of different lengths restart
// together, until it is toggled off. Scenes launch on the song's launch quantization (one bar by
// default), so the scene is fired in the middle of its last bar and starts again exactly at its end;
// firing on the boundary itself would race the launch into the bar after.
import type { ActionDeps } from "./ActionDeps";
import { sceneBars } from "./SceneLength";
import type { Scene } from "../model/Scene";
import { Sequence } from "../sequence/Sequence";

export class SceneLooper {
  private readonly cycles = new Map<Scene, Sequence>();
  /** A looping scene keeps its row loaded after the selection moves on: its length comes from its clips. */
  private readonly rows = new Map<Scene, () => void>();

  constructor(private readonly deps: ActionDeps) {}

  toggle(scene: Scene): void {
    if (scene.looping) this.stop(scene);
    else this.start(scene);
  }

  stop(scene: Scene): void {
    scene.looping = false;
    this.cycles.get(scene)?.cancel();
    this.cycles.delete(scene);
    this.rows.get(scene)?.();
    this.rows.delete(scene);
    this.deps.log.info(`Scene "${scene.name}" no longer loops`);
  }

  private start(scene: Scene): void {
    scene.looping = true;
    this.rows.set(scene, this.deps.mirror.hold(scene.id, "clip_slots").release);
    this.deps.log.info(`Scene "${scene.name}" loops`);
    this.cycle(scene);
  }

  /** One turn: fire, wait for the launch, wait until the middle of the last bar; the next turn follows. */
  private cycle(scene: Scene): void {
    const { mirror, seq, song } = this.deps;
    const slot = scene.clipSlots.find((s) => s.hasClip);
    if (slot === undefined) return this.stop(scene);
    const trackId = slot.trackId;
    if (trackId === null) return this.stop(scene);
    const fired = mirror.observable(trackId, "Track", "fired_slot_index");
    const playing = mirror.observable(trackId, "Track", "playing_slot_index");
    const sequence = new Sequence(seq, `loop scene "${scene.name}"`).add(() => scene.fire(), { name: "fire scene" });
    // A playing song launches the scene on the next bar; a stopped one starts with it at once.
    if (song.isPlaying()) {
      sequence
        .waitFor(fired, (index) => index === scene.index, { name: "scene triggered" })
        .waitFor(fired, (index) => index !== scene.index, { name: "scene launched" });
    } else {
      sequence.waitFor(playing, (index) => index === scene.index, { name: "scene launched" });
    }
    sequence
      .waitBeats((sceneBars(song, scene) - 0.5) * song.barBeats())
      .add(() => {
        if (scene.looping && scene.exists) this.cycle(scene);
      })
      .done();
    this.cycles.set(scene, sequence);
    // The song stopped, the set was reinitialised or the scene went: looping ends with it.
    sequence.onEnd((ended) => {
      if (ended.isTerminated || this.cycles.get(scene) !== ended) return;
      this.cycles.delete(scene);
      if (scene.looping) this.stop(scene);
    });
  }
}
