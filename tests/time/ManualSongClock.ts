// A hand-driven transport for tests: it plays song time at the tempo as Live does (quarter notes at
// `tempo` per minute, so one 17 ms tick moves tempo * 17 / 60000 quarter notes), wraps at the loop
// end, and reports changes to the BeatScheduler the way the mirror's observers will.
import type { BeatScheduler } from "../../src/time/BeatScheduler";
import type { SongClock, TimeSignature } from "../../src/time/SongClock";
import { TICK_MS, type TickScheduler } from "../../src/time/TickScheduler";

export class ManualSongClock implements SongClock {
  tempo = 120;
  time = 0;
  playing = false;
  sig: TimeSignature = { numerator: 4, denominator: 4 };
  loop: { start: number; end: number } | null = null;
  private beats: BeatScheduler | null = null;

  isPlaying(): boolean {
    return this.playing;
  }

  signature(): TimeSignature {
    return this.sig;
  }

  /** Connects the scheduler that follows this clock (the mirror's job in the app). */
  attach(beats: BeatScheduler): void {
    this.beats = beats;
  }

  /**
   * Starts from the current position and reports it as the first playing position (Live's observer
   * only fires on a change; the scheduler anchors on whatever position it sees first, see its header).
   */
  play(): void {
    this.playing = true;
    this.beats?.onPlayingChanged(true);
    this.beats?.onSongTime(this.time);
  }

  stop(): void {
    this.playing = false;
    this.beats?.onPlayingChanged(false);
  }

  /** Moves the play position, as a click in the arrangement or a loop wrap does. */
  jumpTo(time: number): void {
    this.time = time;
    this.beats?.onSongTime(time);
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
}
