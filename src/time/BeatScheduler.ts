// Time in beats, following the observed song position. The LOM mirror calls onSongTime when
// `current_song_time` changes and onPlayingChanged when `is_playing` changes; both run synchronously.
// The metro calls it at the start of every tick (TickScheduler.everyTick).
//
// Between the positions, which arrive quantized, the song time is extrapolated by the tempo on each
// tick (SongTimeEstimate.ts says how, and why it is exact or within a tick).
//
// Waits count musical time actually played, so they are tempo independent: a wait of 4 beats fires
// on the first tick (or observed position) at least 4 beats of play after it was made.
//
// Starts and stops:
// - Stopping the song cancels every beat wait, as the original's reset on stop does: one registered
//   with `onSongStopped` has that called instead (the original's execute_on_song_stop), the others
//   are dropped. Waits never resume after a restart: the position after a restart has no relation
//   to the one at the stop. Unlike the original (which left such a wait hanging), a wait asked for
//   while the song is stopped is answered at once the same way.
// - A start plays on from the position at the stop, or from the mirror's (SongTimeEstimate.ts).
// - Bar and beat events (events/BeatEvents.ts) fire as the original's do, before the waits due at the
//   same position, when the position enters their part of the bar; none while the song is stopped,
//   and no BarChangedEvent for the first position after a start. Added: a backward jump landing in the
//   first beat of a bar counts as a new bar even when the bar number is unchanged (a one-bar loop).
//
// Cost per tick (DESIGN.md budget): one estimate and one bar position, plus the waits due, popped from
// a heap keyed by the played time they fall due at: proportional to what is due, not to what waits.
import type { EventBus } from "../events/EventBus";
import {
  BarChangedEvent,
  BarEndingEvent,
  Last16thPassedEvent,
  Last32thPassedEvent,
  Last8thPassedEvent,
  LastBeatPassedEvent,
  ThirdBeatPassedEvent,
} from "../events/BeatEvents";
import { SongStartedEvent, SongStoppedEvent } from "../events/SongEvents";
import type { Logger } from "../log/Logger";
import { MinHeap } from "./MinHeap";
import { runLogged, ScheduledCallback, type Cancellable } from "./ScheduledCallback";
import { quarterNotesPerBar, quarterNotesPerBeat, type SongClock, type TimeSignature } from "./SongClock";
import { EPSILON, SongTimeEstimate } from "./SongTimeEstimate";
import type { TickScheduler } from "./TickScheduler";

interface BeatWait {
  scheduled: ScheduledCallback;
  onSongStopped: (() => void) | undefined;
}

/** Where a song position falls in its bar, as the flags the bar/beat events follow. */
interface BarPosition {
  bar: number;
  beat: number; // 0-based beat of the signature within the bar
  thirdBeat: boolean;
  lastBeat: boolean;
  last8th: boolean;
  last16th: boolean;
  last32th: boolean;
  barEnding: boolean;
}

function barPosition(songTime: number, signature: TimeSignature): BarPosition {
  const barLength = quarterNotesPerBar(signature);
  const beatLength = quarterNotesPerBeat(signature);
  const bar = Math.floor(songTime / barLength + EPSILON);
  const inBar = Math.max(0, songTime - bar * barLength);
  const beat = Math.min(signature.numerator - 1, Math.floor(inBar / beatLength + EPSILON));
  const inBeat = (inBar - beat * beatLength) / beatLength; // 0 to 1
  const lastBeat = beat === signature.numerator - 1;
  return {
    bar,
    beat,
    thirdBeat: beat === 2,
    lastBeat,
    last8th: lastBeat && inBeat >= 1 / 2 - EPSILON,
    last16th: lastBeat && inBeat >= 3 / 4 - EPSILON,
    last32th: lastBeat && inBeat >= 7 / 8 - EPSILON,
    barEnding: lastBeat && inBeat >= 15 / 16 - EPSILON,
  };
}

export class BeatScheduler {
  private readonly time: SongTimeEstimate;
  private previousPosition: BarPosition | null = null;
  private readonly waits = new MinHeap<BeatWait>();
  private pendingCount = 0;

  constructor(
    private readonly clock: SongClock,
    private readonly bus: EventBus,
    private readonly log: Logger,
    ticks: Pick<TickScheduler, "everyTick">,
  ) {
    this.time = new SongTimeEstimate(clock);
    ticks.everyTick(() => this.onTick());
  }

  /** Where the song is now, estimated between positions (quarter notes); null while stopped. */
  get position(): number | null {
    return this.time.position;
  }

  /** Quarter notes played since the scheduler started: what a gliding change is timed by. */
  get played(): number {
    return this.time.elapsed;
  }

  /** Beat waits not yet run or cancelled. */
  get pending(): number {
    return this.pendingCount;
  }

  /**
   * Calls `onElapsed` after `beats` beats of the current signature (0 runs it now). If the song stops
   * first, or is stopped now, `onSongStopped` runs instead (when given).
   */
  waitBeats(beats: number, onElapsed: () => void, onSongStopped?: () => void): Cancellable {
    if (!Number.isFinite(beats) || beats < 0) throw new RangeError(`waitBeats needs a finite number >= 0, got ${beats}`);
    return this.schedule(beats * quarterNotesPerBeat(this.clock.signature()), onElapsed, onSongStopped);
  }

  /** Like waitBeats, counting bars of the current signature. */
  waitBars(bars: number, onElapsed: () => void, onSongStopped?: () => void): Cancellable {
    if (!Number.isFinite(bars) || bars < 0) throw new RangeError(`waitBars needs a finite number >= 0, got ${bars}`);
    return this.schedule(bars * quarterNotesPerBar(this.clock.signature()), onElapsed, onSongStopped);
  }

  /**
   * The song position of the `count`th bar or beat line ahead (a line reached exactly now is not ahead),
   * to wait on the song's grid; null while nothing plays to land on.
   */
  gridLine(count: number, unit: "bar" | "beat"): number | null {
    const position = this.time.position;
    if (position === null) return null;
    const signature = this.clock.signature();
    const grid = unit === "bar" ? quarterNotesPerBar(signature) : quarterNotesPerBeat(signature);
    return (Math.floor(position / grid + EPSILON) + count) * grid;
  }

  /** The beats of the current signature from now to song position `to`: null while stopped, or when it is not ahead. */
  beatsUntil(to: number): number | null {
    const position = this.time.position;
    if (position === null || to <= position + EPSILON) return null;
    return (to - position) / quarterNotesPerBeat(this.clock.signature());
  }

  /** How long `count` bars or beats last at the tempo now, in milliseconds. */
  durationMs(count: number, unit: "bar" | "beat"): number {
    const signature = this.clock.signature();
    const quarterNotes = count * (unit === "bar" ? quarterNotesPerBar(signature) : quarterNotesPerBeat(signature));
    const bpm = this.clock.tempoBpm();
    return (quarterNotes * 60_000) / (Number.isFinite(bpm) && bpm > 0 ? bpm : 120);
  }

  /** The observed `current_song_time` changed (quarter notes). */
  onSongTime(songTime: number): void {
    const moved = this.time.observe(songTime);
    if (moved === undefined) return;
    if (moved.restarted) this.previousPosition = null;
    this.moved(songTime, moved.jumpedBack);
  }

  /**
   * The observed `is_playing` changed. Also call it with the mirror's value after a (re)sync: the
   * scheduler took its initial state from the clock at construction, and repeats are ignored.
   */
  onPlayingChanged(isPlaying: boolean): void {
    if (!this.time.setPlaying(isPlaying)) return;
    this.previousPosition = null;
    if (isPlaying) {
      this.bus.emit(new SongStartedEvent());
      return;
    }
    for (const wait of this.waits.drain()) this.stopWait(wait);
    this.bus.emit(new SongStoppedEvent());
  }

  /** Cancels every beat wait without calling anything (used on reset). */
  clear(): void {
    for (const wait of this.waits.drain()) wait.scheduled.cancel();
  }

  /** One metro tick: the song played on by one step since the last (see SongTimeEstimate). */
  private onTick(): void {
    const tick = this.time.tick();
    if (tick === undefined || (!tick.advanced && this.previousPosition !== null)) return;
    this.moved(tick.position, false);
  }

  private schedule(quarterNotes: number, onElapsed: () => void, onSongStopped: (() => void) | undefined): Cancellable {
    const wait: BeatWait = {
      scheduled: new ScheduledCallback(onElapsed, () => this.pendingCount--),
      onSongStopped,
    };
    this.pendingCount++;
    if (!this.time.isPlaying) this.stopWait(wait);
    else if (quarterNotes === 0) wait.scheduled.run(this.log, "waitBeats(0)");
    else this.waits.push(this.time.elapsed + quarterNotes, wait);
    return wait.scheduled;
  }

  private stopWait(wait: BeatWait): void {
    if (!wait.scheduled.pending) return;
    wait.scheduled.cancel();
    if (wait.onSongStopped) runLogged(this.log, "song stopped", wait.onSongStopped);
  }

  /** The counted position is now `songTime`: bar and beat events, then the waits due. */
  private moved(songTime: number, jumpedBack: boolean): void {
    this.emitPositionEvents(songTime, jumpedBack);
    this.runDueWaits(songTime);
  }

  private runDueWaits(songTime: number): void {
    for (let due = this.waits.peekKey(); due !== undefined && due <= this.time.elapsed + EPSILON; due = this.waits.peekKey()) {
      this.waits.pop()?.scheduled.run(this.log, `beat wait at ${songTime}`);
    }
  }

  private emitPositionEvents(songTime: number, jumpedBack: boolean): void {
    const now = barPosition(songTime, this.clock.signature());
    const before = this.previousPosition;
    this.previousPosition = now;
    // Collected first: listeners may move the song and re-enter onSongTime.
    const events: object[] = [];
    if (before && (now.bar !== before.bar || (jumpedBack && now.beat === 0))) events.push(new BarChangedEvent());
    const entered = (flag: keyof Omit<BarPosition, "bar" | "beat">): boolean => now[flag] && !before?.[flag];
    if (entered("thirdBeat")) events.push(new ThirdBeatPassedEvent());
    if (entered("lastBeat")) events.push(new LastBeatPassedEvent());
    if (entered("last8th")) events.push(new Last8thPassedEvent());
    if (entered("last16th")) events.push(new Last16thPassedEvent());
    if (entered("last32th")) events.push(new Last32thPassedEvent());
    if (entered("barEnding")) events.push(new BarEndingEvent());
    for (const event of events) this.bus.emit(event);
  }
}
