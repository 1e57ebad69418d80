// How every display a musician reads (the status line, the set log, the set's picture, the REPL) writes a
// length: in bars, as Live's session view counts a scene, in words ("1 bar", "4 bars"). A length that is
// not whole bars is a decimal of bars ("1.5 bars"), not Live's "1.2.0" bars.beats form, which reads as a
// decimal to whoever does not know it and so says two things at once.
import { quarterNotesPerBar, type TimeSignature } from "./SongClock";
import { counted } from "../log/Counted";

/** A length in bars as a musician reads it, to two decimals: "1 bar", "1.5 bars". */
export function barsText(bars: number): string {
  const shown = Math.round(bars * 100) / 100;
  return counted(shown, "bar");
}

/** A length in beats (quarter notes, Live's unit of clip and song time) as bars of `barBeats` beats. */
export function beatsAsBars(beats: number, barBeats: number): string {
  return barsText(beats / barBeats);
}

/** Song times a hair under a beat line count as on it. */
const EPSILON = 1e-6;

/**
 * A position in song time as a musician counts it, "bar 8 beat 2": bars and beats from 1, a beat of the
 * signature's denominator (an eighth in 6/8), the beat it is in.
 */
export function positionText(songTime: number, signature: TimeSignature): string {
  const barBeats = quarterNotesPerBar(signature);
  const bar = Math.floor(songTime / barBeats + EPSILON);
  const beat = Math.floor((songTime - bar * barBeats) / (4 / signature.denominator) + EPSILON);
  return `bar ${bar + 1} beat ${beat + 1}`;
}
