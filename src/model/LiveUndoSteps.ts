// What the action runner's gestures do to Live's undo history. Song.begin_undo_step / end_undo_step are in
// Live 12's Python API (shared/reference/live12-python-api-inventory.json) but Max for Live's bridge
// exposes them in no public Live (the whitelists for 11.2 and 12.0), so each change an action makes is its
// own undo entry. What keeps Ctrl+Z useful is ParameterTurns: a turn on a parameter leaves one entry. The
// functions are still probed (OptionalFunctions): a Live that exposes them groups each gesture in one step.
import type { Logger } from "../log/Logger";
import type { FunctionName } from "../lom/LomNames";
import { OptionalFunctions } from "./OptionalFunctions";
import type { ParameterTurns } from "./ParameterTurns";

export const BEGIN_UNDO_STEP = "begin_undo_step" satisfies FunctionName<"Song">;
export const END_UNDO_STEP = "end_undo_step" satisfies FunctionName<"Song">;
export const BEGIN_GESTURE = "begin_gesture" satisfies FunctionName<"DeviceParameter">;
export const END_GESTURE = "end_gesture" satisfies FunctionName<"DeviceParameter">;

/** Logged once (debug: every public Live lacks them, so it is no news on the console). */
export const NO_UNDO_STEPS_NOTE =
  "Live's Song has no begin_undo_step / end_undo_step: each change is its own undo entry (a turn on a parameter stays one, through live.remote~)";

/** The action runner's UndoSteps (src/actions/ActionServices.ts). */
export class LiveUndoSteps {
  readonly steps: OptionalFunctions;

  /** `call`: calls a function of the song and answers Live's reply (rejects when Live refuses). */
  constructor(
    private readonly call: (fn: string) => Promise<unknown>,
    log: Logger,
    private readonly turns: ParameterTurns,
  ) {
    this.steps = new OptionalFunctions(log, NO_UNDO_STEPS_NOTE);
  }

  begin(_name: string, turn: boolean): void {
    this.turns.begin(turn);
    this.steps.send(BEGIN_UNDO_STEP, () => this.call(BEGIN_UNDO_STEP));
  }

  /** The step (where Live has one) ends; a turn's parameters are written as each rests (ParameterTurns). */
  end(): void {
    this.turns.end();
    this.steps.send(END_UNDO_STEP, () => this.call(END_UNDO_STEP));
  }
}
