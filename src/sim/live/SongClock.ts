// The song clock under the transport: while playing, song time moves by tempo (beats = ms / 60000 * tempo);
// launches fall on the global quantization grid (Song.clip_trigger_quantization, 1 bar by default,
// https://docs.cycling74.com/apiref/lom/song/); tap_tempo sets the tempo.
import type { LiveCore } from "./LiveCore";

/** Song.clip_trigger_quantization 0..13 in beats; `bar` is the length of one bar in beats. */
function quantum(index: number, bar: number): number {
  const table = [0, 8 * bar, 4 * bar, 2 * bar, bar, 2, 4 / 3, 1, 2 / 3, 0.5, 1 / 3, 0.25, 1 / 6, 0.125];
  return table[index] ?? bar;
}

export const EPSILON = 1e-9;

export class SongClock {
  /** Virtual wall time (ms) advanced by `advance`, for tap_tempo. */
  nowMs = 0;
  /** The beat count launches and clips run on: song time, except that it does not jump back at the loop end. */
  protected beats = 0;
  private lastTapMs: number | null = null;

  constructor(protected readonly core: LiveCore) {}

  protected get song() {
    return this.core.song;
  }
  get playing(): boolean {
    return this.song.values.is_playing === 1;
  }
  get time(): number {
    return this.beats;
  }

  /** Moves the song position (and with it the beat count launches follow). */
  locate(time: number): void {
    this.beats = time;
    this.core.setValue(this.song, "current_song_time", time, false);
  }

  /** The next launch boundary at or after `time`. */
  nextBoundary(time: number): number {
    const bar = (Number(this.song.values.signature_numerator) * 4) / Number(this.song.values.signature_denominator);
    const q = quantum(Number(this.song.values.clip_trigger_quantization), bar);
    return q === 0 ? time : Math.ceil(time / q - EPSILON) * q;
  }

  /** Song.start_playing: "Start playback from the insert marker". */
  start(): void {
    this.locate(Number(this.song.values.start_time));
    this.setPlaying(true);
  }

  continuePlaying(): void {
    this.setPlaying(true);
  }

  /** Song.tap_tempo: two taps within two seconds set the tempo from their interval. */
  tap(): void {
    const previous = this.lastTapMs;
    this.lastTapMs = this.nowMs;
    if (previous === null) return;
    const interval = this.nowMs - previous;
    if (interval <= 0 || interval > 2000) return;
    this.core.setValue(this.song, "tempo", Math.min(999, Math.max(20, 60000 / interval)), true);
  }

  /**
   * The song position `played` beats on, jumping back to loop_start each time it reaches the loop end.
   * Arrangement loop (Song.loop, loop_start, loop_length, https://docs.cycling74.com/apiref/lom/song/):
   * while it is on, the reported song position jumps back from loop_start + loop_length to loop_start
   * when playing crosses the loop end (a position already past the end plays on). Modelled: only that
   * jump of `current_song_time`. Launches, quantization and running clips follow a separate beat count
   * that runs on through the jump, so session clips keep playing as if the song had not looped; a locate
   * (start_playing, jump_by, setting current_song_time) moves both. Not modelled: arrangement clips,
   * punch in/out, and any re-alignment of the session quantization grid to the loop.
   */
  protected songTimeAfter(played: number): number {
    const from = Number(this.song.values.current_song_time);
    const to = from + played;
    if (this.song.values.loop !== 1) return to;
    const start = Number(this.song.values.loop_start);
    const length = Number(this.song.values.loop_length);
    const end = start + length;
    if (from >= end - EPSILON || to < end - EPSILON) return to;
    return start + (Math.max(0, to - end) % length);
  }

  protected setPlaying(on: boolean): void {
    this.core.setValue(this.song, "is_playing", on ? 1 : 0, false);
  }
}
