// What one owner has subscribed to, let go of together: the owner hands over each unsubscribe (or
// any release) as it subscribes, and disposes them all when it stops or before subscribing anew.
import type { Unsubscribe } from "./EventBus";

export class Subscriptions {
  // Each held function removes itself when called, so none runs twice, whoever calls it.
  private readonly held = new Set<Unsubscribe>();

  /** Keeps `unsubscribe` until dispose; answers a function that lets go of this one alone, now. */
  add(unsubscribe: Unsubscribe): Unsubscribe {
    const once = (): void => {
      if (this.held.delete(once)) unsubscribe();
    };
    this.held.add(once);
    return once;
  }

  /**
   * Calls every unsubscribe held, once each, in the order added, and keeps the set for what is added
   * next; calling it again calls only those. One that throws does not keep the others subscribed:
   * its error is rethrown once all ran (several as one AggregateError). Rethrown, not logged: this
   * class has no logger, and its callers run where a failure is logged already (bus listeners, a
   * sequence's end, a scheduled callback).
   */
  dispose(): void {
    const errors: unknown[] = [];
    for (const once of [...this.held]) {
      try {
        once();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} unsubscribes failed`);
  }
}
