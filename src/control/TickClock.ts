// Time for the controller layer: the count of [metro 17] bangs, never wall-clock time.
import { TICK_MS } from "../time/TickScheduler";
import type { Cancellable } from "../time/ScheduledCallback";

/** What the controller reads of the TickScheduler. */
export interface TickClock {
  readonly currentTick: number;
}

/**
 * A duration as the metro measures it: whole ticks × 17 ms. A real hold is only known to within one tick
 * (a 249 ms hold spans 14 or 15 bangs depending on where it starts), so comparisons use this value.
 */
export function elapsedMs(fromTick: number, toTick: number): number {
  return (toTick - fromTick) * TICK_MS;
}

/** The clock with waits: a double press's single press runs when its window has passed. */
export interface TickTimer extends TickClock {
  wait(ticks: number, callback: () => void): Cancellable;
}
