// What the musician must hear about the controller (a gesture with no action, MIDI no group maps, an
// input track on All Channels): on the status line and in the log, a repeated one at most once a second,
// since a knob turned on an unmapped CC sends tens of messages a second.
import type { StatusLine } from "../actions/ActionServices";
import type { Logger } from "../log/Logger";
import { elapsedMs, type TickClock } from "./TickClock";

const REPEAT_MS = 1_000;

export class ControllerWarnings {
  private readonly shownAt = new Map<string, number>();

  constructor(
    private readonly clock: TickClock,
    private readonly logger: Logger,
    private readonly status: StatusLine,
  ) {}

  /** False when the same warning was shown less than a second ago (and is not shown again). */
  warn(text: string): boolean {
    const now = this.clock.currentTick;
    const last = this.shownAt.get(text);
    if (last !== undefined && elapsedMs(last, now) < REPEAT_MS) return false;
    this.shownAt.set(text, now);
    this.logger.warn(text);
    this.status.show("warn", text);
    return true;
  }
}
