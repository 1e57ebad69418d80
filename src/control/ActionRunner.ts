// Runs the action a gesture names: checks what it needs, runs it in one Live undo step that lasts as long
// as the Sequence it may return, logs its duration in ticks, and keeps a failing action from affecting
// the next knob.
import { ActionWarning, isPendingAction } from "../actions/Action";
import type { ActionContext, ActionDefinition, ActionResult, Need } from "../actions/Action";
import type { SelectionProbe, StatusLine, UndoSteps } from "../actions/ActionContract";
import type { ActionRegistry } from "../actions/ActionRegistry";
import { describeError } from "../log/Logger";
import type { Logger } from "../log/Logger";
import { describeEncoder } from "./MultiEncoder";
import type { TickClock } from "./TickClock";

const NEED_LABELS: Record<Need, string> = {
  currentTrack: "current track",
  selectedTrack: "selected track",
  selectedClip: "selected clip",
  selectedClipSlot: "selected clip slot",
  selectedScene: "selected scene",
  selectedDevice: "selected device",
  selectedParameter: "selected parameter",
};

export interface ActionRunnerOptions {
  registry: ActionRegistry;
  logger: Logger;
  clock: TickClock;
  undo: UndoSteps;
  status: StatusLine;
  selection: SelectionProbe;
}

export class ActionRunner {
  /** The undo step left open by an action still running its sequence. */
  private openStep: object | null = null;

  constructor(private readonly options: ActionRunnerOptions) {}

  /** Never throws: every failure ends as a log line and a status message. */
  run(actionId: string, context: ActionContext): void {
    const definition = this.options.registry.get(actionId);
    const source = describeEncoder(context.encoder);
    if (definition === undefined) return this.warn(`${source}: unknown action "${actionId}"`);
    if (!definition.gestures.includes(context.gesture)) {
      return this.warn(`${source}: ${definition.title} does not accept ${context.gesture}`);
    }
    const handler = definition.handler;
    if (handler === undefined) return this.warn(`${definition.title} (${actionId}) is not implemented yet`);
    const refusal = this.refusal(definition, context);
    if (refusal !== undefined) return this.warn(`${definition.title}: ${refusal}`);

    // An action still running keeps its undo step open; it ends here so the two never share one.
    if (this.openStep !== null) this.endUndoStep(this.openStep);
    const step = {};
    try {
      this.options.undo.begin(definition.title);
      this.openStep = step;
    } catch (error) {
      return this.fail(definition, error);
    }
    const startedAt = this.options.clock.currentTick;
    let result: ActionResult;
    try {
      result = handler(context);
    } catch (error) {
      this.endUndoStep(step);
      return this.fail(definition, error, 0);
    }
    if (!isPendingAction(result)) {
      this.endUndoStep(step);
      return this.succeed(definition, startedAt);
    }
    if (result.status === "un-started") {
      this.endUndoStep(step);
      return this.fail(definition, new Error(`it returned sequence '${result.name}' without starting it (call done())`), 0);
    }
    // The undo step spans the whole sequence, as in the original, unless another action starts meanwhile.
    result.onEnd((ended) => {
      this.endUndoStep(step);
      if (ended.status === "terminated") return this.succeed(definition, startedAt);
      const ticks = this.options.clock.currentTick - startedAt;
      if (ended.status === "cancelled") {
        this.options.logger.debug(`${definition.title}: cancelled after ${ticks} ticks`);
        return this.warn(`${definition.title}: cancelled`);
      }
      // The sequence has already logged the cause with its failing step.
      this.fail(definition, ended.error, ticks, true);
    });
  }

  private succeed(definition: Readonly<ActionDefinition>, startedAt: number): void {
    this.options.status.show("info", definition.title);
    // Ticks are the script's own measure: a debug line, never the Max console (what the musician reads
    // is the status line; scrolls come in bursts besides).
    this.options.logger.debug(`${definition.title}: took ${this.options.clock.currentTick - startedAt} ticks`);
  }

  private refusal(definition: Readonly<ActionDefinition>, context: ActionContext): string | undefined {
    const missing = definition.needs.find((need) => !this.options.selection.has(need));
    if (missing !== undefined) return `no ${NEED_LABELS[missing]}`;
    try {
      return definition.guard?.(context);
    } catch (error) {
      return `guard failed: ${describeError(error)}`;
    }
  }

  private endUndoStep(step: object): void {
    if (this.openStep !== step) return;
    this.openStep = null;
    try {
      this.options.undo.end();
    } catch (error) {
      this.options.logger.error("ending the undo step failed", error);
    }
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
    this.options.status.show("error", `${definition.title} failed: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
