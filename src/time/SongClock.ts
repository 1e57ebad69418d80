// What the BeatScheduler reads of the song: implemented by the LOM mirror's song, by tests with a
// hand-driven clock. The song position reaches the scheduler through BeatScheduler.onSongTime.
// LOM Song.current_song_time is the playing position "in beats"
// (https://docs.cycling74.com/max5/refpages/m4l-ref/m4l_live_object_model.html); we take that beat
// to be a quarter note whatever the signature, as Live's arrangement beat grid counts (an assumption
// no page states outright: only signatures with denominator 4 would be unaffected if it were wrong).

export interface TimeSignature {
  numerator: number;
  denominator: number;
}

export interface SongClock {
  isPlaying(): boolean;
  signature(): TimeSignature;
  /** Song.tempo in quarter notes a minute: how far song time moves in one metro tick between positions. */
  tempoBpm(): number;
  /** The last `current_song_time` known (the mirror's value), or null before any is. */
  songTime(): number | null;
  /**
   * Positions arrive only when floor(current_song_time / quantum) changes, carrying the real value
   * (the shim's observe quantum); 0 when every change arrives.
   */
  songTimeQuantum(): number;
}

/** Quarter notes in one bar. */
export function quarterNotesPerBar(signature: TimeSignature): number {
  return (signature.numerator * 4) / signature.denominator;
}

/** Quarter notes in one beat of the signature (an eighth note in 6/8 is half a quarter note). */
export function quarterNotesPerBeat(signature: TimeSignature): number {
  return 4 / signature.denominator;
}
