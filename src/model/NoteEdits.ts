// Pure edits of a MIDI clip's notes, as Live's note dictionaries carry them.
import type { NoteField } from "../wire/NotePages";

/** A note as read: the fields an edit asked for, numbers as Live's dictionaries carry them. */
export type Note<F extends NoteField = NoteField> = Record<F, number>;

/**
 * Velocities times `factor`, kept in MIDI's 1..127 (a velocity of 0 would silence the note). A soft note
 * still moves by one when rounding would keep it where it is, so scrolling down always gets quieter.
 */
export function scaleVelocities<N extends Note<"velocity">>(notes: readonly N[], factor: number): N[] {
  return notes.map((note) => {
    const scaled = Math.round(note.velocity * factor);
    const moved = scaled === note.velocity ? scaled + Math.sign(factor - 1) : scaled;
    return { ...note, velocity: Math.max(1, Math.min(127, moved)) };
  });
}

export interface MonophonicEdit<N> {
  /** Notes kept, shortened to end where the next one starts. */
  kept: N[];
  /** Notes starting together with a higher one: they cannot be shortened apart, so they go. */
  removed: N[];
}

/** One note at a time: of notes starting together the highest stays (the melody), each ends at the next start. */
export function makeMonophonic<N extends Note<"pitch" | "start_time" | "duration">>(notes: readonly N[]): MonophonicEdit<N> {
  const sorted = [...notes].sort((a, b) => a.start_time - b.start_time || b.pitch - a.pitch);
  const kept: N[] = [];
  const removed: N[] = [];
  for (const note of sorted) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && previous.start_time === note.start_time) removed.push(note);
    else kept.push({ ...note });
  }
  kept.forEach((note, i) => {
    const next = kept[i + 1];
    if (next !== undefined && note.start_time + note.duration > next.start_time) note.duration = next.start_time - note.start_time;
  });
  return { kept, removed };
}

/** MIDI's pitch range. */
const LOWEST_PITCH = 0;
const HIGHEST_PITCH = 127;

/** `semitones` cut to what every note can move and stay in MIDI's 0..127 (0 for no notes). */
export function pitchShiftWithin(notes: readonly Note<"pitch">[], semitones: number): number {
  if (notes.length === 0) return 0;
  const pitches = notes.map((note) => note.pitch);
  return Math.max(LOWEST_PITCH - Math.min(...pitches), Math.min(HIGHEST_PITCH - Math.max(...pitches), semitones));
}

/** Every note `semitones` higher (negative: lower); pitchShiftWithin keeps them in range. */
export function transposeNotes<N extends Note<"pitch">>(notes: readonly N[], semitones: number): N[] {
  return notes.map((note) => ({ ...note, pitch: note.pitch + semitones }));
}

/**
 * Each velocity's distance from the mean times `factor`: above 1 spreads them (louder notes louder,
 * softer softer), below 1 compresses them towards the mean, as the original's velocity scroller did.
 * Kept in 1..127.
 */
export function spreadVelocities<N extends Note<"velocity">>(notes: readonly N[], factor: number): N[] {
  if (notes.length === 0) return [];
  const mean = notes.reduce((sum, note) => sum + note.velocity, 0) / notes.length;
  return notes.map((note) => ({ ...note, velocity: Math.max(1, Math.min(127, Math.round(mean + (note.velocity - mean) * factor))) }));
}
