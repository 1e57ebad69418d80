// A knob's turn on a parameter, as one undo entry. No public Live gives Max for Live begin_undo_step or
// begin_gesture, and each LiveAPI write is an undo entry of its own (shared/DESIGN.md, "What Max and Live
// charge"), so a turn of 20 detents written detent by detent would leave 20. Instead a turn's detents go
// through the device's [live.remote~] (op `remote`, src/shim/remotes.ts): Live plays each at once and
// records nothing. Once no detent has reached the parameter for `restTicks`, the remote lets it go and its
// value is written once: one undo entry a parameter a turn. Each parameter rests on its own, so two knobs
// turned together by two hands are one entry each. A write outside a turn (a press's, or a sequence's after
// its gesture ended) is written at once, one entry a change; a parameter a turn still holds is let go
// first, as Live refuses a write to a held parameter (src/sim/live/DeviceParameter.ts).
// A snapshot's ramp glides parameters through the same pool, leaving HANDS remotes free for the knobs, and
// lands each with one write: one undo entry a parameter a ramp (src/actions/SnapshotRamp.ts).
import { Answer } from "./Answer";
import type { Mirror } from "../lom/Mirror";
import type { Effect } from "../lom/MirrorNode";
import type { Cancellable } from "../time/ScheduledCallback";
import { REMOTE_SLOTS, type Target } from "../wire/protocol";

/** Remotes a ramp leaves free: two hands turning two knobs while it runs. */
const HANDS = 2;

/** What times a parameter's rest (the TickScheduler). */
export interface RestTimer {
  wait(ticks: number, callback: () => void): Cancellable;
}

interface Held {
  /** The turn's one write of the last value. */
  write: () => Answer;
  /** Settled once that write is answered: until then the mirror shows the played value. */
  written: Promise<void>;
  settle: () => void;
  rest: Cancellable;
  /** Held by a ramp, which lands it; a knob turned meanwhile takes it over. */
  glide: boolean;
}

const NO_REST: Cancellable = { pending: false, cancel: () => undefined };

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
  write(target: Target, value: number, shown: Effect, write: () => Answer): Answer {
    const held = this.held.get(target);
    if (!this.turning) {
      return held ? this.letGo(target, held, write) : write();
    }
    if (held) {
      held.glide = false;
      held.write = write;
      held.rest.cancel();
      held.rest = this.restAfter(target);
      return this.mirror.remote(target, value, shown, held.written);
    }
    let settle = (): void => undefined;
    const written = new Promise<void>((resolve) => (settle = resolve));
    this.held.set(target, { write, written, settle, rest: this.restAfter(target), glide: false });
    return this.mirror.remote(target, value, shown, written);
  }

  /**
   * A ramp plays `value` on `target` through a remote: null when no remote is free for it (the pool less
   * HANDS) or a knob has taken it over; the ramp then only lands it.
   */
  glide(target: Target, value: number, shown: Effect): Answer | null {
    let held = this.held.get(target);
    if (held === undefined) {
      if (this.held.size >= REMOTE_SLOTS - HANDS) return null;
      let settle = (): void => undefined;
      const written = new Promise<void>((resolve) => (settle = resolve));
      held = { write: () => Answer.none(), written, settle, rest: NO_REST, glide: true };
      this.held.set(target, held);
    }
    return held.glide ? this.mirror.remote(target, value, shown, held.written) : null;
  }

  /** A ramp ends on `target`: let go and written once; a knob that took it over writes it when it rests. */
  land(target: Target, write: () => Answer): Answer {
    const held = this.held.get(target);
    if (held === undefined) return write();
    return held.glide ? this.letGo(target, held, write) : Answer.none();
  }

  private restAfter(target: Target): Cancellable {
    return this.timer.wait(this.restTicks, () => {
      const held = this.held.get(target);
      if (held) void this.letGo(target, held, held.write);
    });
  }

  /** Lets the parameter go, then writes it (one batch, in that order). */
  private letGo(target: Target, held: Held, write: () => Answer): Answer {
    this.held.delete(target);
    held.rest.cancel();
    void this.mirror.release(target);
    const answer = write();
    void answer.then(held.settle, held.settle);
    return answer;
  }
}
