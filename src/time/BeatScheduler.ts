// Time in beats, following the observed song position. The LOM mirror calls onSongTime when
// `current_song_time` changes and onPlayingChanged when `is_playing` changes; both run synchronously.
// The metro calls it at the start of every tick (TickScheduler.everyTick).
//
// Positions arrive quantized (DESIGN.md: at most 16 a beat; the shim sends a position only when
// floor(current_song_time / quantum) changes, with the real value: SongClock.songTimeQuantum). So
// between two positions the scheduler extrapolates: each tick after the one an observed position
// belongs to moves the estimate by tempo * 17 ms (TICK_MS) / 60,000 quarter notes, at the tempo the
// clock reads then, so a tempo change applies from the next tick. Why this is exact, or within a tick:
// - A position is sent when Live's position crosses a quantum boundary, and is taken as Live's
//   position at the coming tick: the estimate is that, then one step more per tick, as Live plays.
//   That is the simulator's order (Live moves, then the metro bangs, in each period); Max promises no
//   order within a period, and a position that arrives just after a bang makes the estimate lag by
//   less than a tick until the next one (a wait made meanwhile ends up to a tick early, one falling
//   due meanwhile up to a tick late), never lead.
// - The estimate never enters the next quantum (it stops CLAMP_MARGIN short of the boundary): the
//   true position cannot be there without a position being sent. So a late or jittery metro, or a
//   tempo that fell before the mirror knew it, can make a wait early by less than one quantum, never
//   more. Events whose point of the bar lies on a quantum boundary come with the observed position
//   that crosses it (with 16ths and quarter-note beats: every one up to Last16thPassedEvent, and
//   BarChangedEvent in every signature Live offers, its bars being whole 16ths); the others
//   (Last32thPassedEvent, BarEndingEvent, the 16ths of an eighth-note beat) on the tick the estimate
//   enters their part of the bar.
// - Played time is counted up to `counted`, the furthest position reached by estimate or observation
//   in the current stretch of the song. A position at or after it adds the difference (a forward
//   jump counts as played time, as the original's absolute comparison did). A position before it is a
//   backward jump (a loop wrap, a click in the arrangement): it adds the time played since `counted`
//   by the estimate, up to the tick the position belongs to (at most one tick, and not past the quantum
//   the estimate is in): a wrap at the loop end loses nothing, with or without knowing where the
//   loop is (Song.loop and its bounds are not in the mirror, and need not be).
// - With quantum 0 every change arrives; nothing is extrapolated between them, and a backward jump
//   still adds the one tick played since the last position.
// Waits count musical time actually played, so they are tempo independent: a wait of 4 beats fires
// on the first tick (or observed position) at least 4 beats of play after it was made.
//
// Starts and stops:
// - Stopping the song cancels every beat wait, as the original's reset on stop does: one registered
//   with `onSongStopped` has that called instead (the original's execute_on_song_stop), the others
//   are dropped. Waits never resume after a restart: the position after a restart has no relation
//   to the one at the stop. Unlike the original (which left such a wait hanging), a wait asked for
//   while the song is stopped is answered at once the same way.
// - A start plays on from the position at the stop (the estimate then, or a position observed since)
//   when it lies in the quantum of the mirror's position, else from the mirror's (nothing seen since
//   a sync). Its first tick plays a full step (the test clock starts just after a tick; a start
//   anywhere in a period is off by less than a tick, until the first position). The estimate runs
//   from there: with quantized positions the first position after a start may be a quantum away. A
//   locate within the quantum while stopped sends nothing, so the count may start up to a quantum off.
//   The first position observed after a start only anchors the count when it is not where playing on
//   from there leads (the jump to the start marker: `is_playing` and `current_song_time` may be
//   observed in either order, and that jump is not played time); with nothing known at the start, it
//   anchors.
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
import { TICK_MS, type TickScheduler } from "./TickScheduler";

// Song times are floats (0.1 + 0.2 beats): positions this close count as reached.
const EPSILON = 1e-9;
// How far short of the next quantum boundary an estimate stops: well above barPosition's EPSILON, so
// an estimate never counts as being in the next bar, beat or 16th.
const CLAMP_MARGIN = 1e-6;

/** The last position observed (or assumed at a start) and how the song has played on since, by the tempo. */
interface Anchor {
  position: number;
  /** Quarter notes played since, by the tempo, at the last tick. */
  ahead: number;
  /**
   * Whether the next tick plays a step on from it: not for an observed position, which is Live's at
   * the coming tick; yes for a start (see the header).
   */
  stepping: boolean;
}

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
  // null when nothing is known of the position while playing (see the header).
  private anchor: Anchor | null = null;
  // The position up to which played time is counted in the current stretch; null with the anchor.
  private counted: number | null = null;
  // The next position observed is the first after a start (see the header).
  private firstAfterStart = false;
  // The position while stopped: the last one observed, or the estimate at the stop.
  private stoppedAt: number | null = null;
  // Quarter notes played since creation; waits are keyed by the value at which they fall due.
  private elapsed = 0;
  private previousPosition: BarPosition | null = null;
  private readonly waits = new MinHeap<BeatWait>();
  private pendingCount = 0;

  constructor(
    private readonly clock: SongClock,
    private readonly bus: EventBus,
    private readonly log: Logger,
    ticks: Pick<TickScheduler, "everyTick">,
  ) {
    this.playing = clock.isPlaying();
    ticks.everyTick(() => this.onTick());
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
    if (!this.playing) {
      this.stoppedAt = songTime;
      return;
    }
    const anchor = this.anchor;
    const counted = this.counted;
    const first = this.firstAfterStart;
    this.firstAfterStart = false;
    this.anchorAt(songTime);
    if (anchor === null || counted === null || (first && !this.leadsTo(anchor, counted, songTime))) {
      // Nothing known, or the start marker: the count starts here.
      this.counted = songTime;
      this.previousPosition = null;
      this.moved(songTime, false);
      return;
    }
    const jumpedBack = songTime < counted - EPSILON;
    // Forward: the difference was played. Backward: what the estimate played since `counted`, up to now.
    this.elapsed += Math.max(0, (jumpedBack ? this.reach(anchor) : songTime) - counted);
    this.counted = songTime;
    this.moved(songTime, jumpedBack);
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
      const from = this.startPosition();
      this.anchor = null;
      this.counted = from;
      if (from !== null) this.anchor = { position: from, ahead: 0, stepping: true };
      this.firstAfterStart = true;
      this.bus.emit(new SongStartedEvent());
      return;
    }
    this.stoppedAt = this.counted ?? this.stoppedAt;
    this.anchor = null;
    this.counted = null;
    for (const wait of this.waits.drain()) this.stopWait(wait);
    this.bus.emit(new SongStoppedEvent());
  }

  /** Cancels every beat wait without calling anything (used on reset). */
  clear(): void {
    for (const wait of this.waits.drain()) wait.scheduled.cancel();
  }

  /**
   * Where a start plays from: the position at the stop (the estimate then, or one observed since)
   * while it is in the quantum of the mirror's last position, else the mirror's (after a resync).
   */
  private startPosition(): number | null {
    const mirrored = this.clock.songTime();
    const stopped = this.stoppedAt;
    if (mirrored === null || stopped === null) return stopped ?? mirrored;
    const quantum = this.clock.songTimeQuantum();
    const same = quantum > 0 ? Math.floor(stopped / quantum) === Math.floor(mirrored / quantum) : Math.abs(stopped - mirrored) <= EPSILON;
    return same ? stopped : mirrored;
  }

  /** One metro tick: the song played on by one step since the last (see the header). */
  private onTick(): void {
    const anchor = this.anchor;
    if (!this.playing || anchor === null || this.counted === null) return;
    if (anchor.stepping) anchor.ahead += this.step();
    anchor.stepping = true;
    const quantum = this.clock.songTimeQuantum();
    const estimate = quantum > 0 ? Math.min(anchor.position + anchor.ahead, nextBoundary(anchor.position, quantum) - CLAMP_MARGIN) : anchor.position;
    if (estimate <= this.counted && this.previousPosition !== null) return;
    if (estimate > this.counted) {
      this.elapsed += estimate - this.counted;
      this.counted = estimate;
    }
    this.moved(this.counted, false);
  }

  /** Quarter notes one tick plays at the current tempo. */
  private step(): number {
    const bpm = this.clock.tempoBpm();
    return Number.isFinite(bpm) && bpm > 0 ? (bpm * TICK_MS) / 60_000 : 0;
  }

  private anchorAt(position: number): void {
    this.anchor = { position, ahead: 0, stepping: false };
  }

  /**
   * Where the song is by the estimate now (a position arriving now belongs to the coming tick), not
   * past one step beyond the quantum the anchor is in.
   */
  private reach(anchor: Anchor): number {
    const step = this.step();
    const quantum = this.clock.songTimeQuantum();
    const limit = (quantum > 0 ? nextBoundary(anchor.position, quantum) : anchor.position) + step;
    return Math.min(anchor.position + anchor.ahead + (anchor.stepping ? step : 0), limit);
  }

  /** Whether playing on from the start's anchor leads to `songTime` (else it is a locate). */
  private leadsTo(anchor: Anchor, counted: number, songTime: number): boolean {
    const slack = this.clock.songTimeQuantum() + this.step();
    return songTime >= counted - EPSILON && songTime <= anchor.position + anchor.ahead + slack + (anchor.stepping ? this.step() : 0);
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

  /** The counted position is now `songTime`: bar and beat events, then the waits due. */
  private moved(songTime: number, jumpedBack: boolean): void {
    this.emitPositionEvents(songTime, jumpedBack);
    this.runDueWaits(songTime);
  }

  private runDueWaits(songTime: number): void {
    for (let due = this.waits.peekKey(); due !== undefined && due <= this.elapsed + EPSILON; due = this.waits.peekKey()) {
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

/** Where floor(position / quantum) next changes: the shim sends no position before it is crossed. */
function nextBoundary(position: number, quantum: number): number {
  return (Math.floor(position / quantum) + 1) * quantum;
}
