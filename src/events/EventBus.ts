// The domain event bus: events are plain class instances carrying their payload, dispatched by exact
// class (a subclass is its own event type). A listener that throws is logged; the others still run.
import type { Logger } from "../log/Logger";

/** An event class, abstract or not, whatever its constructor takes. */
export interface EventClass<E extends object> {
  readonly prototype: E;
  readonly name: string;
}

/** An event that names the object it concerns (its emitter or target), so waits can match one object. */
export interface TargetedEvent {
  readonly target: object;
}

/** The target type of an event class, or never when its events carry no target. */
export type TargetOf<E> = E extends TargetedEvent ? E["target"] : never;

export type EventListener<E> = (event: E) => void;

/** Removes the subscription it came from; calling it again does nothing. */
export type Unsubscribe = () => void;

/** Runs a callback on the next tick: the tick scheduler (src/time), which sits above events and emits on this bus. */
export interface NextTick {
  defer(callback: () => void): unknown;
}

export class EventBus {
  private readonly listeners = new Map<EventClass<object>, Set<EventListener<never>>>();

  constructor(
    private readonly ticks: NextTick,
    private readonly log: Logger,
  ) {}

  /** Subscribing the same listener twice to one class is a mistake: it is logged and ignored. */
  subscribe<E extends object>(eventClass: EventClass<E>, listener: EventListener<E>): Unsubscribe {
    const set = this.listeners.get(eventClass) ?? new Set();
    if (set.has(listener)) {
      this.log.warn(`duplicate subscriber ${listener.name || "(anonymous)"} for ${eventClass.name} ignored`);
    } else {
      set.add(listener);
      this.listeners.set(eventClass, set);
    }
    return () => this.unsubscribe(eventClass, listener);
  }

  /** Calls `listener` for the next event of that class only. */
  once<E extends object>(eventClass: EventClass<E>, listener: EventListener<E>): Unsubscribe {
    const unsubscribe = this.subscribe(eventClass, (event: E) => {
      unsubscribe();
      listener(event);
    });
    return unsubscribe;
  }

  unsubscribe<E extends object>(eventClass: EventClass<E>, listener: EventListener<E>): void {
    const set = this.listeners.get(eventClass);
    if (set?.delete(listener) && set.size === 0) this.listeners.delete(eventClass);
  }

  /** Number of listeners of a class (for tests and leak checks). */
  listenerCount(eventClass: EventClass<object>): number {
    return this.listeners.get(eventClass)?.size ?? 0;
  }

  /**
   * Calls the listeners subscribed when the emit starts, in subscription order; one unsubscribed
   * by an earlier listener of the same emit is skipped.
   */
  emit(event: object): void {
    const eventClass = event.constructor as EventClass<object>;
    const set = this.listeners.get(eventClass);
    if (!set) return;
    for (const listener of [...set]) {
      if (!set.has(listener)) continue;
      try {
        (listener as EventListener<object>)(event);
      } catch (cause) {
        this.log.error(`listener ${listener.name || "(anonymous)"} of ${eventClass.name} failed`, cause);
      }
    }
  }

  /** Emits on the next tick: for events raised inside a Live notification, which cannot trigger changes. */
  deferEmit(event: object): void {
    this.ticks.defer(() => this.emit(event));
  }

  /** Removes every listener (used on reset). */
  clear(): void {
    this.listeners.clear();
  }
}
