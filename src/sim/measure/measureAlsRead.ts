// The memory a Live Set file's read takes (src/sim/als/AlsFile.ts, streaming): what the read holds at its
// most (the live heap after each parsed chunk, garbage collected first: run with --expose-gc, as the bench
// is) and what stays (the set description), against the size of the set's XML, which a parser building a
// tree would hold whole, and more.
import { readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { readLiveSet } from "../als/AlsFile";
import { heapUsed } from "./heapUsed";
import type { TrackDescription } from "../live/SetDescription";

const MiB = 1024 * 1024;
const round = (bytes: number): number => Math.round((bytes / MiB) * 10) / 10;

export interface AlsReadFigure {
  file: string;
  fileKiB: number;
  xmlMiB: number;
  /** The live heap's growth at its highest during the read. */
  peakHeapMiB: number;
  retainedHeapMiB: number;
  ms: number;
  tracks: number;
  notes: number;
}

export async function measureAlsRead(file: string): Promise<AlsReadFigure> {
  const xmlBytes = gunzipSync(readFileSync(file)).length;
  const base = heapUsed();
  let peak = base;
  let sampling = 0;
  const started = performance.now();
  const set = await readLiveSet(file, () => {
    const at = performance.now();
    peak = Math.max(peak, heapUsed());
    sampling += performance.now() - at;
  });
  const ms = performance.now() - started - sampling;
  const retained = heapUsed() - base;
  const flat = (tracks: readonly TrackDescription[]): TrackDescription[] => tracks.flatMap((t) => [t, ...flat(t.tracks ?? [])]);
  const tracks = flat(set.tracks);
  return {
    file,
    fileKiB: Math.round(statSync(file).size / 1024),
    xmlMiB: round(xmlBytes),
    peakHeapMiB: round(peak - base),
    retainedHeapMiB: round(Math.max(0, retained)),
    ms: Math.round(ms),
    tracks: tracks.length,
    notes: tracks.reduce((sum, t) => sum + (t.clips ?? []).reduce((n, c) => n + (c.notes?.length ?? 0), 0), 0),
  };
}
