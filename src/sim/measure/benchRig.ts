// The sets the budgets are measured on, and the handles a measure takes into a rig's running bundle.
import { generateLargeSet } from "../live/generateLargeSet";
import { generateMusicianSet } from "../live/generateMusicianSet";
import type { SetDescription } from "../live/LiveSet";
import type { Rig } from "../max/Rig";
import { VirtualEc4 } from "../VirtualEc4";
import type { Protocol0 } from "../../host/Protocol0";

/** The sets the budgets are measured on, by the names the bench lines and its verdict (budgets.json) use. */
export const BENCH_SETS: Record<string, () => SetDescription> = {
  "8x4": () => generateLargeSet({ tracks: 8, scenes: 4, seed: 1 }),
  "32x16": () => generateLargeSet({ tracks: 32, scenes: 16, seed: 1 }),
  musician: () => generateMusicianSet(1),
  "128x64": () => generateLargeSet({ tracks: 128, scenes: 64, seed: 1 }),
  "256x128": () => generateLargeSet({ tracks: 256, scenes: 128, seed: 1 }),
};

export const appOf = (rig: Rig): Protocol0 => (rig.bundle as { app: Protocol0 }).app;

export function ec4Of(rig: Rig): VirtualEc4 {
  return new VirtualEc4(rig, () => appOf(rig).control.store.active);
}
