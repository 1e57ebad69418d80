// Time in beats, following the observed song position. The LOM mirror calls onSongTime when
// `current_song_time` changes and onPlayingChanged when `is_playing` changes; both run synchronously.
//
// - Waits count musical time actually played, so they are tempo independent: a wait of 4 beats fires
//   on the first observed position at least 4 beats after the last one observed when it was made.
// - Stopping the song cancels every beat wait, as the original's reset on stop does: one registered
//   with `onSongStopped` has that called instead (the original's execute_on_song_stop), the others
//   are dropped. Waits never resume after a restart: the position after a restart has no relation
//   to the one at the stop. Unlike the original (which left such a wait hanging), a wait asked for
//   while the song is stopped is answered at once the same way.
// - Not in the original, which compared absolute positions: a loop jump (or any backward move) adds
//   no elapsed time, so the bit of a beat between the last observation before the jump and the loop
//   end is lost and the wait fires that much later. A forward jump counts as played time, except to
//   the first position seen after a start, which only anchors the count: `is_playing` and
//   `current_song_time` may be observed in either order, and the jump to the start marker is not
//   played time.
// - Bar and beat events (events/BeatEvents.ts) fire as the original's do, before the waits due at the
//   same position, when the position enters their part of the bar; none while the song is stopped,
//   and no BarChangedEvent for the first position seen after a start. Added: a backward jump landing
//   in the first beat of a bar counts as a new bar even when the bar number is unchanged (a one-bar
//   loop).
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

// Song times are floats (0.1 + 0.2 beats): positions this close count as reached.
const EPSILON = 1e-9;

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
  private playing: boolean;
  // null until the first position seen after a start (see the header).
  private lastSongTime: number | null = null;
  // Quarter notes played since creation; waits are keyed by the value at which they fall due.
  private elapsed = 0;
  private previousPosition: BarPosition | null = null;
  private readonly waits = new MinHeap<BeatWait>();
  private pendingCount = 0;

  constructor(
    private readonly clock: SongClock,
    private readonly bus: EventBus,
    private readonly log: Logger,
  ) {
    this.playing = clock.isPlaying();
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

  /** The observed `current_song_time` changed (quarter notes). */
  onSongTime(songTime: number): void {
    if (!this.playing) return;
    const delta = this.lastSongTime === null ? 0 : songTime - this.lastSongTime;
    this.lastSongTime = songTime;
    if (delta > 0) this.elapsed += delta;
    this.emitPositionEvents(songTime, delta < 0);
    this.runDueWaits();
  }

  /**
   * The observed `is_playing` changed. Also call it with the mirror's value after a (re)sync: the
   * scheduler took its initial state from the clock at construction, and repeats are ignored.
   */
  onPlayingChanged(isPlaying: boolean): void {
    if (isPlaying === this.playing) return;
    this.playing = isPlaying;
    this.previousPosition = null;
    if (isPlaying) {
      this.lastSongTime = null;
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

  private schedule(quarterNotes: number, onElapsed: () => void, onSongStopped: (() => void) | undefined): Cancellable {
    const wait: BeatWait = {
      scheduled: new ScheduledCallback(onElapsed, () => this.pendingCount--),
      onSongStopped,
    };
    this.pendingCount++;
    if (!this.playing) this.stopWait(wait);
    else if (quarterNotes === 0) wait.scheduled.run(this.log, "waitBeats(0)");
    else this.waits.push(this.elapsed + quarterNotes, wait);
    return wait.scheduled;
  }

  private stopWait(wait: BeatWait): void {
    if (!wait.scheduled.pending) return;
    wait.scheduled.cancel();
    if (wait.onSongStopped) runLogged(this.log, "song stopped", wait.onSongStopped);
  }

  private runDueWaits(): void {
    for (let due = this.waits.peekKey(); due !== undefined && due <= this.elapsed + EPSILON; due = this.waits.peekKey()) {
      this.waits.pop()?.scheduled.run(this.log, `beat wait at ${this.lastSongTime}`);
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
