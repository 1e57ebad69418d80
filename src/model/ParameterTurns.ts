// A knob's turn on a parameter, as one undo entry. No public Live gives Max for Live begin_undo_step or
// begin_gesture, and each LiveAPI write is an undo entry of its own (shared/DESIGN.md, "What Max and Live
// charge"), so a turn of 20 detents written detent by detent would leave 20. Instead a turn's detents go
// through the device's [live.remote~] (op `remote`, src/shim/remotes.ts): Live plays each at once and
// records nothing. Once no detent has reached the parameter for `restTicks`, the remote lets it go and its
// value is written once: one undo entry a parameter a turn. Each parameter rests on its own, so two knobs
// turned together by two hands are one entry each. A write outside a turn (a press's, or a sequence's after
// its gesture ended) is written at once, one entry a change; a parameter a turn still holds is let go
// first, as Live refuses a write to a held parameter (src/sim/live/DeviceParameter.ts).
import type { Mirror } from "../lom/Mirror";
import type { Effect } from "../lom/MirrorNode";
import type { Cancellable } from "../time/ScheduledCallback";
import type { Target } from "../wire/protocol";

/** What times a parameter's rest (the TickScheduler). */
export interface RestTimer {
  wait(ticks: number, callback: () => void): Cancellable;
}

interface Held {
  /** The turn's one write of the last value. */
  write: () => Promise<unknown>;
  /** Settled once that write is answered: until then the mirror shows the played value. */
  written: Promise<void>;
  settle: () => void;
  rest: Cancellable;
}

export class ParameterTurns {
  private turning = false;
  private readonly held = new Map<Target, Held>();

  constructor(
    private readonly mirror: Mirror,
    private readonly timer: RestTimer,
    /** How long a parameter goes without a detent before its turn ends (TURN_END_MS in ticks). */
    private readonly restTicks: number,
  ) {}

  /** A gesture starts: a turn's parameter writes go through the remote, a press's are written. */
  begin(turn: boolean): void {
    this.turning = turn;
  }

  /** The gesture ended: writes that come later (a sequence's) are a press's. */
  end(): void {
    this.turning = false;
  }

  /**
   * Sets `value` on the DeviceParameter `target`: in a turn through the remote (`shown` is what the mirror
   * shows meanwhile, `write` the write once the parameter rests), else `write` at once.
   */
  write(target: Target, value: number, shown: Effect, write: () => Promise<unknown>): Promise<unknown> {
    const held = this.held.get(target);
    if (!this.turning) {
      if (!held) return write();
      this.letGo(target, held, write);
      return held.written;
    }
    if (held) {
      held.write = write;
      held.rest.cancel();
      held.rest = this.restAfter(target);
      return this.mirror.remote(target, value, shown, held.written);
    }
    let settle = (): void => undefined;
    const written = new Promise<void>((resolve) => (settle = resolve));
    this.held.set(target, { write, written, settle, rest: this.restAfter(target) });
    return this.mirror.remote(target, value, shown, written);
  }

  private restAfter(target: Target): Cancellable {
    return this.timer.wait(this.restTicks, () => {
      const held = this.held.get(target);
      if (held) this.letGo(target, held, held.write);
    });
  }

  /** Lets the parameter go, then writes it (one batch, in that order). */
  private letGo(target: Target, held: Held, write: () => Promise<unknown>): void {
    this.held.delete(target);
    held.rest.cancel();
    void this.mirror.release(target);
    void write().then(held.settle, held.settle);
  }
}
