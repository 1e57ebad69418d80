// Runs the action a gesture names: resolves what it needs, runs it in the Live undo step of its gesture
// (GestureUndo.ts: a press, or a burst of detents), shows its result, and keeps a failing action from
// affecting the next knob.
import { ActionWarning, isPendingAction } from "../actions/Action";
import type { ActionContext, ActionDefinition, ActionInput } from "../actions/Action";
import type { ActionRegistry } from "../actions/ActionRegistry";
import type { StatusLine, UndoSteps } from "../actions/ActionServices";
import { NEED_LABELS, type Need, type NeedResolver, type NeedValues } from "../actions/Needs";
import { describeError, messageOf } from "../log/ErrorText";
import type { Logger } from "../log/Logger";
import { GestureUndo, type OpenStep, type QuietTimer } from "./GestureUndo";
import { describeEncoder } from "./MultiEncoder";
import { elapsedMs, type TickClock } from "./TickClock";

/** How long after an action Live's refusal is its: a round trip and the re-read that confirms it, with room. */
const REFUSAL_WINDOW_MS = 1_000;

/** Runs an action's run; `answered` resolves once Live has answered the writes and calls it made (null: none). */
export type RunOutcome = (run: () => unknown) => { result: unknown; answered: Promise<void> | null };

export interface ActionRunnerOptions {
  registry: ActionRegistry;
  logger: Logger;
  clock: TickClock & QuietTimer;
  undo: UndoSteps;
  status: StatusLine;
  selection: NeedResolver;
  /** Without it (no Live), a run's writes count as answered at once. */
  outcome?: RunOutcome;
}

/** The action run last: a refusal Live sends soon after is its. */
interface LastRun {
  title: string;
  tick: number;
  refused: boolean;
}

export class ActionRunner {
  /** The action run last and when: a refusal Live sends soon after is reported under its title. */
  private last: LastRun | null = null;
  private readonly steps: GestureUndo;

  constructor(private readonly options: ActionRunnerOptions) {
    this.steps = new GestureUndo(options.undo, options.clock, (error) => options.logger.error("ending the undo step failed", error));
  }

  /** Never throws: every failure ends as a log line and a status message. */
  run(actionId: string, context: ActionContext): void {
    const definition = this.options.registry.get(actionId);
    const source = describeEncoder(context.encoder);
    if (definition === undefined) return this.warn(`${source}: unknown action "${actionId}"`);
    if (!definition.gestures.includes(context.gesture)) {
      return this.warn(`${source}: ${definition.title} does not accept ${context.gesture}`);
    }
    const input = this.prepare(definition, context);
    if (typeof input === "string") return this.warn(`${definition.title}: ${input}`);

    const run: LastRun = { title: definition.title, tick: this.options.clock.currentTick, refused: false };
    this.last = run;
    let step: OpenStep;
    try {
      step = this.steps.enter(definition.title, actionId, context);
    } catch (error) {
      return this.fail(definition, error);
    }
    const startedAt = this.options.clock.currentTick;
    let outcome: ReturnType<RunOutcome>;
    try {
      outcome = (this.options.outcome ?? ((fn) => ({ result: fn(), answered: null })))(() => definition.run(input));
    } catch (error) {
      this.steps.leave(step, true);
      return this.fail(definition, error, 0);
    }
    const { result, answered } = outcome;
    if (!isPendingAction(result)) {
      this.steps.leave(step, false);
      const text = typeof result === "string" ? result : undefined;
      if (answered === null) return this.succeed(definition, startedAt, text);
      // Success is told once Live has taken the run's writes and calls; a refusal has been told instead.
      void answered.then(() => !run.refused && this.succeed(definition, startedAt, text));
      return;
    }
    if (result.status === "un-started") {
      this.steps.leave(step, true);
      return this.fail(definition, new Error(`it returned sequence '${result.name}' without starting it (call done())`), 0);
    }
    // The undo step spans the whole sequence, as in the original, unless another action starts meanwhile.
    result.onEnd((ended) => {
      this.steps.leave(step, ended.status !== "terminated");
      if (ended.status === "terminated") {
        if (!run.refused) this.succeed(definition, startedAt, typeof ended.result === "string" ? ended.result : undefined);
        return;
      }
      const ticks = this.options.clock.currentTick - startedAt;
      if (ended.status === "cancelled") {
        this.options.logger.debug(`${definition.title}: cancelled after ${ticks} ticks`);
        return this.warn(`${definition.title}: cancelled`);
      }
      // The sequence has already logged the cause with its failing step.
      this.fail(definition, ended.error, ticks, true);
    });
  }

  /** The status line shows the run's result text, or the action's title when it gave none. */
  private succeed(definition: Readonly<ActionDefinition>, startedAt: number, text?: string): void {
    this.options.status.show("info", text ?? definition.title);
    // Ticks are the script's own measure: a debug line, never the Max console (what the musician reads
    // is the status line; scrolls come in bursts besides).
    this.options.logger.debug(`${definition.title}: took ${this.options.clock.currentTick - startedAt} ticks`);
  }

  /** The run's input, its needs resolved; or why it cannot run now. */
  private prepare(definition: Readonly<ActionDefinition>, context: ActionContext): ActionInput | string {
    const found = new Map<Need, NeedValues[Need]>();
    for (const need of definition.needs) {
      const value = this.options.selection.resolve(need);
      if (value === null) return `no ${NEED_LABELS[need]}`;
      found.set(need, value);
    }
    try {
      const input = this.options.registry.inputFor(definition, context, found);
      return definition.refuse?.(input) ?? input;
    } catch (error) {
      return `guard failed: ${describeError(error)}`;
    }
  }

  /**
   * Live refused a write or call an action made (arming half an external synth, a clip already gone):
   * the status line says what did not happen, in place of the action's result (the log has it already).
   */
  refused(what: string): void {
    const last = this.last;
    // A refusal long after the last action is of the model's own writes (a monitoring put back): no title.
    const recent = last !== null && elapsedMs(last.tick, this.options.clock.currentTick) <= REFUSAL_WINDOW_MS;
    if (recent) last.refused = true;
    this.options.status.show("warn", recent ? `${last.title}: ${what}` : what);
  }

  private warn(text: string): void {
    this.options.logger.warn(text);
    this.options.status.show("warn", text);
  }

  private fail(definition: Readonly<ActionDefinition>, error: unknown, ticks?: number, logged = false): void {
    if (error instanceof ActionWarning) return this.warn(`${definition.title}: ${error.message}`);
    const line = `${definition.title} (${definition.id}) failed`;
    if (ticks !== undefined) this.options.logger.debug(`${line} after ${ticks} ticks`);
    if (!logged) this.options.logger.error(line, error);
    this.options.status.show("error", `${definition.title} failed: ${messageOf(error)}`);
  }
}
