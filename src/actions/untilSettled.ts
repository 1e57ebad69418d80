// Actions that must read Live before writing (notes are not mirrored) return this sequence, so the
// action runner keeps the undo step open until the write has been sent.
import type { Observable } from "../events/Observable";
import { Sequence } from "../sequence/Sequence";
import type { SequenceContext } from "../sequence/SequenceContext";

type Outcome = { settled: false } | { settled: true; failed: false } | { settled: true; failed: true; error: unknown };

/** A started sequence that ends when `work` resolves and errors when it rejects. */
export function untilSettled(seq: SequenceContext, name: string, work: Promise<unknown>): Sequence<unknown> {
  let outcome: Outcome = { settled: false };
  const listeners = new Set<(value: Outcome) => void>();
  const settle = (next: Outcome): void => {
    outcome = next;
    for (const listener of [...listeners]) listener(next);
  };
  work.then(
    () => settle({ settled: true, failed: false }),
    (error: unknown) => settle({ settled: true, failed: true, error }),
  );
  const observable: Observable<Outcome> = {
    get: () => outcome,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return new Sequence(seq, name)
    .waitFor(
      observable,
      (value) => {
        if (value.settled && value.failed) throw value.error;
        return value.settled;
      },
      { name },
    )
    .done();
}
