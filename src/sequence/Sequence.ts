// A Sequence runs steps one after the other, each starting when the previous one finished: at once for
// a plain function, later for a wait: the bundle's asynchrony (the original's Sequence, see the notes).
// - Nothing runs before done(), and done() runs the steps synchronously up to the first wait: a
//   sequence without waits has terminated when done() returns.
// - A step function receives the previous step's result. Returning a started Sequence makes the step
//   last until that sequence ends (its result becomes the step's result); returning anything else
//   makes it the result; returning Live's answer (an Answer) makes it last until Live answered: the
//   outcome, accepted, is the result; refused, it errors the sequence with Live's words. Waits, defer
//   and log pass the result through; waitForEvent results in the event, waitFor in the value.
// - Ending: a nested sequence that is cancelled or errors cancels or errors its parent; cancelling
//   or erroring a parent cancels the nested sequences it waits on. A throwing step errors the
//   sequence, logged once (error level) with the step's name and the cause, and never unwinds the
//   scheduler; a cancellation with a cause (timeout, song stopped) is logged once (warn level) where
//   it happened; the parents it cascades to log at debug level.
// - Steps read state when they run (lazy lookups): build a sequence from functions, not values.
import type { EventClass, TargetOf } from "../events/EventBus";
import type { Observable } from "../events/Observable";
import { messageOf } from "../log/ErrorText";
import { Subscriptions } from "../events/Subscriptions";
import { runLogged } from "../time/ScheduledCallback";
import { msToTicks } from "../time/TickScheduler";
import type { SequenceContext } from "./SequenceContext";
import { followBranches, followNested } from "./SequenceNesting";
import { SequenceState, type SequenceStateName } from "./SequenceState";
import { eventWait, songWait, tickWait, valueWait, type ListenOptions, type SongWaitOptions } from "./SequenceWaits";
import { isAnswer, type Step, type StepControl, type StepFunction, type StepOptions, type StepResult } from "./Step";

export { DEFAULT_TIMEOUT_TICKS, type ListenOptions, type SongWaitOptions } from "./SequenceWaits";
export type { StepFunction, StepOptions, StepResult } from "./Step";

export type SequenceEndListener<T = unknown> = (sequence: Sequence<T>) => void;

/**
 * `T` is the result of the last step added so far: each `add` and wait returns the sequence typed by
 * its new last step (the same object at run time), so build a sequence as a chain, or reassign it.
 * A new sequence has no step yet and passes `undefined` to its first one. (A step that adds steps to
 * its own running sequence leaves the type it was built with behind: nothing there is checked.)
 */
export class Sequence<out T = undefined> {
  readonly name: string;
  private readonly state: SequenceState;
  private readonly steps: Step[] = [];
  private nextStep = 0;
  private lastResult: unknown;
  private failure: unknown;
  private ready = false;
  private pumping = false;
  private releaseCurrentStep: (() => void) | null = null;
  /** Bound to this sequence, so the field does not name T (a Sequence<number> is a Sequence<unknown>). */
  private readonly endListeners: (() => void)[] = [];

  constructor(
    private readonly context: SequenceContext,
    name?: string,
  ) {
    this.name = name ?? `sequence #${context.registry.nextId()}`;
    this.state = new SequenceState(this.name);
  }

  get status(): SequenceStateName {
    return this.state.value;
  }

  get isStarted(): boolean {
    return this.state.value === "started";
  }

  get isTerminated(): boolean {
    return this.state.value === "terminated";
  }

  get isCancelled(): boolean {
    return this.state.value === "cancelled";
  }

  get isErrored(): boolean {
    return this.state.value === "errored";
  }

  /** The last step's result once terminated; undefined before, or when it did not terminate. */
  get result(): T | undefined {
    return this.isTerminated ? (this.lastResult as T) : undefined;
  }

  /** What made the sequence error, if it did (Live's refusal, for an answer). */
  get error(): unknown {
    return this.failure;
  }

  /**
   * Adds a step. An array adds one step running the functions in parallel (each as its own nested
   * sequence, started in order): it ends when all have, with their results in array order.
   */
  add<R>(fn: StepFunction<T, R>, options?: StepOptions): Sequence<StepResult<R>>;
  add<F extends readonly StepFunction<T>[]>(fns: F, options?: StepOptions): Sequence<StepResult<ReturnType<F[number]>>[]>;
  add(fn: StepFunction<T> | readonly StepFunction<T>[], options: StepOptions = {}): Sequence<unknown> {
    if (typeof fn === "function") {
      const name = options.name ?? (fn.name || `step ${this.steps.length + 1}`);
      return this.addStep(name, (input, control) => this.settleWith(fn(input as T), control));
    }
    const name = options.name ?? `parallel(${fn.map((each) => each.name || "anonymous").join(", ")})`;
    return this.addStep(name, (input, control) => this.runParallel(fn, name, input as T, control));
  }

  /** Goes on at the next tick, e.g. to leave the Live notification that triggered the sequence. */
  defer(): Sequence<T> {
    return this.addStep<T>("defer", tickWait(this.context, 1));
  }

  /** Waits `ticks` metro ticks (a whole number >= 1). */
  wait(ticks: number): Sequence<T> {
    return this.addStep<T>(`wait ${ticks} ticks`, tickWait(this.context, ticks));
  }

  /** Waits `ms` milliseconds, rounded up to whole ticks. */
  waitMs(ms: number): Sequence<T> {
    return this.addStep<T>(`wait ${ms} ms`, tickWait(this.context, msToTicks(ms)));
  }

  /** Waits `beats` beats of song time; the song stopping cancels the sequence unless told otherwise. */
  waitBeats(beats: number, options: SongWaitOptions = {}): Sequence<T> {
    return this.addStep<T>(
      `wait ${beats} beats`,
      songWait(options, (onElapsed, onStopped) => this.context.beats.waitBeats(beats, onElapsed, onStopped)),
    );
  }

  /** Waits `bars` bars of the signature current when the step runs. */
  waitBars(bars: number, options: SongWaitOptions = {}): Sequence<T> {
    return this.addStep<T>(
      `wait ${bars} bars`,
      songWait(options, (onElapsed, onStopped) => this.context.beats.waitBars(bars, onElapsed, onStopped)),
    );
  }

  /** Waits for the next event of that class (from `expectedTarget` only, when given); results in the event. */
  waitForEvent<E extends object>(
    eventClass: EventClass<E>,
    expectedTarget?: TargetOf<E>,
    options: ListenOptions = {},
  ): Sequence<E> {
    const from = expectedTarget === undefined ? "" : ` from ${describeTarget(expectedTarget)}`;
    return this.addStep<E>(`waitForEvent ${eventClass.name}${from}`, eventWait(this.context, eventClass, expectedTarget, options));
  }

  /**
   * Waits until `predicate` holds for an observed value (at once if it holds already); results in
   * that value. The way to react to Live rather than wait a fixed time.
   */
  waitFor<V, W extends V>(observable: Observable<V>, predicate: (value: V) => value is W, options?: ListenOptions & StepOptions): Sequence<W>;
  waitFor<V>(observable: Observable<V>, predicate: (value: V) => boolean, options?: ListenOptions & StepOptions): Sequence<V>;
  waitFor<V>(observable: Observable<V>, predicate: (value: V) => boolean, options: ListenOptions & StepOptions = {}): Sequence<V> {
    const name = options.name ?? `waitFor ${predicate.name || "condition"}`;
    return this.addStep<V>(name, valueWait(this.context, observable, predicate, options));
  }

  log(message: string): Sequence<T> {
    return this.addStep<T>(`log "${message}"`, (input, control) => {
      this.context.log.info(`${this.name}: ${message}`);
      control.next(input);
    });
  }

  /** Starts the sequence (once: starting it again throws SequenceStateError). Returns it. */
  done(): this {
    this.state.changeTo("started");
    this.context.registry.add(this);
    this.ready = true;
    this.pump();
    return this;
  }

  /** Stops a started sequence and what its current step waits on; does nothing otherwise. */
  cancel(): void {
    if (!this.isStarted) return;
    this.context.log.debug(`${this.name} cancelled`);
    this.end("cancelled");
  }

  /** Calls `listener` once the sequence has ended, whichever way (at once if it has). */
  onEnd(listener: SequenceEndListener<T>): () => void {
    if (this.isEnded()) {
      listener(this);
      return () => {};
    }
    const call = (): void => listener(this);
    this.endListeners.push(call);
    return () => {
      const index = this.endListeners.indexOf(call);
      if (index >= 0) this.endListeners.splice(index, 1);
    };
  }

  private isEnded(): boolean {
    return this.isTerminated || this.isCancelled || this.isErrored;
  }

  /** Appends a step: the sequence's result is then that step's, `U` (the one claim the builder makes unchecked). */
  private addStep<U>(name: string, run: Step["run"]): Sequence<U> {
    if (this.isEnded()) throw new Error(`cannot add step '${name}' to sequence '${this.name}': it is ${this.status}`);
    this.steps.push({ name, run });
    return this as Sequence<unknown> as Sequence<U>;
  }

  /** Ends a step with what its function returned: a value, a nested sequence to follow, or Live's answer. */
  private settleWith(returned: unknown, control: StepControl): void {
    if (returned instanceof Sequence) return followNested(returned, control);
    if (!isAnswer(returned)) return control.next(returned);
    returned.accepted().then((outcome) => control.next(outcome), (refusal: unknown) => control.fail(refusal));
  }

  private runParallel(fns: readonly StepFunction<T>[], name: string, input: T, control: StepControl): void {
    const start = (fn: StepFunction<T>, index: number): Sequence<unknown> =>
      new Sequence(this.context, `${this.name} / ${name} [${index}]`).add(() => fn(input), { name: fn.name || "branch" }).done();
    followBranches(fns, start, control);
  }

  private pump(): void {
    if (this.pumping) return; // the loop below is already on the stack and will pick the next step
    this.pumping = true;
    try {
      while (this.ready && this.isStarted) {
        this.ready = false;
        const step = this.steps[this.nextStep];
        if (step === undefined) this.end("terminated");
        else {
          this.nextStep++;
          this.startStep(step);
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private startStep(step: Step): void {
    let settled = false;
    const releases = new Subscriptions();
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      this.releaseCurrentStep = null;
      releases.dispose();
      return true;
    };
    this.releaseCurrentStep = settle;
    const control: StepControl = {
      next: (result) => {
        if (!settle()) return;
        this.lastResult = result;
        this.ready = true;
        this.pump();
      },
      fail: (cause, cascaded = false) => {
        if (!settle()) return;
        if (cascaded) this.context.log.debug(`${this.name} errored in step '${step.name}': a nested sequence errored`);
        else if (isExpected(cause)) this.context.log.debug(`${this.name} stopped in step '${step.name}': ${messageOf(cause)}`);
        else this.context.log.error(`${this.name} errored in step '${step.name}'`, cause);
        this.failure = cause;
        this.end("errored");
      },
      cancel: (reason, cascaded = false) => {
        if (!settle()) return;
        const message = `${this.name} cancelled in step '${step.name}': ${reason}`;
        if (cascaded) this.context.log.debug(message);
        else this.context.log.warn(message);
        this.end("cancelled");
      },
      onSettle: (release) => {
        if (settled) release();
        else releases.add(release);
      },
    };
    try {
      step.run(this.lastResult, control);
    } catch (cause) {
      if (settled) this.context.log.error(`${this.name}: step '${step.name}' threw after the sequence ${this.status}`, cause);
      else control.fail(cause);
    }
  }

  private end(state: "terminated" | "cancelled" | "errored"): void {
    this.state.changeTo(state);
    this.releaseCurrentStep?.();
    this.context.registry.remove(this);
    for (const listener of this.endListeners.splice(0)) runLogged(this.context.log, `end of ${this.name}`, listener);
  }
}

/** A readable name for an event target in logs. */
function describeTarget(target: unknown): string {
  if (typeof target !== "object" || target === null) return String(target);
  const name = (target as { name?: unknown }).name;
  return typeof name === "string" ? `${target.constructor.name} '${name}'` : target.constructor.name;
}

/** A refusal its owner reports in the musician's words (it says so with `expected`), not a fault. */
function isExpected(cause: unknown): boolean {
  return typeof cause === "object" && cause !== null && (cause as { expected?: unknown }).expected === true;
}
