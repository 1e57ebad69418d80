// The part of a clip that plays, in beats: its loop when looping, else its start and end markers. Writes
// are ordered so Live never sees a start after an end (it refuses those, https://docs.cycling74.com/apiref/lom/clip/).
import type { Clip } from "../model/Clip";

export interface Region {
  start: number;
  end: number;
}

export function regionOf(clip: Clip): Region {
  return clip.looping ? { start: clip.loopStart, end: clip.loopEnd } : { start: clip.startMarker, end: clip.endMarker };
}

/** Sets the playing region; a looping clip also starts playing at its loop start. */
export function writeRegion(clip: Clip, to: Region): Promise<unknown> {
  const writes: (() => Promise<unknown>)[] = [];
  const pair = (from: Region, setStart: (v: number) => Promise<unknown>, setEnd: (v: number) => Promise<unknown>) => {
    const start = () => setStart(to.start);
    const end = () => setEnd(to.end);
    writes.push(...(to.start >= from.end ? [end, start] : [start, end]));
  };
  if (clip.looping) {
    pair(regionOf(clip), (v) => clip.setLoopStart(v), (v) => clip.setLoopEnd(v));
    pair({ start: clip.startMarker, end: clip.endMarker }, (v) => clip.setStartMarker(v), (v) => clip.setEndMarker(v));
  } else {
    pair(regionOf(clip), (v) => clip.setStartMarker(v), (v) => clip.setEndMarker(v));
  }
  return Promise.all(writes.map((write) => write()));
}
