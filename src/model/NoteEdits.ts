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
