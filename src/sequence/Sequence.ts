// A Sequence runs a list of steps one after the other, each starting when the previous one finished:
// at once for a plain function, later for a wait. It is how the bundle does anything asynchronous
// (the original's Sequence, see the notes' "The Sequence class").
//
// - Nothing runs before done(), and done() runs the steps synchronously up to the first wait: a
//   sequence without waits has terminated when done() returns.
// - A step function receives the previous step's result. Returning a started Sequence makes the step
//   last until that sequence ends (its result becomes the step's result); returning anything else
//   makes it the result. Waits, defer and log pass the previous result through; waitForEvent
//   results in the event, waitFor in the observed value. The sequence's result is the last step's.
// - Ending: a nested sequence that is cancelled or errors cancels or errors its parent; cancelling
//   or erroring a parent cancels the nested sequences it waits on. A throwing step errors the
//   sequence, logged once (error level) with the step's name and the cause, and never unwinds the
//   scheduler; a cancellation with a cause (timeout, song stopped) is logged once (warn level) where
//   it happened; the parents it cascades to log at debug level.
// - Steps read state when they run (lazy lookups): build a sequence from functions, not values.
import type { EventClass, TargetedEvent, TargetOf } from "../events/EventBus";
import type { Observable } from "../events/Observable";
import { Subscriptions } from "../events/Subscriptions";
import { runLogged } from "../time/ScheduledCallback";
import { msToTicks } from "../time/TickScheduler";
import type { SequenceContext } from "./SequenceContext";
import { SequenceState, type SequenceStateName } from "./SequenceState";

/** A step function: it receives the previous step's result, so a step declaring another type does not compile. */
export type StepFunction<T, R = unknown> = (previous: T) => R;

/** What a step returning `R` results in: a started Sequence's own result, anything else as it is (a Promise too: it is not awaited). */
export type StepResult<R> = R extends Sequence<infer U> ? U : R;

export interface StepOptions {
  /** Shown in logs; defaults to the function's name. */
  name?: string;
}

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

/** What a running step uses to report how it ended; only its first report counts. */
interface StepControl {
  next(result: unknown): void;
  /** `cascaded`: it happened in a nested sequence, which logged it already. */
  fail(cause: unknown, cascaded?: boolean): void;
  cancel(reason: string, cascaded?: boolean): void;
  /** Registers what to release when the step ends, whichever way (runs at once if it has). */
  onSettle(release: () => void): void;
}

interface Step {
  name: string;
  run(input: unknown, control: StepControl): void;
}

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

  /** What made the sequence error, if it did. */
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
    return this.addTickWait("defer", 1);
  }

  /** Waits `ticks` metro ticks (a whole number >= 1). */
  wait(ticks: number): Sequence<T> {
    return this.addTickWait(`wait ${ticks} ticks`, ticks);
  }

  /** Waits `ms` milliseconds, rounded up to whole ticks. */
  waitMs(ms: number): Sequence<T> {
    return this.addTickWait(`wait ${ms} ms`, msToTicks(ms));
  }

  /** Waits `beats` beats of song time; the song stopping cancels the sequence unless told otherwise. */
  waitBeats(beats: number, options: SongWaitOptions = {}): Sequence<T> {
    return this.addSongWait(`wait ${beats} beats`, options, (onElapsed, onStopped) =>
      this.context.beats.waitBeats(beats, onElapsed, onStopped),
    );
  }

  /** Waits `bars` bars of the signature current when the step runs. */
  waitBars(bars: number, options: SongWaitOptions = {}): Sequence<T> {
    return this.addSongWait(`wait ${bars} bars`, options, (onElapsed, onStopped) =>
      this.context.beats.waitBars(bars, onElapsed, onStopped),
    );
  }

  /** Waits for the next event of that class (from `expectedTarget` only, when given); results in the event. */
  waitForEvent<E extends object>(
    eventClass: EventClass<E>,
    expectedTarget?: TargetOf<E>,
    options: ListenOptions = {},
  ): Sequence<E> {
    const from = expectedTarget === undefined ? "" : ` from ${describeTarget(expectedTarget)}`;
    return this.addStep<E>(`waitForEvent ${eventClass.name}${from}`, (_input, control) => {
      const matches = (event: E): boolean =>
        expectedTarget === undefined || (event as E & TargetedEvent).target === expectedTarget;
      control.onSettle(
        this.context.bus.subscribe(eventClass, (event) => {
          if (matches(event)) control.next(event);
        }),
      );
      this.armTimeout(options, control);
    });
  }

  /**
   * Waits until `predicate` holds for an observed value (at once if it holds already); results in
   * that value. The way to react to Live rather than wait a fixed time.
   */
  waitFor<V, W extends V>(observable: Observable<V>, predicate: (value: V) => value is W, options?: ListenOptions & StepOptions): Sequence<W>;
  waitFor<V>(observable: Observable<V>, predicate: (value: V) => boolean, options?: ListenOptions & StepOptions): Sequence<V>;
  waitFor<V>(observable: Observable<V>, predicate: (value: V) => boolean, options: ListenOptions & StepOptions = {}): Sequence<V> {
    return this.addStep<V>(options.name ?? `waitFor ${predicate.name || "condition"}`, (_input, control) => {
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
      this.armTimeout(options, control);
    });
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

  private addTickWait(name: string, ticks: number): Sequence<T> {
    if (!Number.isInteger(ticks) || ticks < 1) throw new RangeError(`wait needs a whole number of ticks >= 1, got ${ticks}`);
    return this.addStep<T>(name, (input, control) => {
      const scheduled = this.context.ticks.wait(ticks, () => control.next(input));
      control.onSettle(() => scheduled.cancel());
    });
  }

  private addSongWait(
    name: string,
    options: SongWaitOptions,
    wait: (onElapsed: () => void, onStopped: () => void) => { cancel(): void },
  ): Sequence<T> {
    return this.addStep<T>(name, (input, control) => {
      const scheduled = wait(
        () => control.next(input),
        () => (options.continueOnSongStop ? control.next(input) : control.cancel("the song is not playing")),
      );
      control.onSettle(() => scheduled.cancel());
    });
  }

  private armTimeout(options: ListenOptions, control: StepControl): void {
    const ticks = options.timeoutTicks ?? DEFAULT_TIMEOUT_TICKS;
    if (ticks === Infinity) return;
    const scheduled = this.context.ticks.wait(ticks, () => control.cancel(`timed out after ${ticks} ticks`));
    control.onSettle(() => scheduled.cancel());
  }

  /** Ends a step with what its function returned: a value, or a nested sequence to follow. */
  private settleWith(returned: unknown, control: StepControl): void {
    if (!(returned instanceof Sequence)) return control.next(returned);
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

  private runParallel(fns: readonly StepFunction<T>[], name: string, input: T, control: StepControl): void {
    const results: unknown[] = new Array(fns.length);
    let remaining = fns.length;
    if (remaining === 0) return control.next(results);
    let active = true;
    control.onSettle(() => (active = false));
    fns.forEach((fn, index) => {
      if (!active) return; // a branch already ended the step: start no more
      const branch = new Sequence(this.context, `${this.name} / ${name} [${index}]`);
      const branchControl: StepControl = {
        ...control,
        next: (result) => {
          results[index] = result;
          if (--remaining === 0) control.next(results);
        },
      };
      this.settleWith(branch.add(() => fn(input), { name: fn.name || "branch" }).done(), branchControl);
    });
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
        else if (isExpected(cause)) this.context.log.debug(`${this.name} stopped in step '${step.name}': ${(cause as Error).message}`);
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
