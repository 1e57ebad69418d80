// One physical knob: rotation on a CC, push on a note. Turns MIDI into gestures and gestures into bindings:
// a press, a long press (decided on release), a double press (a second push soon after the first), and,
// while its group's shift knob is held, the knob's shift actions.
import { GESTURE_NAMES } from "../actions/GestureNames";
import type { ActionContext, EncoderRef, Gesture } from "../actions/Action";
import type { Logger } from "../log/Logger";
import type { Cancellable } from "../time/ScheduledCallback";
import { msToTicks } from "../time/TickScheduler";
import type { ControllerWarnings } from "./ControllerWarnings";
import type { Binding, EncoderActions } from "./Mapping";
import { decodeRelative } from "./RelativeEncoding";
import type { RelativeEncoding } from "./RelativeEncoding";
import type { ShiftKnob } from "./ShiftKnob";
import { elapsedMs } from "./TickClock";
import type { TickTimer } from "./TickClock";

export type GestureDispatch = (binding: Binding, context: ActionContext) => void;

export interface EncoderEnvironment {
  relativeEncoding: RelativeEncoding;
  longPressMs: number;
  doublePressMs: number;
  clock: TickTimer;
  logger: Logger;
  /** Warnings the musician sees on the status line too. */
  warnings: ControllerWarnings;
  dispatch: GestureDispatch;
}

/** A knob of the router: what MIDI does to it, and `forget` when what it holds is no longer true. */
export interface Knob {
  press(): void;
  release(): void;
  turn(value: number): void;
  /** Ends a push whose release will never come, as if it came now (All Notes Off). */
  releaseHeld(): void;
  /** Drops a held push without acting; a single press waiting for a second push runs now. */
  forget(): void;
}

export function describeEncoder(ref: EncoderRef): string {
  return `${ref.group} knob ${ref.position} "${ref.label}"`;
}

/** The actions one push or turn uses: the knob's own, or its shift actions while shift is held. */
interface Layer {
  actions: EncoderActions;
  shifted: boolean;
}

interface Push {
  at: number;
  layer: Layer;
  /** The second push of a double press: it acted on arrival, its release does nothing. */
  acted: boolean;
}

export class MultiEncoder implements Knob {
  private held: Push | undefined;
  /** A short push of a knob with a double press, its press waiting for the window to pass. */
  private single: { layer: Layer; timer: Cancellable } | undefined;

  constructor(
    readonly ref: EncoderRef,
    private readonly actions: EncoderActions,
    private readonly shift: { key: ShiftKnob; actions: EncoderActions } | undefined,
    private readonly env: EncoderEnvironment,
  ) {}

  /**
   * Without a long or double press the press runs at once (no added latency), so a long hold of such an
   * encoder falls back to its press; with one, the choice waits for the release (and the double press window).
   */
  press(): void {
    if (this.held !== undefined) {
      this.env.logger.debug(`${describeEncoder(this.ref)}: pushed again without a release: the first push ends here`);
      this.release();
    }
    const layer = this.layer();
    const at = this.env.clock.currentTick;
    if (this.single !== undefined && this.single.layer.shifted === layer.shifted) {
      this.single.timer.cancel();
      this.single = undefined;
      this.held = { at, layer, acted: true };
      return this.trigger("doublePress", layer);
    }
    this.runSingle();
    this.held = { at, layer, acted: false };
    if (!decidedOnRelease(layer.actions)) this.trigger("press", layer);
  }

  release(): void {
    const push = this.held;
    if (push === undefined) {
      this.env.logger.debug(`${describeEncoder(this.ref)}: release without a press, ignored`);
      return;
    }
    this.held = undefined;
    const { actions } = push.layer;
    if (push.acted || !decidedOnRelease(actions)) return;
    const held = elapsedMs(push.at, this.env.clock.currentTick);
    if (actions.longPress !== undefined && held >= this.env.longPressMs) return this.trigger("longPress", push.layer);
    if (actions.doublePress === undefined) return this.trigger("press", push.layer);
    const layer = push.layer;
    // Due on the first tick where elapsed ticks × 17 ms ≥ doublePressMs (a tick runs before the MIDI after it):
    // a second push before then is a double press.
    const timer = this.env.clock.wait(msToTicks(this.env.doublePressMs), () => {
      this.single = undefined;
      this.trigger("press", layer);
    });
    this.single = { layer, timer };
  }

  turn(value: number): void {
    const scroll = decodeRelative(this.env.relativeEncoding, value);
    if (scroll === undefined) {
      this.env.logger.debug(`${describeEncoder(this.ref)}: CC value ${value} means no movement`);
      return;
    }
    // The press came first: it runs before the turn.
    this.runSingle();
    const layer = this.layer();
    const binding = layer.actions.scroll;
    if (binding === undefined) return this.warnUnmapped("scroll", layer);
    this.env.dispatch(binding, { gesture: "scroll", scroll, encoder: this.ref });
  }

  releaseHeld(): void {
    if (this.held !== undefined) this.release();
  }

  forget(): void {
    this.held = undefined;
    this.runSingle();
  }

  /** The shift actions while the group's shift knob is held (which then counts as used). */
  private layer(): Layer {
    if (this.shift === undefined || !this.shift.key.isHeld) return { actions: this.actions, shifted: false };
    this.shift.key.use();
    return { actions: this.shift.actions, shifted: true };
  }

  /** Runs the single press waiting for a second push now, if one is waiting. */
  private runSingle(): void {
    const single = this.single;
    if (single === undefined) return;
    this.single = undefined;
    single.timer.cancel();
    this.trigger("press", single.layer);
  }

  private trigger(gesture: "press" | "longPress" | "doublePress", layer: Layer): void {
    const binding = layer.actions[gesture];
    if (binding === undefined) return this.warnUnmapped(gesture, layer);
    this.env.dispatch(binding, { gesture, encoder: this.ref });
  }

  private warnUnmapped(gesture: Gesture, layer: Layer): void {
    const hint = gesture === "press" && layer.actions.doublePress !== undefined ? " (double-press it)" : "";
    this.env.warnings.warn(`${describeEncoder(this.ref)}: no ${layer.shifted ? "shift " : ""}action for ${GESTURE_NAMES[gesture]}${hint}`);
  }
}

/** A push whose gesture is known only on release: a long or a double press could follow. */
function decidedOnRelease(actions: EncoderActions): boolean {
  return actions.longPress !== undefined || actions.doublePress !== undefined;
}
