// Where the song is between the quantized positions the mirror observes, and how much of it has been
// played: the BeatScheduler's clock, apart from its waits and bar events so the extrapolation reads whole.
import { type SongClock } from "./SongClock";
import { TICK_MS } from "./TickScheduler";

// Song times are floats (0.1 + 0.2 beats): positions this close count as reached.
export const EPSILON = 1e-9;
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
   * the coming tick; yes for a start (see the class comment).
   */
  stepping: boolean;
}

/**
 * Positions arrive quantized (DESIGN.md: at most 16 a beat; the shim sends a position only when
 * floor(current_song_time / quantum) changes, with the real value: SongClock.songTimeQuantum). So
 * between two positions the scheduler extrapolates: each tick after the one an observed position
 * belongs to moves the estimate by tempo * 17 ms (TICK_MS) / 60,000 quarter notes, at the tempo the
 * clock reads then, so a tempo change applies from the next tick. Why this is exact, or within a tick:
 * - A position is sent when Live's position crosses a quantum boundary, and is taken as Live's
 *   position at the coming tick: the estimate is that, then one step more per tick, as Live plays.
 *   That is the simulator's order (Live moves, then the metro bangs, in each period); Max promises no
 *   order within a period, and a position that arrives just after a bang makes the estimate lag by
 *   less than a tick until the next one (a wait made meanwhile ends up to a tick early, one falling
 *   due meanwhile up to a tick late), never lead.
 * - The estimate never enters the next quantum (it stops CLAMP_MARGIN short of the boundary): the
 *   true position cannot be there without a position being sent. So a late or jittery metro, or a
 *   tempo that fell before the mirror knew it, can make a wait early by less than one quantum, never
 *   more. Events whose point of the bar lies on a quantum boundary come with the observed position
 *   that crosses it (with 16ths and quarter-note beats: every one up to Last16thPassedEvent, and
 *   BarChangedEvent in every signature Live offers, its bars being whole 16ths); the others
 *   (Last32thPassedEvent, BarEndingEvent, the 16ths of an eighth-note beat) on the tick the estimate
 *   enters their part of the bar.
 * - Played time is counted up to `counted`, the furthest position reached by estimate or observation
 *   in the current stretch of the song. A position at or after it adds the difference (a forward
 *   jump counts as played time, as the original's absolute comparison did). A position before it is a
 *   backward jump (a loop wrap, a click in the arrangement): it adds the time played since `counted`
 *   by the estimate, up to the tick the position belongs to (at most one tick, and not past the quantum
 *   the estimate is in): a wrap at the loop end loses nothing, with or without knowing where the
 *   loop is (Song.loop and its bounds are not in the mirror, and need not be).
 * - With quantum 0 every change arrives; nothing is extrapolated between them, and a backward jump
 *   still adds the one tick played since the last position.
 *
 * A start plays on from the position at the stop (the estimate then, or a position observed since)
 * when it lies in the quantum of the mirror's position, else from the mirror's (nothing seen since
 * a sync). Its first tick plays a full step (the test clock starts just after a tick; a start
 * anywhere in a period is off by less than a tick, until the first position). The estimate runs
 * from there: with quantized positions the first position after a start may be a quantum away. A
 * locate within the quantum while stopped sends nothing, so the count may start up to a quantum off.
 * The first position observed after a start only anchors the count when it is not where playing on
 * from there leads (the jump to the start marker: `is_playing` and `current_song_time` may be
 * observed in either order, and that jump is not played time); with nothing known at the start, it
 * anchors.
 */
export class SongTimeEstimate {
  private playing: boolean;
  // null when nothing is known of the position while playing (see the class comment).
  private anchor: Anchor | null = null;
  // The position up to which played time is counted in the current stretch; null with the anchor.
  private counted: number | null = null;
  // The next position observed is the first after a start (see the class comment).
  private firstAfterStart = false;
  // The position while stopped: the last one observed, or the estimate at the stop.
  private stoppedAt: number | null = null;
  // Quarter notes played since creation; waits are keyed by the value at which they fall due.
  private played = 0;

  constructor(private readonly clock: SongClock) {
    this.playing = clock.isPlaying();
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  /** The counted song position while playing (quarter notes); null while stopped or when nothing is known. */
  get position(): number | null {
    return this.playing ? this.counted : null;
  }

  /** Quarter notes played since creation. */
  get elapsed(): number {
    return this.played;
  }


  /**
   * The observed `current_song_time` changed (quarter notes). Undefined while stopped; else whether
   * the count starts over here (nothing known, or the start marker) and whether the song jumped back.
   */
  observe(songTime: number): { restarted: boolean; jumpedBack: boolean } | undefined {
    if (!this.playing) {
      this.stoppedAt = songTime;
      return undefined;
    }
    const anchor = this.anchor;
    const counted = this.counted;
    const first = this.firstAfterStart;
    this.firstAfterStart = false;
    this.anchorAt(songTime);
    if (anchor === null || counted === null || (first && !this.leadsTo(anchor, counted, songTime))) {
      // Nothing known, or the start marker: the count starts here.
      this.counted = songTime;
      return { restarted: true, jumpedBack: false };
    }
    const jumpedBack = songTime < counted - EPSILON;
    // Forward: the difference was played. Backward: what the estimate played since `counted`, up to now.
    this.played += Math.max(0, (jumpedBack ? this.reach(anchor) : songTime) - counted);
    this.counted = songTime;
    return { restarted: false, jumpedBack };
  }

  /** The observed `is_playing` changed; false for a repeat. */
  setPlaying(isPlaying: boolean): boolean {
    if (isPlaying === this.playing) return false;
    this.playing = isPlaying;
    if (isPlaying) {
      const from = this.startPosition();
      this.anchor = null;
      this.counted = from;
      if (from !== null) this.anchor = { position: from, ahead: 0, stepping: true };
      this.firstAfterStart = true;
      return true;
    }
    this.stoppedAt = this.counted ?? this.stoppedAt;
    this.anchor = null;
    this.counted = null;
    return true;
  }

  /**
   * One metro tick: the song played on by one step since the last. Undefined when nothing is counted;
   * else the counted position and whether the tick moved it.
   */
  tick(): { position: number; advanced: boolean } | undefined {
    const anchor = this.anchor;
    if (!this.playing || anchor === null || this.counted === null) return undefined;
    if (anchor.stepping) anchor.ahead += this.step();
    anchor.stepping = true;
    const quantum = this.clock.songTimeQuantum();
    const estimate = quantum > 0 ? Math.min(anchor.position + anchor.ahead, nextBoundary(anchor.position, quantum) - CLAMP_MARGIN) : anchor.position;
    if (estimate <= this.counted) return { position: this.counted, advanced: false };
    this.played += estimate - this.counted;
    this.counted = estimate;
    return { position: estimate, advanced: true };
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
}

/** Where floor(position / quantum) next changes: the shim sends no position before it is crossed. */
function nextBoundary(position: number, quantum: number): number {
  return (Math.floor(position / quantum) + 1) * quantum;
}
