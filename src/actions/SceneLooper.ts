// Looping scenes: a looping scene is fired again at its end, so clips of different lengths restart
// together, until it is toggled off. Scenes launch on the song's launch quantization
// (Song.clip_trigger_quantization, one bar by default), so the re-fire follows it (`loopTiming`):
// - None: Live launches at once, so the scene is fired at its end itself.
// - A quantum q that divides the scene's length: fired half a q before the end, so Live launches on the
//   boundary that is the end (firing on the boundary itself would race the launch into the next one).
//   With 1 bar that is the middle of the last bar, as before.
// - A quantum longer than the scene (or not dividing its length): no launch can land on the end. Live
//   launches on the next q boundary after it, whenever the scene is fired before that, and the clips
//   loop on by themselves meanwhile; the loop keeps Live's grid rather than changing the musician's
//   quantization, fires half a q before that boundary, and says so in the log.
// A loop yields, as the original's LoopingSceneToggler: it ends when a track launches a slot of another
// scene (the musician launched a scene or a clip elsewhere) and when a recording starts.
// All lengths are quarter notes (clip and song time), waited as such: waitBeats counts signature
// beats, which are eighths in 6/8.
import type { ActionServices } from "./ActionServices";
import { tellRefusal } from "./Action";
import type { Scene } from "../model/Scene";
import { LAUNCH_QUANTIZATIONS } from "../model/Song";
import { Sequence } from "../sequence/Sequence";
import { Subscriptions } from "../events/Subscriptions";
import { RecordingStartedEvent } from "./recording/RecordingStartedEvent";
import { fireAndLaunch, onSlotLaunch } from "./SceneLaunches";
import { untilSettled } from "./untilSettled";
import type { SavedValue } from "./saved/SavedValue";
import { convert, flatList, number, optionalRef } from "./saved/SavedSchema";
import { beatsAsBars } from "../time/BarsText";
import { sceneAtStart, sceneText } from "./SceneNames";

const EPSILON = 1e-9;

/** A looping scene and the song time it last launched at (-1: not launched yet). */
interface Loop {
  readonly scene: Scene;
  readonly launchedAt: number;
}

/**
 * When a looping scene launched at a launch boundary fires again and relaunches, in quarter notes
 * after that launch: `fireAfter` to fire at, `period` to the next launch (the scene's length, unless
 * the quantization is longer than it or does not divide it: then the next boundary after the end).
 */
export function loopTiming(length: number, quantum: number): { fireAfter: number; period: number } {
  if (quantum <= 0 || length <= 0) return { fireAfter: length, period: length };
  const period = Math.ceil(length / quantum - EPSILON) * quantum;
  return { fireAfter: period - quantum / 2, period };
}

export class SceneLooper {
  private readonly cycles = new Map<Scene, Sequence<unknown>>();
  /** A looping scene keeps its row loaded after the selection moves on: its length comes from its clips. */
  private readonly rows = new Map<Scene, () => void>();
  /** The looping scenes, kept across a Node restart: a restarted bundle waits for each one's end from its launch. */
  private readonly loops: SavedValue<readonly Loop[]>;
  /** The length and quantization last logged as not meeting (said once, not every turn). */
  private readonly noted = new Map<Scene, string>();
  /** What ends the loops, listened to while a scene loops. */
  private readonly yielding = new Subscriptions();

  constructor(private readonly services: ActionServices) {
    const scene = optionalRef((id) => services.song.scenes().find((s) => s.id === id));
    const schema = convert(
      flatList({ scene, launchedAt: number }),
      // A scene gone meanwhile is left out; the others loop on.
      (loops) => loops.filter((loop): loop is Loop => loop.scene !== null),
      (loops) => loops.filter((loop) => loop.scene.looping),
    );
    this.loops = services.runtime.saved.declare({
      key: "loops",
      version: 1,
      schema,
      initial: [],
      restored: (loops) => loops.filter((loop) => !loop.scene.looping).forEach((loop) => this.resume(loop.scene, loop.launchedAt)),
    });
  }

  /** Answers what the scene does now. */
  toggle(scene: Scene): string {
    if (scene.looping) this.stop(scene);
    else this.start(scene);
    return `${sceneAtStart(scene)} ${scene.looping ? "loops" : "no longer loops"}`;
  }

  stop(scene: Scene): void {
    scene.looping = false;
    this.cycles.get(scene)?.cancel();
    this.cycles.delete(scene);
    this.rows.get(scene)?.();
    this.rows.delete(scene);
    this.loops.set(this.loops.get().filter((loop) => loop.scene !== scene));
    this.noted.delete(scene);
    if (this.rows.size === 0) this.yielding.dispose();
    this.services.log.info(`${sceneAtStart(scene)} no longer loops`);
  }

  private start(scene: Scene): void {
    this.loop(scene);
    this.services.log.info(`${sceneAtStart(scene)} loops`);
    this.cycle(scene);
  }

  private loop(scene: Scene): Promise<void> {
    if (this.rows.size === 0) this.yieldToOthers();
    scene.looping = true;
    const row = scene.loadClipSlots();
    this.rows.set(scene, () => row.release());
    return row.loaded;
  }

  /** Stops every loop once another scene's slot launches or a recording starts. */
  private yieldToOthers(): void {
    const { song, runtime } = this.services;
    const looping = (): Scene[] => [...this.rows.keys()];
    this.yielding.add(
      onSlotLaunch(song, runtime.sequences.bus, (index) => {
        for (const scene of looping()) if (scene.index !== index) this.stop(scene);
      }),
    );
    this.yielding.add(runtime.sequences.bus.subscribe(RecordingStartedEvent, () => looping().forEach((scene) => this.stop(scene))));
  }

  /**
   * A scene an earlier bundle was looping when Node restarted: it is still playing, so it is not fired
   * again now, only at its end, counted from when it launched (or at once when that is unknown or past).
   */
  private resume(scene: Scene, launchedAt: number): void {
    const { song, runtime } = this.services;
    const seq = runtime.sequences;
    const loaded = this.loop(scene);
    this.launched(scene, launchedAt);
    this.services.log.info(`${sceneAtStart(scene)} loops again after a restart`);
    const sequence = new Sequence(seq, `resume the loop of ${sceneText(scene)}`)
      .add(() => untilSettled(seq, "read the scene's row", loaded), { name: "read the row" })
      .add(() => {
        const { fireAfter, period } = this.timing(scene);
        const elapsed = song.currentSongTime() - launchedAt;
        // Its clips went on looping meanwhile: the next launch is a whole number of periods after the launch.
        const beats = launchedAt < 0 || period <= 0 ? 0 : Math.max(0, Math.ceil((elapsed - fireAfter) / period - EPSILON)) * period + fireAfter - elapsed;
        return new Sequence(seq, "until the scene's end").waitBars(Math.max(0, beats) / song.barBeats()).done();
      })
      .add(() => {
        if (scene.looping && scene.exists) this.cycle(scene);
      })
      .done();
    this.follow(scene, sequence);
  }

  /** The scene's re-fire timing by its length and the launch quantization now; logs a quantization longer than it. */
  private timing(scene: Scene): { fireAfter: number; period: number } {
    const { song } = this.services;
    const length = scene.bars(song.barBeats()) * song.barBeats();
    const quantum = song.launchQuantum();
    const timing = loopTiming(length, quantum);
    const note = `${length}/${quantum}`;
    const bars = (beats: number): string => beatsAsBars(beats, song.barBeats());
    if (timing.period > length + EPSILON && this.noted.get(scene) !== note) {
      this.noted.set(scene, note);
      this.services.log.info(
        `${sceneAtStart(scene)} is ${bars(length)} long and launch quantization is ${LAUNCH_QUANTIZATIONS[song.launchQuantization()]}: it restarts on the next quantization boundary, ${bars(timing.period)} after its launch`,
      );
    }
    return timing;
  }

  /** One turn: fire, wait for the launch, wait until the re-fire point (`loopTiming`); the next turn follows. */
  private cycle(scene: Scene): void {
    const { song, runtime } = this.services;
    const seq = runtime.sequences;
    const launch = fireAndLaunch(song, seq, scene, `loop ${sceneText(scene)}`);
    if (launch === null) return this.stop(scene);
    const sequence = launch
      .add(() => this.launched(scene, song.currentSongTime()))
      .add(() => new Sequence(seq, "until the re-fire").waitBars(this.timing(scene).fireAfter / song.barBeats()).done(), { name: "until the re-fire" })
      .add(() => {
        if (scene.looping && scene.exists) this.cycle(scene);
      })
      .done();
    this.follow(scene, sequence);
  }

  /** The scene's launch time (-1: unknown) replaces the one its loop had; a new loop comes last. */
  private launched(scene: Scene, launchedAt: number): void {
    const loops = this.loops.get();
    const loop = { scene, launchedAt };
    this.loops.set(loops.some((l) => l.scene === scene) ? loops.map((l) => (l.scene === scene ? loop : l)) : [...loops, loop]);
  }

  /** The song stopped, the set was reinitialised or the scene went: looping ends with the turn. */
  private follow(scene: Scene, sequence: Sequence<unknown>): void {
    this.cycles.set(scene, sequence);
    if (!this.loops.get().some((loop) => loop.scene === scene)) this.launched(scene, -1);
    sequence.onEnd((ended) => {
      // No action runner follows a turn: a fire Live refused is told here, and ends the loop.
      tellRefusal(this.services.status, "Loop scene", ended);
      if (ended.isTerminated || this.cycles.get(scene) !== ended) return;
      this.cycles.delete(scene);
      if (scene.looping) this.stop(scene);
    });
  }
}
