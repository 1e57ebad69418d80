// Max's [js] Task object (https://docs.cycling74.com/max8/vignettes/jstaskobject), run by the virtual Clock.
import type { Clock, ClockHandle } from "./Clock";

export type TaskErrorSink = (error: unknown) => void;
/** Runs one Task callback as a block of its [js] (the LiveAPI ledger counts each one). */
export type TaskBlockRunner = (body: () => void) => void;

/** Builds the `Task` class a [js] context sees, bound to one clock. */
export function taskClass(clock: Clock, onError: TaskErrorSink, asBlock: TaskBlockRunner = (body) => body()) {
  return class Task {
    function: (...args: unknown[]) => unknown;
    object: unknown;
    arguments: unknown[];
    interval = 500;
    iterations = 0;
    running = false;
    private handle: ClockHandle | null = null;
    private remaining = 0;

    constructor(fn: (...args: unknown[]) => unknown, object?: unknown, ...args: unknown[]) {
      this.function = fn;
      this.object = object;
      this.arguments = args;
      // Max lets a task function reach its Task as arguments.callee.task.
      (fn as { task?: unknown }).task = this;
    }

    /** Runs once after `delay` ms (0: on the scheduler's next pass, never synchronously). */
    schedule(delay = 0): void {
      this.start(1, delay);
    }

    /** Runs `times` times (forever when absent or negative), `interval` ms apart. */
    repeat(times = -1, initialDelay = 0): void {
      this.start(times < 0 ? Infinity : times, initialDelay);
    }

    execute(): void {
      this.fire();
    }

    cancel(): void {
      if (this.handle) clock.cancel(this.handle);
      this.handle = null;
      this.remaining = 0;
    }

    private start(times: number, delay: number): void {
      this.cancel();
      this.iterations = 0;
      this.remaining = times;
      if (times > 0) this.handle = clock.schedule(delay, () => this.tick());
    }

    private tick(): void {
      this.handle = null;
      this.remaining--;
      this.iterations++;
      if (this.remaining > 0) this.handle = clock.schedule(this.interval, () => this.tick());
      this.fire();
    }

    private fire(): void {
      asBlock(() => this.run());
    }

    private run(): void {
      this.running = true;
      try {
        this.function.apply(this.object, this.arguments);
      } catch (error) {
        onError(error);
      } finally {
        this.running = false;
      }
    }
  };
}
