// Song mode, as the original's: while it is on, a scene that starts playing fires the next one at its
// end, so the session plays through as a song. Scenes whose name starts with the skip prefix (the
// mapping's `skipScenePrefix`, "skip" unless set; spaces around the name and case ignored) are passed
// over; the last scene plays on (its clips loop); a looping scene (scene.loop) loops on, and song mode
// goes on at the end of the turn it stops looping in. The next scene is fired as a looping scene
// re-fires (loopTiming): half a launch quantum before the end, so Live launches it on the boundary that
// is the end. Whoever launched a scene (a knob, the mouse, Push), song mode goes on from it.
// On, the scene it follows and that scene's launch survive a Node restart (one saved value).
import type { ActionServices } from "./ActionServices";
import { tellRefusal } from "./Action";
import type { Scene } from "../model/Scene";
import { Sequence } from "../sequence/Sequence";
import { Subscriptions } from "../events/Subscriptions";
import { launchTime, onSlotLaunch } from "./SceneLaunches";
import { loopTiming } from "./SceneLooper";
import { untilSettled } from "./untilSettled";
import type { SavedValue } from "./saved/SavedValue";
import { number, optionalRef, orNone, record } from "./saved/SavedSchema";
import { nameOf } from "./SceneNames";

export const DEFAULT_SKIP_PREFIX = "skip";

const EPSILON = 1e-9;

/** The scene playing and the song time it launched at; no scene (-1) while none plays. */
interface Followed {
  readonly scene: Scene | null;
  readonly launchedAt: number;
}

const NONE: Followed = { scene: null, launchedAt: -1 };

export class SongMode {
  /** Null while off. */
  private readonly followed: SavedValue<Followed | null>;
  /** The last scene launched, kept while off too: song mode turned on goes on from it. */
  private last: Followed = NONE;
  private turn: Sequence<unknown> | null = null;
  private readonly launches = new Subscriptions();

  constructor(private readonly services: ActionServices) {
    const scene = optionalRef((id) => services.song.scenes().find((s) => s.id === id));
    this.followed = services.runtime.saved.declare({
      key: "songMode",
      version: 1,
      schema: orNone(record({ scene, launchedAt: number }), 0),
      initial: null,
      restored: (followed) => {
        if (followed === null) return;
        this.last = followed.scene !== null && services.song.playingScene() === followed.scene ? followed : NONE;
        this.followed.set(this.last);
        this.follow();
      },
    });
    const { song, runtime } = services;
    this.launches.add(onSlotLaunch(song, runtime.sequences.bus, (index) => this.launched(index), true));
    this.launches.add(song.playing().subscribe((playing) => playing === false && this.launched(-1)));
  }

  get on(): boolean {
    return this.followed.get() !== null;
  }

  private prefix(): string {
    return skipPrefix(this.services);
  }

  private skipped(scene: Scene): boolean {
    return isSkipped(scene, this.prefix());
  }

  /** Why song mode cannot be turned on: it needs two scenes to go from one to the other. */
  refusal(): string | undefined {
    if (this.on) return undefined;
    const played = this.services.song.scenes().filter((scene) => !this.skipped(scene));
    return played.length < 2 ? `song mode needs two scenes not named "${this.prefix()}…"` : undefined;
  }

  toggle(): string {
    if (this.on) {
      this.followed.set(null);
      this.stopTurn();
      return "Song mode off";
    }
    this.followed.set(this.last);
    this.follow();
    const scene = this.last.scene;
    const next = scene === null ? null : this.nextOf(scene);
    return `Song mode on${scene === null ? "" : next === null ? `: ${nameOf(scene)} is the last scene` : `: ${nameOf(next)} after ${nameOf(scene)}`}`;
  }

  /** The scene after `scene` that is not skipped; null after the last. */
  private nextOf(scene: Scene): Scene | null {
    return this.services.song.scenes().find((other) => other.index > scene.index && !this.skipped(other)) ?? null;
  }

  /** A track started playing a slot of scene `index` (-1: the song stopped). */
  private launched(index: number): void {
    const { song } = this.services;
    const scene = index < 0 ? null : song.scenes()[index] ?? null;
    if (scene !== null && scene === this.last.scene) return;
    this.last = scene === null ? NONE : { scene, launchedAt: launchTime(song.currentSongTime(), song.launchQuantum()) };
    if (!this.on) return;
    this.followed.set(this.last);
    this.follow();
  }

  /** Waits for the followed scene's end (read from its row) and fires the next one there; none before `notBefore`. */
  private follow(notBefore = this.services.song.currentSongTime()): void {
    this.stopTurn();
    const { scene, launchedAt } = this.last;
    if (scene === null || launchedAt < 0) return;
    const next = this.nextOf(scene);
    if (next === null) return this.services.log.info(`Song mode: ${nameOf(scene)} is the last scene, it plays on`);
    const { song, runtime } = this.services;
    const seq = runtime.sequences;
    const row = scene.loadClipSlots();
    let timing = { fireAt: 0, period: 0 };
    const turn = new Sequence(seq, `song mode: ${nameOf(next)} after ${nameOf(scene)}`)
      .add(() => untilSettled(seq, "read the scene's row", row.loaded), { name: "read the row" })
      .add(() => {
        timing = this.timing(scene, launchedAt, notBefore);
        return new Sequence(seq, "until the scene's end").waitBars(Math.max(0, timing.fireAt - song.currentSongTime()) / song.barBeats()).done();
      })
      // A looping scene loops on: song mode waits for the end of its next turn.
      .add(() => (scene.looping ? undefined : next.fire()), { name: "fire the next scene" })
      .done();
    this.turn = turn;
    turn.onEnd((ended) => {
      row.release();
      tellRefusal(this.services.status, "Song mode", ended);
      if (this.turn === ended && ended.status === "terminated" && scene.looping && timing.period > 0) this.follow(timing.fireAt + timing.period / 2);
    });
  }

  /**
   * When to fire the next scene (`fireAt`, song time) for the scene launched at `launchedAt`: its first
   * fire point at or after `notBefore`, since its clips loop on meanwhile (a turn on after a restart may
   * find the scene well past its first end); `period`, the scene's turn.
   */
  private timing(scene: Scene, launchedAt: number, notBefore: number): { fireAt: number; period: number } {
    const { song } = this.services;
    const { fireAfter, period } = loopTiming(scene.bars(song.barBeats()) * song.barBeats(), song.launchQuantum());
    const late = notBefore - launchedAt - fireAfter;
    const turns = late <= 0 || period <= 0 ? 0 : Math.ceil(late / period - EPSILON);
    return { fireAt: launchedAt + turns * period + fireAfter, period };
  }

  private stopTurn(): void {
    const turn = this.turn;
    this.turn = null;
    turn?.cancel();
  }
}

/** The prefix of the scenes song mode skips: the mapping's, else the original's "skip" (lower case, trimmed). */
export function skipPrefix({ runtime }: ActionServices): string {
  return (runtime.skipScenePrefix() ?? DEFAULT_SKIP_PREFIX).trim().toLowerCase();
}

/** Whether the scene is one song mode passes over: its name, trimmed, starts with the prefix, whatever its case. */
export function isSkipped(scene: Scene, prefix: string): boolean {
  return scene.name.trim().toLowerCase().startsWith(prefix);
}
