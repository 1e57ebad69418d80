// Actions that must read Live before writing (notes are not mirrored) return this sequence, so the
// action runner keeps the undo step open until the write has been sent.
import type { Observable } from "../events/Observable";
import { Sequence, type StepResult } from "../sequence/Sequence";
import type { SequenceContext } from "../sequence/SequenceContext";

type Outcome<T> = { settled: false } | { settled: true; failed: false; value: T } | { settled: true; failed: true; error: unknown };

/**
 * A started sequence that ends when `work` resolves, with its value as the result (a result text
 * reaches the status line), and errors when it rejects.
 */
export function untilSettled<T>(seq: SequenceContext, name: string, work: Promise<T>): Sequence<StepResult<T>> {
  let outcome: Outcome<T> = { settled: false };
  const listeners = new Set<(value: Outcome<T>) => void>();
  const settle = (next: Outcome<T>): void => {
    outcome = next;
    for (const listener of [...listeners]) listener(next);
  };
  work.then(
    (value) => settle({ settled: true, failed: false, value }),
    (error: unknown) => settle({ settled: true, failed: true, error }),
  );
  const observable: Observable<Outcome<T>> = {
    get: () => outcome,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return new Sequence(seq, name)
    .waitFor(
      observable,
      (value): value is Outcome<T> & { settled: true; failed: false } => {
        if (value.settled && value.failed) throw value.error;
        return value.settled;
      },
      { name },
    )
    .add((settled) => settled.value)
    .done();
}
