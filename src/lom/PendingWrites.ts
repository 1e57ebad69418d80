// Writes and calls, shown at once: a written value (or a call's known effect) is pending in the
// mirror until Live answers, so the next action computes from it (in real Max a detent faster than a
// round trip would otherwise be lost). Live's answer settles it: Live's value wins, and a refused
// write rolls back and is reported.
import type { Atom, Target } from "../wire/protocol";
import { answers } from "./CallAnswers";
import { lomClass } from "./LomClasses";
import { sameValue, type Effect, type MirrorNode } from "./MirrorNode";
import type { MirrorChanges } from "./MirrorChanges";
import type { MirrorStore } from "./MirrorStore";

/** Whether Live's answer holds the written value: the mirror's equality, numbers within float precision (Live keeps 32-bit floats). */
function took(live: unknown, wanted: unknown): boolean {
  if (typeof live === "number" && typeof wanted === "number") return Math.abs(live - wanted) <= 1e-6 * Math.max(1, Math.abs(live), Math.abs(wanted));
  return sameValue(live, wanted);
}

export class PendingWrites {
  constructor(
    private readonly store: MirrorStore,
    private readonly changes: MirrorChanges,
  ) {}

  /** Never rejects. */
  set(id: number, prop: string, value: Atom | Atom[]): Promise<unknown> {
    // The write is queued before the value is shown: what showing it re-reads must reach Live after it.
    const request = this.store.client.set(id, prop, value);
    return this.store.outcome(this.expect({ id, prop, value }, request, true) ?? this.reported(request, id, prop));
  }

  /**
   * A value Live plays through a [live.remote~] (op `remote`), shown as `shown` until `until` settles (the
   * turn's one write, answered): meanwhile Live keeps and reports the stored value, not the played one.
   */
  remote(target: Target, value: number, shown: Effect, until: Promise<unknown>): Promise<unknown> {
    const request = this.store.client.request({ op: "remote", target, value });
    this.expect(shown, Promise.all([request, until]));
    return this.reported(request, shown.id, "live.remote~");
  }

  call(id: number, fn: string, args: Atom[], effects: readonly Effect[]): Promise<unknown> {
    const type = this.store.nodes.get(id)?.type;
    const request = this.store.client.call(id, fn, args).then((reply) => {
      if (reply == null && type !== undefined && answers(type, fn)) throw new Error("Live answered nothing, its reason is in the Max console");
      return reply;
    });
    const settled = effects.map((effect) => this.expect(effect, request));
    const answer = this.reported(request, id, fn);
    void this.store.outcome(Promise.all([answer, ...settled]));
    return answer;
  }

  /** One page of a clip's notes handed to `fn` (protocol.ts `notes_write`); a refusal is reported as a call's. */
  notes(id: number, fn: string, fields: string[], values: number[]): Promise<unknown> {
    return this.store.outcome(this.reported(this.store.client.request({ op: "notes_write", target: id, fn, fields, values }), id, fn));
  }

  /** Answers Live's reply, or undefined once a refusal is reported. */
  private reported(request: Promise<unknown>, id: number, what: string): Promise<unknown> {
    return request.catch((error: unknown) => {
      this.store.refused({ id, what, reason: (error as Error).message });
      return undefined;
    });
  }

  /**
   * Shows `effect` as pending until `request` is answered; answers when it is settled (a refusal told),
   * or null when the object is not loaded.
   */
  private expect(effect: Effect, request: Promise<unknown>, isWrite = false): Promise<void> | null {
    const { store, changes } = this;
    const { id, prop, value } = effect;
    const node = store.nodes.get(id);
    const spec = node ? lomClass(node.type).props[prop] : undefined;
    if (!node || !spec) return null;
    store.dispatch({ type: "writing", node, prop });
    const wanted = spec.decode(Array.isArray(value) ? value : [value]);
    changes.show(node, prop, wanted);
    const settle = (refused: string | null): Promise<void> | undefined => {
      const answer = store.dispatch({ type: "answered", node, prop });
      if (answer.state !== "settled") return;
      if (refused !== null) store.refused({ id, what: prop, reason: refused });
      if (this.isObserved(node, prop) || spec.observe === "whileListened") {
        // LiveAPI reports no error for a write Live ignores (it posts to the Max console). When the
        // observer brought no answer with the written value by the reply, the property is read once
        // more (Live may notify after the reply): still without it, the write was refused. A
        // whileListened property nobody listens to has no observer to tell, nor a value: the one from
        // before the write would be stale (its last listener may have left while the write was on its way).
        const answered = this.isObserved(node, prop);
        const missing = refused === null && isWrite && answered && !took(answer.live, wanted);
        changes.show(node, prop, answered ? answer.live : undefined);
        if (missing) return changes.reread(node, prop).then(() => this.confirmRefusal(node, id, prop, wanted));
      } else {
        if (refused !== null) changes.show(node, prop, answer.live);
        void changes.reread(node, prop);
      }
    };
    return request.then(
      () => settle(null),
      (error: unknown) => settle((error as Error).message),
    );
  }

  /**
   * After the re-read: Live's value still lacks the write. The re-read went before any newer write (none
   * was pending when it was sent), so what it read answers for this write alone; a newer write under way
   * shows in the mirror, so Live's value is the one its pending entry keeps.
   */
  private confirmRefusal(node: MirrorNode, id: number, prop: string, wanted: unknown): void {
    const newer = node.pending.get(prop);
    const live = newer ? newer.live : node.props[prop];
    if (took(live, wanted)) return;
    this.store.refused({ id, what: prop, reason: live === undefined ? "Live has no such value there" : `Live kept ${String(live)}` }, node);
  }

  private isObserved(node: MirrorNode, prop: string): boolean {
    return lomClass(node.type).props[prop]?.observe === true || node.demand.has(prop);
  }
}
