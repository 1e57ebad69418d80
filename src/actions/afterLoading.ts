// Actions on what is not in focus read it first: they hold the lists they need, wait for them (a
// Sequence step, so the undo step stays open), run, and release them when they end. What is already
// loaded runs at once, in the tick of the gesture.
import type { ActionDeps } from "./ActionDeps";
import { isPendingAction, type ActionResult } from "./Action";
import { untilSettled } from "./untilSettled";
import { Sequence } from "../sequence/Sequence";

export interface ListToLoad {
  id: number;
  child: string;
}

/**
 * `keepMs` keeps the lists loaded that long after the action ends: a knob turned again meanwhile (the
 * next detent of a turn) finds them loaded and observed, instead of loading and observing them anew.
 */
export function afterLoading(deps: ActionDeps, name: string, lists: readonly ListToLoad[], run: () => ActionResult, keepMs = 0): ActionResult {
  const { mirror, seq } = deps;
  const ready = lists.every((list) => mirror.isLoaded(list.id, list.child));
  const holds = lists.map((list) => mirror.hold(list.id, list.child));
  const releaseNow = (): void => holds.forEach((hold) => hold.release());
  const release = (): void => void (keepMs > 0 ? seq.ticks.waitMs(keepMs, releaseNow) : releaseNow());
  const keepUntilEnd = (result: ActionResult): ActionResult => {
    if (isPendingAction(result)) result.onEnd(release);
    else release();
    return result;
  };
  if (ready) {
    try {
      return keepUntilEnd(run());
    } catch (error) {
      release();
      throw error;
    }
  }
  const sequence = new Sequence(seq, name)
    .add(() => untilSettled(seq, `read ${name}`, Promise.all(holds.map((hold) => hold.loaded))), { name: "read" })
    .add(() => run(), { name })
    .done();
  sequence.onEnd(release);
  return sequence;
}
