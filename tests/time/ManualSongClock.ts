// A hand-driven transport for tests: it plays song time at the tempo as Live does (quarter notes at
// `tempo` per minute, so one 17 ms tick moves tempo * 17 / 60000 quarter notes), wraps at the loop
// end, and reports changes to the BeatScheduler the way the mirror's observers will: with `quantum`
// above 0, only when floor(time / quantum) changes, carrying the real value, as the shim's observe
// quantum does (src/shim/observers.ts); `songTime()` answers the last position reported, as the
// mirror's does.
import type { BeatScheduler } from "../../src/time/BeatScheduler";
import type { SongClock, TimeSignature } from "../../src/time/SongClock";
import { TICK_MS, type TickScheduler } from "../../src/time/TickScheduler";

export class ManualSongClock implements SongClock {
  tempo = 120;
  time = 0;
  playing = false;
  sig: TimeSignature = { numerator: 4, denominator: 4 };
  loop: { start: number; end: number } | null = null;
  /** 0: every change is reported. */
  quantum = 0;
  /** Positions reported so far. */
  reports = 0;
  private reported = 0;
  private beats: BeatScheduler | null = null;

  isPlaying(): boolean {
    return this.playing;
  }

  signature(): TimeSignature {
    return this.sig;
  }

  tempoBpm(): number {
    return this.tempo;
  }

  songTime(): number | null {
    return this.reported;
  }

  songTimeQuantum(): number {
    return this.quantum;
  }

  /** Connects the scheduler that follows this clock (the mirror's job in the app). */
  attach(beats: BeatScheduler): void {
    this.beats = beats;
  }

  /**
   * Starts from the current position and reports it as the first playing position (Live's observer
   * only fires on a change; the scheduler anchors on whatever position it sees first, see its header).
   * With a quantum, the position is reported only if its quantum changed since the last report.
   */
  play(): void {
    this.playing = true;
    this.beats?.onPlayingChanged(true);
    this.report(this.time);
  }

  stop(): void {
    this.playing = false;
    this.beats?.onPlayingChanged(false);
  }

  /** Moves the play position, as a click in the arrangement or a loop wrap does. */
  jumpTo(time: number): void {
    this.time = time;
    this.report(time);
  }

  /** One metro period: song time advances first (Live's observer), then the bundle's tick runs. */
  tick(ticks: TickScheduler): void {
    if (this.playing) {
      let next = this.time + (this.tempo * TICK_MS) / 60_000;
      if (this.loop && next >= this.loop.end) next = this.loop.start + (next - this.loop.end);
      this.jumpTo(next);
    }
    ticks.tick();
  }

  private report(time: number): void {
    if (this.quantum > 0 && Math.floor(time / this.quantum) === Math.floor(this.reported / this.quantum)) return;
    this.reported = time;
    this.reports++;
    this.beats?.onSongTime(time);
  }
}
