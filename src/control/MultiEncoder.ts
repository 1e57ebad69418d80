// One physical knob: rotation on a CC, push on a note. Turns MIDI into gestures and gestures into bindings.
import { GESTURE_NAMES } from "../actions/GestureNames";
import type { ActionContext, EncoderRef, Gesture } from "../actions/Action";
import type { Logger } from "../log/Logger";
import type { ControllerWarnings } from "./ControllerWarnings";
import type { Binding, EncoderActions } from "./Mapping";
import { decodeRelative } from "./RelativeEncoding";
import type { RelativeEncoding } from "./RelativeEncoding";
import { elapsedMs } from "./TickClock";
import type { TickClock } from "./TickClock";

export type GestureDispatch = (binding: Binding, context: ActionContext) => void;

export interface EncoderEnvironment {
  relativeEncoding: RelativeEncoding;
  longPressMs: number;
  clock: TickClock;
  logger: Logger;
  /** Warnings the musician sees on the status line too. */
  warnings: ControllerWarnings;
  dispatch: GestureDispatch;
}

export function describeEncoder(ref: EncoderRef): string {
  return `${ref.group} knob ${ref.position} "${ref.label}"`;
}

export class MultiEncoder {
  private pressedAt: number | undefined;

  constructor(
    readonly ref: EncoderRef,
    private readonly actions: EncoderActions,
    private readonly env: EncoderEnvironment,
  ) {}

  /**
   * Without a long-press action the press runs at once (no added latency), so a long hold of such an encoder
   * falls back to its press; with one, the choice waits for the release.
   */
  press(): void {
    this.pressedAt = this.env.clock.currentTick;
    if (this.actions.longPress === undefined) this.trigger("press");
  }

  release(): void {
    const pressedAt = this.pressedAt;
    if (pressedAt === undefined) {
      this.env.logger.debug(`${describeEncoder(this.ref)}: release without a press, ignored`);
      return;
    }
    this.pressedAt = undefined;
    if (this.actions.longPress === undefined) return;
    const held = elapsedMs(pressedAt, this.env.clock.currentTick);
    this.trigger(held >= this.env.longPressMs ? "longPress" : "press");
  }

  turn(value: number): void {
    const scroll = decodeRelative(this.env.relativeEncoding, value);
    if (scroll === undefined) {
      this.env.logger.debug(`${describeEncoder(this.ref)}: CC value ${value} means no movement`);
      return;
    }
    const binding = this.actions.scroll;
    if (binding === undefined) return this.warnUnmapped("scroll");
    this.env.dispatch(binding, { gesture: "scroll", scroll, encoder: this.ref });
  }

  private trigger(gesture: "press" | "longPress"): void {
    const binding = this.actions[gesture];
    if (binding === undefined) return this.warnUnmapped(gesture);
    this.env.dispatch(binding, { gesture, encoder: this.ref });
  }

  private warnUnmapped(gesture: Gesture): void {
    this.env.warnings.warn(`${describeEncoder(this.ref)}: no action for ${GESTURE_NAMES[gesture]}`);
  }
}
