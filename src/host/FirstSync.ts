// The first sync of a bundle may find a set that does not answer yet: [live.thisdevice] has been seen to
// bang before live_set does (src/sim/live/LiveSet.ts, LiveOptions.liveSetLate). Rather than stay idle
// until the next ready, the sync is tried again after a growing pause, counted in metro ticks.
import type { StatusLine } from "../actions/ActionServices";
import type { Logger } from "../log/Logger";
import type { TickScheduler } from "../time/TickScheduler";
import { messageOf } from "../log/ErrorText";

/** The pauses before each new try; the last one repeats. */
export const FIRST_SYNC_PAUSES_MS: readonly number[] = [250, 500, 1_000, 2_000, 4_000];

export const WAITING_FOR_LIVE = "waiting for Live";

export class FirstSync {
  private failures = 0;

  /** `retry` syncs again unless a sync has landed meanwhile; `ready` is the status line's text once one has. */
  constructor(
    private readonly ticks: TickScheduler,
    private readonly log: Logger,
    private readonly status: StatusLine,
    private readonly retry: () => void,
    private readonly ready: () => string,
  ) {}

  /** A first sync failed: one line a try, and the next try after a longer pause. */
  failed(error: unknown): void {
    const pause = FIRST_SYNC_PAUSES_MS[Math.min(this.failures, FIRST_SYNC_PAUSES_MS.length - 1)]!;
    this.failures++;
    this.log.warn(`${WAITING_FOR_LIVE}: the set did not answer (try ${this.failures}: ${messageOf(error)}); trying again in ${pause} ms`);
    this.status.show("warn", WAITING_FOR_LIVE);
    this.ticks.waitMs(pause, this.retry);
  }

  /** A sync landed: after failed tries, the status line says the device is ready. */
  landed(): void {
    if (this.failures === 0) return;
    this.log.info(`Live answered after ${this.failures} ${this.failures === 1 ? "try" : "tries"}`);
    this.failures = 0;
    this.status.show("info", this.ready());
  }
}
