// A user module's definition made an action the runner can hold: checked field by field in the
// musician's words (naming the file), its id put in the `user.` area, and its run isolated: a run or a
// refusal that never returns is stopped (TimeLimit.ts), and what it leaves running (a sequence, a
// promise) is watched by a sequence of the script's own that ends it when the Sequence's own limit on
// waiting, DEFAULT_TIMEOUT_TICKS, passes. Fields the contract adds (typed arguments) are carried over.
import { ActionWarning, answered, GESTURES, isPendingAction, type ActionDefinition, type ActionInput } from "../Action";
import { ACTION_ID_PATTERN, USER_AREA } from "../ActionRegistry";
import { NEED_KEYS, type Need } from "../Needs";
import { ObservableValue } from "../../events/ObservableValue";
import { DEFAULT_TIMEOUT_TICKS, Sequence, type StepOptions } from "../../sequence/Sequence";
import type { SequenceContext } from "../../sequence/SequenceContext";
import { TICK_MS } from "../../time/TickScheduler";
import { withinTime } from "./TimeLimit";
import { afterLoading } from "../afterLoading";
import { Answer } from "../../model/Answer";
import type { UserActionInput, UserActionSpec } from "./UserApi";

/** A run or a refusal may not take longer, synchronously: the script waits on it meanwhile. */
export const RUN_LIMIT_MS = 500;

/** What a user action leaves running may not outlast the Sequence's limit on waiting (50 s). */
export const USER_LIMIT_TICKS = DEFAULT_TIMEOUT_TICKS;

type Ending = { kind: "terminated"; result: unknown } | { kind: "errored"; error: unknown } | { kind: "cancelled" } | { kind: "timedOut" };

/** Why `spec` is not an action, in the musician's words; undefined when it is one. */
export function specProblem(spec: UserActionSpec): string | undefined {
  const id = typeof spec.id === "string" ? userId(spec.id) : "";
  if (!ACTION_ID_PATTERN.test(id)) return `id "${String(spec.id)}" must be letters and digits starting with a small letter, such as "user.fadeOut"`;
  if (typeof spec.title !== "string" || spec.title.trim() === "") return `${id}: title must be a text`;
  if (typeof spec.description !== "string") return `${id}: description must be a text`;
  const gestures: unknown = spec.gestures;
  if (!Array.isArray(gestures) || gestures.length === 0 || !gestures.every((g) => (GESTURES as readonly unknown[]).includes(g))) {
    return `${id}: gestures must list some of ${GESTURES.join(", ")}`;
  }
  const needs: unknown = spec.needs ?? [];
  if (!Array.isArray(needs) || !needs.every((need) => typeof need === "string" && need in NEED_KEYS)) {
    return `${id}: needs must list some of ${Object.keys(NEED_KEYS).join(", ")}`;
  }
  if (typeof spec.run !== "function") return `${id}: run must be a function`;
  if (spec.refuse !== undefined && typeof spec.refuse !== "function") return `${id}: refuse must be a function`;
  if (spec.state !== undefined) return `${id}: a user action keeps its own state (in its module), not a state field`;
  return undefined;
}

/** "fadeOut" and "user.fadeOut" are both "user.fadeOut". */
export function userId(id: string): string {
  return id.startsWith(USER_AREA) ? id : `${USER_AREA}${id}`;
}

/** The action of a checked spec (specProblem said nothing). */
export function userDefinition(spec: UserActionSpec): ActionDefinition {
  const { refuse } = spec;
  return {
    ...spec,
    id: userId(spec.id),
    needs: (spec.needs ?? []) as readonly Need[],
    refuse: refuse === undefined ? undefined : (input: ActionInput) => withinTime(RUN_LIMIT_MS, () => refuse.call(spec, userInput(input))),
    run: (input: ActionInput) => {
      const result = withinTime(RUN_LIMIT_MS, () => spec.run.call(spec, userInput(input)));
      // Live's answer returned bare is a run's answered writes (it is a promise too, which says less).
      if (result instanceof Answer) return answered(result);
      const sequence = result instanceof Sequence && result.isStarted;
      return sequence || isPromise(result) ? watched(input.runtime.sequences, userId(spec.id), result) : result;
    },
  };
}

/** A run's input without the script's runtime or state, and a way to make sequences. */
function userInput(input: ActionInput): UserActionInput {
  const { runtime, state: _state, log, status, ...rest } = input;
  return {
    ...rest,
    log: { debug: (t) => log.debug(t), info: (t) => log.info(t), warn: (t) => log.warn(t), error: (t) => log.error(t) },
    status: { show: (level, text) => status.show(level, text) },
    sequence: (name) => timedSteps(new Sequence(runtime.sequences, name)),
    afterLoading: (name, loads, run) => afterLoading(input, name, loads, () => withinTime(RUN_LIMIT_MS, run)),
  };
}

/** The sequence's step functions run within RUN_LIMIT_MS each, as the run itself does (a loop in a step errors the sequence). */
function timedSteps(sequence: Sequence): Sequence {
  const add = sequence.add.bind(sequence) as (fn: unknown, options?: StepOptions) => Sequence<unknown>;
  const timed = (fn: (input: unknown) => unknown) => (input: unknown) => withinTime(RUN_LIMIT_MS, () => fn(input));
  const named = (fn: { name: string }, options: StepOptions = {}): StepOptions => ({ ...options, name: options.name ?? (fn.name || undefined) });
  const replaced = (fn: unknown, options?: StepOptions): Sequence<unknown> =>
    typeof fn === "function" ? add(timed(fn as (input: unknown) => unknown), named(fn, options)) : add((fn as ((input: unknown) => unknown)[]).map(timed), options);
  return Object.assign(sequence, { add: replaced });
}

function isPromise(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** A sequence lasting as long as what the run left running, and no longer than USER_LIMIT_TICKS. */
function watched(context: SequenceContext, id: string, running: Sequence<unknown> | PromiseLike<unknown>): Sequence<unknown> {
  const ending = new ObservableValue<Ending | undefined>(undefined);
  const limit = context.ticks.wait(USER_LIMIT_TICKS, () => ending.set({ kind: "timedOut" }));
  if (isPendingAction(running)) {
    running.onEnd((ended) => {
      if (ended.status === "terminated") ending.set({ kind: "terminated", result: ended.result });
      else if (ended.status === "errored") ending.set({ kind: "errored", error: ended.error });
      else ending.set({ kind: "cancelled" });
    });
  } else {
    running.then(
      (result) => ending.set({ kind: "terminated", result }),
      (error: unknown) => ending.set({ kind: "errored", error }),
    );
  }
  const watch = new Sequence(context, id)
    .waitFor(ending, (value) => value !== undefined, { timeoutTicks: Infinity, name: "until it ends" })
    .add((value) => outcome(value));
  watch.onEnd(() => {
    limit.cancel();
    if (running instanceof Sequence) running.cancel();
  });
  return watch.done();
}

function outcome(ending: Ending | undefined): unknown {
  if (ending === undefined || ending.kind === "terminated") return ending?.result;
  if (ending.kind === "errored") throw ending.error;
  if (ending.kind === "cancelled") throw new ActionWarning("cancelled");
  throw new ActionWarning(`still running after ${Math.round((USER_LIMIT_TICKS * TICK_MS) / 1000)} s: stopped`);
}
