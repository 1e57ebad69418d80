// Runs the action a gesture names: checks what it needs, wraps it in one Live undo step and a Sequence,
// logs its duration in ticks, and keeps a failing action from affecting the next knob.
import { ActionWarning } from "../actions/Action";
import type { ActionContext, ActionDefinition, ActionResult, Need } from "../actions/Action";
import type { ActionRegistry } from "../actions/ActionRegistry";
import { describeError } from "../log/Logger";
import type { Logger } from "../log/Logger";
import { describeEncoder } from "./MultiEncoder";
import type { TickClock } from "./TickClock";

/** Live's undo steps (Song.begin_undo_step / end_undo_step), reached through the LOM bridge. */
export interface UndoSteps {
  begin(name: string): void;
  end(): void;
}

/** The device's status line. */
export interface StatusLine {
  show(level: "info" | "warn" | "error", text: string): void;
}

/** Answers whether Live currently has what an action needs (read from the mirror). */
export interface SelectionProbe {
  has(need: Need): boolean;
}

/** Runs an action body inside a Sequence and reports once when it has finished, with its error if any. */
export interface ActionExecutor {
  run(name: string, body: () => ActionResult, finished: (error?: unknown) => void): void;
}

/** Runs the body at once and waits for the Completion it may return (stand-in until a Sequence adapter exists). */
export const immediateExecutor: ActionExecutor = {
  run(_name, body, finished) {
    let result: ActionResult;
    try {
      result = body();
    } catch (error) {
      finished(error);
      return;
    }
    if (result === undefined) finished();
    else result.onDone(finished);
  },
};

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
  executor?: ActionExecutor;
}

export class ActionRunner {
  private readonly executor: ActionExecutor;

  constructor(private readonly options: ActionRunnerOptions) {
    this.executor = options.executor ?? immediateExecutor;
  }

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

    try {
      this.options.undo.begin(definition.title);
    } catch (error) {
      return this.fail(definition, error);
    }
    const startedAt = this.options.clock.currentTick;
    let settled = false;
    const finished = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      this.endUndoStep();
      const ticks = this.options.clock.currentTick - startedAt;
      if (error !== undefined) return this.fail(definition, error, ticks);
      const line = `${definition.title}: took ${ticks} ticks`;
      // Scrolling comes in bursts; one line per detent would drown the log.
      if (context.gesture === "scroll") this.options.logger.debug(line);
      else this.options.logger.info(line);
    };
    try {
      this.executor.run(definition.title, () => handler(context), finished);
    } catch (error) {
      finished(error);
    }
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

  private endUndoStep(): void {
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

  private fail(definition: Readonly<ActionDefinition>, error: unknown, ticks?: number): void {
    if (error instanceof ActionWarning) return this.warn(`${definition.title}: ${error.message}`);
    const after = ticks === undefined ? "" : ` after ${ticks} ticks`;
    this.options.logger.error(`${definition.title} (${definition.id}) failed${after}`, error);
    const reason = error instanceof Error ? error.message : String(error);
    this.options.status.show("error", `${definition.title} failed: ${reason}`);
  }
}
