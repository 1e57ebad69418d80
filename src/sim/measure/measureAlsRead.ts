// The memory a Live Set file's read takes (src/sim/als/AlsFile.ts, streaming): the heap's growth at its
// highest during the read, sampled each millisecond, and what stays (the set description), against the
// size of the set's XML, which a parser building a tree would hold whole, and more.
import { readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { readLiveSet } from "../als/AlsFile";
import type { TrackDescription } from "../live/SetDescription";

const MiB = 1024 * 1024;
const round = (bytes: number): number => Math.round((bytes / MiB) * 10) / 10;

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

export interface AlsReadFigure {
  file: string;
  fileKiB: number;
  xmlMiB: number;
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
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 1);
  const start = performance.now();
  const set = await readLiveSet(file);
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
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
