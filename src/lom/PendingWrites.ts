// Writes and calls, shown at once: a written value (or a call's known effect) is pending in the
// mirror until Live answers, so the next action computes from it (in real Max a detent faster than a
// round trip would otherwise be lost). Live's answer settles it: Live's value wins, a refused write
// rolls back, and the outcome is answered to the code that made it (Outcome.ts).
import type { Atom, Target } from "../wire/protocol";
import { messageOf } from "../log/ErrorText";
import { answers } from "./CallAnswers";
import { isGone } from "./LomError";
import { lomClass } from "./LomClasses";
import { sameValue, type Effect, type MirrorNode } from "./MirrorNode";
import type { MirrorChanges } from "./MirrorChanges";
import type { MirrorStore } from "./MirrorStore";
import { ACCEPTED, Answer, type Failure, type Outcome, type Untaken } from "./Outcome";

/** Whether Live's answer holds the written value: the mirror's equality, numbers within float precision (Live keeps 32-bit floats). */
function took(live: unknown, wanted: unknown): boolean {
  if (typeof live === "number" && typeof wanted === "number") return Math.abs(live - wanted) <= 1e-6 * Math.max(1, Math.abs(live), Math.abs(wanted));
  return sameValue(live, wanted);
}

export class PendingWrites {
  constructor(
    private readonly store: MirrorStore,
    private readonly changes: MirrorChanges,
    /** Where a failure no caller took is told: the model's own writes. */
    private readonly untaken: Untaken,
  ) {}

  set(id: number, prop: string, value: Atom | Atom[]): Answer {
    // The write is queued before the value is shown: what showing it re-reads must reach Live after it.
    const request = this.store.client.set(id, prop, value);
    return this.answer(this.expect({ id, prop, value }, request, true) ?? this.answered(request, id, prop));
  }

  /**
   * A value Live plays through a [live.remote~] (op `remote`), shown as `shown` until `until` settles (the
   * turn's one write, answered): meanwhile Live keeps and reports the stored value, not the played one.
   */
  remote(target: Target, value: number, shown: Effect, until: Promise<unknown>): Answer {
    const request = this.store.client.request({ op: "remote", target, value });
    void this.expect(shown, Promise.all([request, until]));
    return this.answer(this.answered(request, shown.id, "live.remote~"));
  }

  /** The call's outcome once its effects are settled too; accepted, it holds Live's reply. */
  call(id: number, fn: string, args: Atom[], effects: readonly Effect[]): Answer {
    const type = this.store.nodes.get(id)?.type;
    const request = this.store.client.call(id, fn, args).then((reply) => {
      if (reply == null && type !== undefined && answers(type, fn)) throw new Error("Live answered nothing, its reason is in the Max console");
      return reply;
    });
    const settled = effects.map((effect) => this.expect(effect, request) ?? Promise.resolve(ACCEPTED));
    const answer = this.answered(request, id, fn);
    return this.answer(Promise.all([answer, ...settled]).then((outcomes) => outcomes.find((o) => o.kind !== "accepted") ?? outcomes[0]!));
  }

  /** One page of a clip's notes handed to `fn` (protocol.ts `notes_write`); answered as a call. */
  notes(id: number, fn: string, fields: string[], values: number[]): Answer {
    return this.answer(this.answered(this.store.client.request({ op: "notes_write", target: id, fn, fields, values }), id, fn));
  }

  private answer(outcome: Promise<Outcome>): Answer {
    return Answer.of(outcome, this.untaken);
  }

  /** Live's reply as an outcome: accepted with the reply, or its failure (logged). */
  private answered(request: Promise<unknown>, id: number, what: string): Promise<Outcome> {
    return request.then(
      (reply): Outcome => ({ kind: "accepted", reply }),
      (error: unknown) => this.failed(id, what, messageOf(error), isGone(error)),
    );
  }

  /** Logged here, told by whoever takes the answer: a refusal is the musician's news, not a fault. */
  private failed(id: number, what: string, reason: string, gone = false): Failure {
    this.store.log.warn(`Live refused ${what} of ${id}: ${reason}`);
    const name = this.store.nodes.get(id)?.props["name"];
    return { kind: gone ? "gone" : "refused", what, reason, ...(typeof name === "string" ? { name } : {}) };
  }

  /**
   * Shows `effect` as pending until `request` is answered; answers its outcome once settled (a refusal
   * re-read to be sure), or null when the object is not loaded.
   */
  private expect(effect: Effect, request: Promise<unknown>, isWrite = false): Promise<Outcome> | null {
    const { store, changes } = this;
    const { id, prop, value } = effect;
    const node = store.nodes.get(id);
    const spec = node ? lomClass(node.type).props[prop] : undefined;
    if (!node || !spec) return null;
    store.dispatch({ type: "writing", node, prop });
    const wanted = spec.decode(Array.isArray(value) ? value : [value]);
    changes.show(node, prop, wanted);
    const settle = (refused: string | null, gone = false): Outcome | Promise<Outcome> => {
      // A newer write to the property answers for it; an object a resync replaced or Live deleted has no news.
      const answer = store.dispatch({ type: "answered", node, prop });
      if (answer.state !== "settled") return ACCEPTED;
      const outcome = refused === null ? ACCEPTED : this.failed(id, prop, refused, gone);
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
      return outcome;
    };
    return request.then(
      () => settle(null),
      (error: unknown) => settle(messageOf(error), isGone(error)),
    );
  }

  /**
   * After the re-read: Live's value still lacks the write. The re-read went before any newer write (none
   * was pending when it was sent), so what it read answers for this write alone; a newer write under way
   * shows in the mirror, so Live's value is the one its pending entry keeps.
   */
  private confirmRefusal(node: MirrorNode, id: number, prop: string, wanted: unknown): Outcome {
    const newer = node.pending.get(prop);
    const live = newer ? newer.live : node.props[prop];
    if (took(live, wanted)) return ACCEPTED;
    return this.store.refused(node, () => this.failed(id, prop, live === undefined ? "Live has no such value there" : `Live kept ${String(live)}`));
  }

  private isObserved(node: MirrorNode, prop: string): boolean {
    return lomClass(node.type).props[prop]?.observe === true || node.demand.has(prop);
  }
}
