// Actions on what is not in focus read it first: they hold what they need, wait for it (a Sequence
// step, so the undo step stays open), run, and release it when they end. What is already loaded runs at
// once, in the tick of the gesture.
import type { ActionServices } from "./ActionServices";
import { isPendingAction, type RunResult } from "./Action";
import { untilSettled } from "./untilSettled";
import type { Load } from "../model/Load";
import { Sequence } from "../sequence/Sequence";

/**
 * `keepMs` keeps what was loaded that long after the action ends: a knob turned again meanwhile (the
 * next detent of a turn) finds it loaded and observed, instead of loading and observing it anew.
 */
export function afterLoading({ runtime }: ActionServices, name: string, loads: readonly Load[], run: () => RunResult, keepMs = 0): RunResult {
  const { sequences } = runtime;
  const releaseNow = (): void => loads.forEach((load) => load.release());
  const release = (): void => void (keepMs > 0 ? sequences.ticks.waitMs(keepMs, releaseNow) : releaseNow());
  const keepUntilEnd = (result: RunResult): RunResult => {
    if (isPendingAction(result)) result.onEnd(release);
    else release();
    return result;
  };
  if (loads.every((load) => load.ready)) {
    try {
      return keepUntilEnd(run());
    } catch (error) {
      release();
      throw error;
    }
  }
  const sequence = new Sequence(sequences, name)
    .add(() => untilSettled(sequences, `read ${name}`, Promise.all(loads.map((load) => load.loaded))), { name: "read" })
    .add(() => run(), { name })
    .done();
  sequence.onEnd(release);
  return sequence;
}
