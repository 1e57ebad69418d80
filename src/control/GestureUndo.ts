// What Live's undo history keeps of each gesture. A press is one gesture, lasting as long as the Sequence
// its action may return. The detents of one knob running one action are one turn, as a mouse drag is in
// Live: it lasts until the knob rests QUIET_MS (counted in metro ticks), and ends at once when another
// action starts, or when a detent's run fails. Whether a run is a turn decides where its parameter writes
// go (ParameterTurns: through live.remote~, one undo entry a parameter once it rests); where Live has
// begin_undo_step, each gesture is also one step.
import type { ActionContext } from "../actions/Action";
import type { UndoSteps } from "../actions/ActionServices";
import type { Cancellable } from "../time/ScheduledCallback";
import { msToTicks } from "../time/TickScheduler";
import { TURN_END_MS } from "../actions/TurnEnd";

/** How long a knob rests before its turn ends. */
export const QUIET_MS = TURN_END_MS;

/** What schedules the end of a resting burst (the TickScheduler). */
export interface QuietTimer {
  wait(ticks: number, callback: () => void): Cancellable;
}

/** The undo step a run acts in. */
export interface OpenStep {
  /** The knob and action of a scroll burst; null for a press. */
  readonly burst: string | null;
  /** Runs in it not finished yet (their sequences still going). */
  running: number;
  quiet: Cancellable | null;
}

export class GestureUndo {
  private open: OpenStep | null = null;

  constructor(
    private readonly undo: UndoSteps,
    private readonly timer: QuietTimer,
    private readonly endFailed: (error: unknown) => void,
  ) {}

  /** The step for a run: the open one when it is this knob's burst, else a new one (the open one ends first). Throws when begin does. */
  enter(name: string, actionId: string, context: ActionContext): OpenStep {
    const burst = context.gesture === "scroll" ? `${context.encoder.group}/${context.encoder.position}/${actionId}` : null;
    const open = this.open;
    if (open !== null && burst !== null && open.burst === burst) {
      open.quiet?.cancel();
      open.quiet = null;
      open.running++;
      return open;
    }
    if (open !== null) this.close(open);
    this.undo.begin(name, burst !== null);
    this.open = { burst, running: 1, quiet: null };
    return this.open;
  }

  /** A run in `step` has finished: a failed run or a press ends it now, a burst once the knob rests. */
  leave(step: OpenStep, failed: boolean): void {
    if (this.open !== step) return;
    step.running--;
    if (failed || step.burst === null) return this.close(step);
    if (step.running === 0) step.quiet = this.timer.wait(msToTicks(QUIET_MS), () => this.close(step));
  }

  private close(step: OpenStep): void {
    if (this.open !== step) return;
    this.open = null;
    step.quiet?.cancel();
    try {
      this.undo.end();
    } catch (error) {
      this.endFailed(error);
    }
  }
}
