// Steps that follow nested sequences: the started one a step's function returned, or the branches of
// a parallel step. A nested sequence's end ends the step; the step ending first cancels what still runs.
import type { Sequence } from "./Sequence";
import type { StepControl } from "./Step";

/** Ends the step as the sequence its function returned ends: its result becomes the step's. */
export function followNested(returned: Sequence<unknown>, control: StepControl): void {
  if (returned.status === "un-started") {
    return control.fail(new Error(`the step returned sequence '${returned.name}' without starting it (call done())`));
  }
  control.onSettle(() => returned.cancel());
  control.onSettle(
    returned.onEnd((child) => {
      if (child.isTerminated) control.next(child.result);
      else if (child.isCancelled) control.cancel(`nested sequence '${child.name}' was cancelled`, true);
      else control.fail(child.error, true);
    }),
  );
}

/**
 * Starts a branch for each function, in order (`start` returns it started), and ends the step when all
 * have, with their results in array order.
 */
export function followBranches<F>(fns: readonly F[], start: (fn: F, index: number) => Sequence<unknown>, control: StepControl): void {
  const results: unknown[] = new Array(fns.length);
  let remaining = fns.length;
  if (remaining === 0) return control.next(results);
  let active = true;
  control.onSettle(() => (active = false));
  fns.forEach((fn, index) => {
    if (!active) return; // a branch already ended the step: start no more
    const branchControl: StepControl = {
      ...control,
      next: (result) => {
        results[index] = result;
        if (--remaining === 0) control.next(results);
      },
    };
    followNested(start(fn, index), branchControl);
  });
}
