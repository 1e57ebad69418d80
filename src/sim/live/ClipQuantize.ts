// What Clip.quantize(quantization_grid, amount) does to a note's start (Cycling '74's Clip page: "Quantizes
// all notes in the clip to the quantization_grid taking the song's swing_amount into account"; Live 12's API:
// "Quantize all notes in a clip or align warp markers"). The grid is numbered as
// Song.midi_recording_quantization (Cycling '74's Song page: 0 None, 1 1/4, 2 1/8, 3 1/8T, 4 1/8 + 1/8T,
// 5 1/16, 6 1/16T, 7 1/16 + 1/16T, 8 1/32), which is how the original Protocol0 (Clip.quantize, its
// RecordingQuantization list) and adamjmurray/producer-pal (quantize-grid.ts, "Live's grid spellings
// mapped to its quantize API integers") call it. Not modelled: the swing (the sets here keep
// swing_amount 0) and an audio clip's warp markers.
import { LiveError } from "./LiveObject";

/** The grid's steps in beats, by its number: a mixed grid snaps to the nearer of its two. */
const GRIDS: readonly (readonly number[])[] = [[], [1], [1 / 2], [1 / 3], [1 / 2, 1 / 3], [1 / 4], [1 / 6], [1 / 4, 1 / 6], [1 / 8]];

export function checkGrid(grid: number): void {
  if (!Number.isInteger(grid) || GRIDS[grid] === undefined) throw new LiveError(`quantize: no quantization grid ${grid}`);
}

/** A note's start moved `amount` (0..1) of the way to the nearest step of `grid`. */
export function quantizedStart(start: number, grid: number, amount: number): number {
  const steps = GRIDS[grid] ?? [];
  if (steps.length === 0) return start;
  const nearest = steps.map((step) => Math.round(start / step) * step).reduce((best, at) => (Math.abs(at - start) < Math.abs(best - start) ? at : best));
  return start + (nearest - start) * Math.max(0, Math.min(1, amount));
}
