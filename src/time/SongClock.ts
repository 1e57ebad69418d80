// What the BeatScheduler reads of the song: implemented by the LOM mirror's song, by tests with a
// hand-driven clock. Song time counts quarter notes: LOM Song.current_song_time is "the song's
// current playing position in beats" (docs.cycling74.com/apiref/lom/song/), and Live measures it in
// quarter notes whatever the signature.

export interface TimeSignature {
  numerator: number;
  denominator: number;
}

export interface SongClock {
  /** Current song position in quarter notes (LOM `current_song_time`). */
  songTime(): number;
  isPlaying(): boolean;
  signature(): TimeSignature;
}

/** Quarter notes in one bar. */
export function quarterNotesPerBar(signature: TimeSignature): number {
  return (signature.numerator * 4) / signature.denominator;
}

/** Quarter notes in one beat of the signature (an eighth note in 6/8 is half a quarter note). */
export function quarterNotesPerBeat(signature: TimeSignature): number {
  return 4 / signature.denominator;
}
