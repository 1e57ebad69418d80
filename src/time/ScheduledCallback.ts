// One callback waiting in a scheduler, and the handle its caller gets to cancel it.
import type { Logger } from "../log/Logger";

export interface Cancellable {
  /** True until the callback ran or was cancelled. */
  readonly pending: boolean;
  /** Cancelling after the callback ran, or twice, does nothing. */
  cancel(): void;
}

export class ScheduledCallback implements Cancellable {
  private isPending = true;

  /** `onSettled` runs once, when the callback leaves the pending state (ran or cancelled). */
  constructor(
    private readonly callback: () => void,
    private readonly onSettled: () => void,
  ) {}

  get pending(): boolean {
    return this.isPending;
  }

  cancel(): void {
    if (this.isPending) this.settle();
  }

  /** Runs the callback if still pending; a throw is logged with `context` so the scheduler goes on. */
  run(log: Logger, context: string): void {
    if (!this.isPending) return;
    this.settle();
    runLogged(log, context, this.callback);
  }

  private settle(): void {
    this.isPending = false;
    this.onSettled();
  }
}

/** Calls `callback`, logging a throw with `context` instead of letting it unwind the scheduler. */
export function runLogged(log: Logger, context: string, callback: () => void): void {
  try {
    callback();
  } catch (cause) {
    log.error(`${context}: callback ${callback.name || "(anonymous)"} failed`, cause);
  }
}
