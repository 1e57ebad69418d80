// A group's shift knob: while its push is held, the group's other knobs run their shift actions. Its own
// press runs on a tap (released before the long-press time, no other knob of the group used meanwhile),
// so holding shift never runs it; its turn is a plain turn.
import type { EncoderRef } from "../actions/Action";
import { describeEncoder, MultiEncoder } from "./MultiEncoder";
import type { EncoderEnvironment, Knob } from "./MultiEncoder";
import type { EncoderActions } from "./Mapping";
import { elapsedMs } from "./TickClock";

export class ShiftKnob implements Knob {
  private heldAt: number | undefined;
  private used = false;
  /** Its turn, a knob like any other. */
  private readonly turns: MultiEncoder;

  constructor(
    readonly ref: EncoderRef,
    private readonly actions: Pick<EncoderActions, "press" | "scroll">,
    private readonly env: EncoderEnvironment,
  ) {
    this.turns = new MultiEncoder(ref, { scroll: actions.scroll }, undefined, env);
  }

  get isHeld(): boolean {
    return this.heldAt !== undefined;
  }

  /** Another knob of the group ran a shift gesture: this hold is a shift, not a tap. */
  use(): void {
    this.used = true;
  }

  /** A push while already held (its release lost) starts the hold again. */
  press(): void {
    this.heldAt = this.env.clock.currentTick;
    this.used = false;
  }

  release(): void {
    const heldAt = this.heldAt;
    if (heldAt === undefined) return this.env.logger.debug(`${describeEncoder(this.ref)}: release without a press, ignored`);
    this.heldAt = undefined;
    const tap = !this.used && elapsedMs(heldAt, this.env.clock.currentTick) < this.env.longPressMs;
    if (tap && this.actions.press !== undefined) this.env.dispatch(this.actions.press, { gesture: "press", encoder: this.ref });
  }

  turn(value: number): void {
    this.turns.turn(value);
  }

  releaseHeld(): void {
    if (this.heldAt !== undefined) this.release();
  }

  forget(): void {
    this.heldAt = undefined;
  }
}
