// The steps that wait: metro ticks, song time, an event, an observed value. Each releases what it
// waits on when the step ends, whichever way; the listening ones time out (Sequence.ts names them).
import type { EventClass, TargetedEvent, TargetOf } from "../events/EventBus";
import type { Observable } from "../events/Observable";
import { msToTicks } from "../time/TickScheduler";
import type { SequenceContext } from "./SequenceContext";
import type { Step, StepControl } from "./Step";

export interface ListenOptions {
  /** Ticks before the sequence is cancelled (and the wait logged); Infinity waits forever. */
  timeoutTicks?: number;
}

export interface SongWaitOptions {
  /** When the song stops (or is stopped already), go on instead of cancelling the sequence. */
  continueOnSongStop?: boolean;
}

/** The original's 50 s limit on waiting for an event. */
export const DEFAULT_TIMEOUT_TICKS = msToTicks(50_000);

/** Waits `ticks` metro ticks, passing the previous result through. */
export function tickWait(context: SequenceContext, ticks: number): Step["run"] {
  if (!Number.isInteger(ticks) || ticks < 1) throw new RangeError(`wait needs a whole number of ticks >= 1, got ${ticks}`);
  return (input, control) => {
    const scheduled = context.ticks.wait(ticks, () => control.next(input));
    control.onSettle(() => scheduled.cancel());
  };
}

/** Waits on the beat scheduler (`wait` is the call), passing the previous result through. */
export function songWait(
  options: SongWaitOptions,
  wait: (onElapsed: () => void, onStopped: () => void) => { cancel(): void },
): Step["run"] {
  return (input, control) => {
    const scheduled = wait(
      () => control.next(input),
      () => (options.continueOnSongStop ? control.next(input) : control.cancel("the song is not playing")),
    );
    control.onSettle(() => scheduled.cancel());
  };
}

/** The step of Sequence.waitForEvent. */
export function eventWait<E extends object>(
  context: SequenceContext,
  eventClass: EventClass<E>,
  expectedTarget: TargetOf<E> | undefined,
  options: ListenOptions,
): Step["run"] {
  return (_input, control) => {
    const matches = (event: E): boolean =>
      expectedTarget === undefined || (event as E & TargetedEvent).target === expectedTarget;
    control.onSettle(
      context.bus.subscribe(eventClass, (event) => {
        if (matches(event)) control.next(event);
      }),
    );
    armTimeout(context, options, control);
  };
}

/** The step of Sequence.waitFor. */
export function valueWait<V>(
  context: SequenceContext,
  observable: Observable<V>,
  predicate: (value: V) => boolean,
  options: ListenOptions,
): Step["run"] {
  return (_input, control) => {
    const current = observable.get();
    if (predicate(current)) return control.next(current);
    // A throwing predicate fails this step rather than the code that changed the value.
    const onValue = (value: V): void => {
      try {
        if (predicate(value)) control.next(value);
      } catch (cause) {
        control.fail(cause);
      }
    };
    control.onSettle(observable.subscribe(onValue));
    armTimeout(context, options, control);
  };
}

function armTimeout(context: SequenceContext, options: ListenOptions, control: StepControl): void {
  const ticks = options.timeoutTicks ?? DEFAULT_TIMEOUT_TICKS;
  if (ticks === Infinity) return;
  const scheduled = context.ticks.wait(ticks, () => control.cancel(`timed out after ${ticks} ticks`));
  control.onSettle(() => scheduled.cancel());
}
