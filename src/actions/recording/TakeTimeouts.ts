// How long a recording waits for Live before it gives up (the wait times out: the recording is
// cancelled and undone, its count-in metronome off). Each wait is for something Live does within a
// known number of beats of song time (a launch on the next bar, a take of its record length), so its
// bound is that time at the tempo, doubled (the musician may halve the tempo meanwhile), plus a second
// for the bridge (a write reaching Live and its observer coming back takes a few ticks). An unlimited take
// waits for the musician instead, up to UNLIMITED_TAKE_BARS.
import { msToTicks } from "../../time/TickScheduler";

const TEMPO_SLACK = 2;
const BRIDGE_MS = 1000;

/**
 * The longest unlimited take: about 17 minutes at 120 BPM in 4/4. At it the takes are stopped and
 * kept, as a record press would; without it a take Live never ends would keep the device recording.
 */
export const UNLIMITED_TAKE_BARS = 512;

/** Ticks that `beats` beats last at `bpm`. */
export function ticksOf(beats: number, bpm: number): number {
  return msToTicks((beats * 60_000) / bpm);
}

/** Ticks to wait for something Live does within `beats` beats at `bpm`. */
export function ticksWithin(beats: number, bpm: number): number {
  return msToTicks((TEMPO_SLACK * beats * 60_000) / bpm + BRIDGE_MS);
}
