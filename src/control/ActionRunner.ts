// Runs the action a gesture names: resolves what it needs, runs it in the Live undo step of its gesture
// (GestureUndo.ts: a press, or a burst of detents), shows its result once Live has answered the writes
// it returned (or what Live refused instead), and keeps a failing action from affecting the next knob.
import { ActionWarning, isAnswered, isPendingAction } from "../actions/Action";
import type { ActionContext, ActionDefinition, ActionInput } from "../actions/Action";
import type { ActionRegistry } from "../actions/ActionRegistry";
import type { StatusLine, UndoSteps } from "../actions/ActionServices";
import { NEED_LABELS, type Need, type NeedResolver, type NeedValues } from "../actions/Needs";
import { describeError, messageOf } from "../log/ErrorText";
import type { Logger } from "../log/Logger";
import { GestureUndo, type OpenStep, type QuietTimer } from "./GestureUndo";
import { describeEncoder } from "./MultiEncoder";
import type { TickClock } from "./TickClock";
import { Refused, refusalText } from "../model/Answer";
import type { Args } from "../actions/ActionParams";

/** How a run ended, for a list waiting on it: done, or why not (in the words the status line showed). */
export type RunEnd = { ok: true } | { ok: false; reason: string };

/** What a gesture's binding adds to the action id: its arguments, and who waits for the end (a list). */
export interface RunCall {
  readonly args?: Args;
  ended?(end: RunEnd): void;
}

export interface ActionRunnerOptions {
  registry: ActionRegistry;
  logger: Logger;
  clock: TickClock & QuietTimer;
  undo: UndoSteps;
  status: StatusLine;
  selection: NeedResolver;
}

export class ActionRunner {
  private readonly steps: GestureUndo;

  constructor(private readonly options: ActionRunnerOptions) {
    this.steps = new GestureUndo(options.undo, options.clock, (error) => options.logger.error("ending the undo step failed", error));
  }

  /** Never throws: every failure ends as a log line and a status message, and `call.ended` is told once. */
  run(actionId: string, context: ActionContext, call: RunCall = {}): void {
    let tell = call.ended;
    const end: Ended = (result) => {
      const ended = tell;
      tell = undefined;
      ended?.(result);
    };
    const definition = this.options.registry.get(actionId);
    const source = describeEncoder(context.encoder);
    if (definition === undefined) return this.warn(`${source}: unknown action "${actionId}"`, end);
    if (!definition.gestures.includes(context.gesture)) {
      return this.warn(`${source}: ${definition.title} does not accept ${context.gesture}`, end);
    }
    const input = this.prepare(definition, context, call.args);
    if (typeof input === "string") return this.warn(`${definition.title}: ${input}`, end);

    let step: OpenStep;
    try {
      step = this.steps.enter(definition.title, actionId, context);
    } catch (error) {
      return this.fail(definition, error, end);
    }
    const startedAt = this.options.clock.currentTick;
    let result: unknown;
    try {
      result = definition.run(input);
    } catch (error) {
      this.steps.leave(step, true);
      return this.fail(definition, error, end, 0);
    }
    if (!isPendingAction(result)) {
      this.steps.leave(step, false);
      return this.finish(definition, startedAt, result, end);
    }
    if (result.status === "un-started") {
      this.steps.leave(step, true);
      return this.fail(definition, new Error(`it returned sequence '${result.name}' without starting it (call done())`), end, 0);
    }
    // The undo step spans the whole sequence, as in the original, unless another action starts meanwhile.
    result.onEnd((ended) => {
      this.steps.leave(step, ended.status !== "terminated");
      if (ended.status === "terminated") return this.finish(definition, startedAt, ended.result, end);
      const ticks = this.options.clock.currentTick - startedAt;
      if (ended.status === "cancelled") {
        this.options.logger.debug(`${definition.title}: cancelled after ${ticks} ticks`);
        return this.warn(`${definition.title}: cancelled`, end);
      }
      // The sequence has already logged the cause with its failing step.
      this.fail(definition, ended.error, end, ticks, true);
    });
  }

  /**
   * The run's writes answered (taken before Live can answer, so a refusal is told here, under the
   * action's title, in place of success), or its result text at once.
   */
  private finish(definition: Readonly<ActionDefinition>, startedAt: number, result: unknown, end: Ended): void {
    if (!isAnswered(result)) return this.succeed(definition, startedAt, typeof result === "string" ? result : undefined, end);
    void result.answer.take().then(
      (outcome) => {
        if (outcome.kind === "accepted") this.succeed(definition, startedAt, result.text, end);
        else this.warn(`${definition.title}: ${refusalText(outcome)}`, end, false);
      },
      (error: unknown) => this.fail(definition, error, end),
    );
  }

  /** The status line shows the run's result text, or the action's title when it gave none. */
  private succeed(definition: Readonly<ActionDefinition>, startedAt: number, text: string | undefined, end: Ended): void {
    this.options.status.show("info", text ?? definition.title);
    // Ticks are the script's own measure: a debug line, never the Max console (what the musician reads
    // is the status line; scrolls come in bursts besides).
    this.options.logger.debug(`${definition.title}: took ${this.options.clock.currentTick - startedAt} ticks`);
    end({ ok: true });
  }

  /** The run's input, its needs resolved and its arguments given; or why it cannot run now. */
  private prepare(definition: Readonly<ActionDefinition>, context: ActionContext, args: Args | undefined): ActionInput | string {
    const found = new Map<Need, NeedValues[Need]>();
    for (const need of definition.needs) {
      const value = this.options.selection.resolve(need);
      if (value === null) return `no ${NEED_LABELS[need]}`;
      found.set(need, value);
    }
    try {
      const input = this.options.registry.inputFor(definition, context, found, args);
      return definition.refuse?.(input) ?? input;
    } catch (error) {
      return `guard failed: ${describeError(error)}`;
    }
  }

  /** `logged` false: the status line only (Live's refusal of an answered run is not logged as a warning). */
  private warn(text: string, end: Ended, logged = true): void {
    if (logged) this.options.logger.warn(text);
    this.options.status.show("warn", text);
    end({ ok: false, reason: text });
  }

  private fail(definition: Readonly<ActionDefinition>, error: unknown, end: Ended, ticks?: number, logged = false): void {
    if (error instanceof ActionWarning || error instanceof Refused) return this.warn(`${definition.title}: ${error.message}`, end);
    const line = `${definition.title} (${definition.id}) failed`;
    if (ticks !== undefined) this.options.logger.debug(`${line} after ${ticks} ticks`);
    if (!logged) this.options.logger.error(line, error);
    const text = `${definition.title} failed: ${messageOf(error)}`;
    this.options.status.show("error", text);
    end({ ok: false, reason: text });
  }
}

type Ended = (end: RunEnd) => void;
