// Live's undo steps for the action runner: Song.begin_undo_step / end_undo_step through the bridge, and
// around the writes of each parameter a step touches, DeviceParameter.begin_gesture / end_gesture. All four
// are in Live 12's Python API (shared/reference/live12-python-api-inventory.json) but not on Cycling '74's
// LOM pages, so a Live may lack them (OptionalFunctions): without undo steps each change an action makes
// is its own undo step, as Live records LOM edits. Gestures are used only once the platform probe has found
// them; without, a parameter's writes rely on the step alone, which reports on Live 12.4 disagree whether
// they join. The nesting is Ableton's own Push script's
// (Push/TouchEncoderElement.py: begin_gesture and begin_undo_step around a touched encoder's writes).
import type { Logger } from "../log/Logger";
import type { FunctionName } from "../lom/LomNames";
import { OptionalFunctions } from "./OptionalFunctions";

export const BEGIN_UNDO_STEP = "begin_undo_step" satisfies FunctionName<"Song">;
export const END_UNDO_STEP = "end_undo_step" satisfies FunctionName<"Song">;
export const BEGIN_GESTURE = "begin_gesture" satisfies FunctionName<"DeviceParameter">;
export const END_GESTURE = "end_gesture" satisfies FunctionName<"DeviceParameter">;

export const NO_UNDO_STEPS_WARNING =
  "Live's Song has no begin_undo_step / end_undo_step: actions run without undo grouping (each change is its own undo step)";
export const NO_GESTURES_WARNING =
  "Live's DeviceParameter has no begin_gesture / end_gesture: a knob turning a parameter may leave an undo step per detent";

/** A parameter whose writes a gesture can wrap (the model's DeviceParameter). */
export interface GestureTarget {
  beginGesture(): Promise<unknown>;
  endGesture(): Promise<unknown>;
}

/** What a parameter tells before it writes, so the open undo step wraps it in a gesture. */
export interface ParameterGestures {
  touch(parameter: GestureTarget): void;
}

/** The action runner's UndoSteps (src/actions/ActionServices.ts), on Live's Song and parameters. */
export class LiveUndoSteps implements ParameterGestures {
  readonly steps: OptionalFunctions;
  readonly gestures: OptionalFunctions;
  private open = false;
  /** The parameters whose gesture the open step began. */
  private readonly touched = new Set<GestureTarget>();

  /** `call`: calls a function of the song and answers Live's reply (rejects when Live refuses). */
  constructor(
    private readonly call: (fn: string) => Promise<unknown>,
    log: Logger,
  ) {
    this.steps = new OptionalFunctions(log, NO_UNDO_STEPS_WARNING);
    this.gestures = new OptionalFunctions(log, NO_GESTURES_WARNING);
  }

  begin(): void {
    this.open = true;
    this.steps.send(BEGIN_UNDO_STEP, () => this.call(BEGIN_UNDO_STEP));
  }

  touch(parameter: GestureTarget): void {
    if (!this.open || this.gestures.available !== true || this.touched.has(parameter)) return;
    this.touched.add(parameter);
    void parameter.beginGesture();
  }

  /** Ends the gestures inside the step, then the step. */
  end(): void {
    for (const parameter of this.touched) void parameter.endGesture();
    this.touched.clear();
    this.open = false;
    this.steps.send(END_UNDO_STEP, () => this.call(END_UNDO_STEP));
  }
}
