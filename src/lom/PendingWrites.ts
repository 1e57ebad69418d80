// Writes and calls, shown at once: a written value (or a call's known effect) is pending in the
// mirror until Live answers, so the next action computes from it (in real Max a detent faster than a
// round trip would otherwise be lost). Live's answer settles it: Live's value wins, and a refused
// write rolls back and is reported.
import type { Atom } from "../wire/protocol";
import { lomClass } from "./LomClasses";
import type { Effect, MirrorNode } from "./MirrorNode";
import type { MirrorChanges } from "./MirrorChanges";
import type { MirrorStore } from "./MirrorStore";

export class PendingWrites {
  constructor(
    private readonly store: MirrorStore,
    private readonly changes: MirrorChanges,
  ) {}

  /** Never rejects. */
  set(id: number, prop: string, value: Atom | Atom[]): Promise<unknown> {
    // The write is queued before the value is shown: what showing it re-reads must reach Live after it.
    const request = this.store.client.set(id, prop, value);
    if (!this.expect({ id, prop, value }, request)) return this.store.logged(request, `set ${prop} of ${id}`);
    return request.then(
      () => undefined,
      () => undefined,
    );
  }

  call(id: number, fn: string, args: Atom[], effects: readonly Effect[]): Promise<unknown> {
    const request = this.store.client.call(id, fn, args);
    for (const effect of effects) this.expect(effect, request);
    return this.store.logged(request, `${fn} on ${id}`);
  }

  /** Shows `effect` as pending until `request` is answered; false when the object is not loaded. */
  private expect(effect: Effect, request: Promise<unknown>): boolean {
    const { store, changes } = this;
    const { id, prop, value } = effect;
    const node = store.nodes.get(id);
    const spec = node ? lomClass(node.type).props[prop] : undefined;
    if (!node || !spec) return false;
    const pending = node.pending.get(prop) ?? { count: 0, live: node.props[prop] };
    pending.count++;
    node.pending.set(prop, pending);
    changes.apply(node, prop, spec.decode(Array.isArray(value) ? value : [value]));
    const settle = (refused: string | null): void => {
      if (--pending.count > 0) return;
      node.pending.delete(prop);
      if (!store.isCurrent(node)) return;
      if (refused !== null) store.log.warn(`Live refused ${prop} of ${id}: ${refused}`);
      if (this.isObserved(node, prop) || spec.observe === "whileListened") changes.apply(node, prop, pending.live);
      else {
        if (refused !== null) changes.apply(node, prop, pending.live);
        void changes.reread(node, prop);
      }
    };
    request.then(
      () => settle(null),
      (error: unknown) => settle((error as Error).message),
    );
    return true;
  }

  private isObserved(node: MirrorNode, prop: string): boolean {
    return lomClass(node.type).props[prop]?.observe === true || node.demand.has(prop);
  }
}
