// What a step is: the function a sequence runs and what it results in, and the control a running
// step reports its end through. Apart from Sequence.ts so the waiting and nesting steps
// (SequenceWaits.ts, SequenceNesting.ts) are built without the class that runs them.
import type { Sequence } from "./Sequence";

/** A step function: it receives the previous step's result, so a step declaring another type does not compile. */
export type StepFunction<T, R = unknown> = (previous: T) => R;

/**
 * Live's answer to a step's writes (src/lom/Outcome.ts's Answer, seen by its shape: the sequence does
 * not speak LOM). `accepted` claims it: it resolves once Live took them, and rejects with Live's words.
 */
export interface StepAnswer<O = unknown> {
  accepted(): PromiseLike<O>;
}

export function isAnswer(value: unknown): value is StepAnswer {
  return typeof value === "object" && value !== null && typeof (value as Partial<StepAnswer>).accepted === "function";
}

/**
 * What a step returning `R` results in: a started Sequence's own result, an answer's accepted outcome,
 * anything else as it is (a Promise too: it is not awaited).
 */
export type StepResult<R> = R extends Sequence<infer U> ? U : R extends StepAnswer<infer O> ? O : R;

export interface StepOptions {
  /** Shown in logs; defaults to the function's name. */
  name?: string;
}

/** What a running step uses to report how it ended; only its first report counts. */
export interface StepControl {
  next(result: unknown): void;
  /** `cascaded`: it happened in a nested sequence, which logged it already. */
  fail(cause: unknown, cascaded?: boolean): void;
  cancel(reason: string, cascaded?: boolean): void;
  /** Registers what to release when the step ends, whichever way (runs at once if it has). */
  onSettle(release: () => void): void;
}

export interface Step {
  name: string;
  run(input: unknown, control: StepControl): void;
}
