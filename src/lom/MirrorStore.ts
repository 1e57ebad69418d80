// The store every part of the mirror shares: the loaded objects by id, what is held, the work in
// flight (its end announces a settle with what changed) and who listens to which property. Its state
// is private: it changes only through `dispatch`, one reducer over the typed actions of
// MirrorActions.ts, which also decides whether what an `await` brought is still current.
import { isGone, type LomClient } from "./LomClient";
import { type ChangeKind, type LomClassName, type PropName, type PropValue } from "./LomClasses";
import { HoldCounts } from "./HoldCounts";
import { Superseded, type Answer, type MirrorAction, type ResultOf, type Stored } from "./MirrorActions";
import { sameIds, sameValue, type MirrorNode, type Refusal, type SettledListener, type StructureChange } from "./MirrorNode";
import { reactionsTo } from "./Reactions";
import { PropListeners } from "./PropListeners";
import type { Logger } from "../log/Logger";

/** A loaded object as the reducer changes it: the only mutable view of one. */
interface NodeState {
  readonly id: number;
  readonly type: LomClassName;
  readonly parent: number | null;
  readonly props: Record<string, unknown>;
  readonly children: Record<string, readonly number[]>;
  readonly oids: number[];
  readonly demand: Map<string, number>;
  refs: number;
  readonly pending: Map<string, { count: number; live: unknown }>;
}

interface ChangeState {
  tracks: boolean;
  returnTracks: boolean;
  scenes: boolean;
  clipsOf: Set<number>;
  devicesOf: Set<number>;
  added: Set<number>;
  removed: Set<number>;
  unloaded: Set<number>;
}

function emptyChange(): ChangeState {
  return { tracks: false, returnTracks: false, scenes: false, clipsOf: new Set(), devicesOf: new Set(), added: new Set(), removed: new Set(), unloaded: new Set() };
}

export class MirrorStore {
  private readonly loadedNodes = new Map<number, NodeState>();
  /** The loaded objects by id, for reading. */
  readonly nodes: ReadonlyMap<number, MirrorNode> = this.loadedNodes;
  readonly holds = new HoldCounts();
  /** The observer of each loaded, observed child list, by `id:child`. */
  private readonly listOids = new Map<string, number>();
  /** Who listens to which property: told after each change is stored. */
  readonly listeners: PropListeners;
  private readonly settledListeners: SettledListener[] = [];
  private pendingWork = 0;
  private change = emptyChange();
  /** Bumped by a resync: what an earlier generation was reading is dropped when it lands. */
  private generation = 0;
  private song = 0;

  constructor(
    readonly client: LomClient,
    readonly log: Logger,
  ) {
    this.listeners = new PropListeners(log);
  }

  get songId(): number {
    return this.song;
  }

  get<C extends LomClassName, P extends PropName<C>>(id: number, cls: C, prop: P): PropValue<C, P> | undefined {
    const node = this.loadedNodes.get(id);
    if (!node || node.type !== cls) return undefined;
    return node.props[prop] as PropValue<C, P>;
  }

  // ---- the dispatch -------------------------------------------------------------------------

  /** The one way the store changes. */
  dispatch<A extends MirrorAction>(action: A): ResultOf<A> {
    return this.reduce(action) as ResultOf<A>;
  }

  private reduce(action: MirrorAction): ResultOf<MirrorAction> {
    switch (action.type) {
      case "reset":
        this.generation++;
        this.loadedNodes.clear();
        this.listOids.clear();
        return;
      case "synced":
        this.song = action.song;
        this.change.tracks = this.change.scenes = this.change.returnTracks = true;
        return;
      case "loaded": {
        const node: NodeState = { id: action.id, type: action.cls, parent: action.parent, props: action.props, children: {}, oids: [], demand: new Map(), refs: 1, pending: new Map() };
        this.loadedNodes.set(node.id, node);
        this.change.added.add(node.id);
        return node;
      }
      case "dropped":
        return this.drop(action.id, action.deleted);
      case "referenced":
        return (this.state(action.node).refs += action.by);
      case "reported": {
        if (!this.isCurrent(action.node)) return null;
        const pending = this.state(action.node).pending.get(action.prop);
        // Our own write is still on its way: keep showing it; Live's value wins when it is answered.
        if (pending) pending.live = action.value;
        return pending ? null : this.store(action.node, action.prop, action.value);
      }
      case "shown":
        return this.store(action.node, action.prop, action.value);
      case "listed":
        return this.list(action.node, action.child, action.ids, action.live === true);
      case "marked":
        return this.mark(action.kind, action.id);
      case "observed":
        return this.observed(action.node, action.oid, action.list, action.demand);
      case "unobserved":
        return this.unobserved(action.node, action.list, action.demand, action.forget === true);
      case "writing": {
        const node = this.state(action.node);
        const pending = node.pending.get(action.prop) ?? { count: 0, live: node.props[action.prop] };
        pending.count++;
        node.pending.set(action.prop, pending);
        return;
      }
      case "answered":
        return this.answered(this.state(action.node), action.prop);
      case "began":
        this.pendingWork++;
        return;
      case "ended":
        return this.ended();
    }
  }

  /** The mutable view of a node the readers were handed: the same object. */
  private state(node: MirrorNode): NodeState {
    return node as NodeState;
  }

  private isCurrent(node: MirrorNode): boolean {
    return this.loadedNodes.get(node.id) === node;
  }

  /** Stores a value; a change marks what its class declares it changes. */
  private store(node: MirrorNode, prop: string, value: unknown): Stored | null {
    const { props } = this.state(node);
    const previous = props[prop];
    if (sameValue(previous, value)) return null;
    if (value === undefined) delete props[prop];
    else props[prop] = value;
    const kind = reactionsTo(node.type, prop).change;
    if (kind) this.mark(kind, node.id);
    return { previous };
  }

  private list(node: MirrorNode, child: string, ids: readonly number[] | undefined, live: boolean): readonly number[] | null {
    const { children } = this.state(node);
    const before = children[child];
    if (live && (!this.isCurrent(node) || before === undefined)) return null;
    if (ids === undefined) delete children[child];
    else if (before === undefined || !sameIds(before, ids)) children[child] = ids;
    return before ?? [];
  }

  private mark(kind: ChangeKind, id: number): void {
    if (kind === "tracks" || kind === "returnTracks" || kind === "scenes") this.change[kind] = true;
    else this.change[kind].add(id);
  }

  private drop(id: number, deleted: boolean): MirrorNode | undefined {
    const node = this.loadedNodes.get(id);
    if (!node) return undefined;
    this.loadedNodes.delete(id);
    (deleted ? this.change.removed : this.change.unloaded).add(id);
    for (const child of Object.keys(node.children)) this.listOids.delete(`${id}:${child}`);
    if (deleted) this.holds.forgetObject(id);
    return node;
  }

  private observed(node: MirrorNode, oid: number, list: string | undefined, demand: string | undefined): void {
    const state = this.state(node);
    if (demand !== undefined) return void state.demand.set(demand, oid);
    state.oids.push(oid);
    if (list !== undefined) this.listOids.set(`${node.id}:${list}`, oid);
  }

  private unobserved(node: MirrorNode, list: string | undefined, demand: string | undefined, forget: boolean): number | undefined {
    const state = this.state(node);
    if (demand !== undefined) {
      const oid = state.demand.get(demand);
      if (oid === undefined) return undefined;
      state.demand.delete(demand);
      if (forget) delete state.props[demand];
      return oid;
    }
    const key = `${node.id}:${list}`;
    const oid = this.listOids.get(key);
    if (oid === undefined) return undefined;
    this.listOids.delete(key);
    const index = state.oids.indexOf(oid);
    if (index >= 0) state.oids.splice(index, 1);
    return oid;
  }

  private answered(node: NodeState, prop: string): Answer {
    const pending = node.pending.get(prop);
    if (!pending || --pending.count > 0) return { state: "waiting" };
    node.pending.delete(prop);
    return this.isCurrent(node) ? { state: "settled", live: pending.live } : { state: "gone" };
  }

  // ---- work in flight -----------------------------------------------------------------------

  onSettled(listener: SettledListener): void {
    this.settledListeners.push(listener);
  }

  get isSettled(): boolean {
    return this.pendingWork === 0;
  }

  /** Ends one piece of work; the last one hands what changed to the settled listeners. */
  private ended(): void {
    this.pendingWork--;
    if (this.pendingWork > 0) return;
    const change: StructureChange = this.change;
    this.change = emptyChange();
    for (const listener of this.settledListeners) {
      try {
        listener(change);
      } catch (error) {
        this.log.error("mirror settled listener failed", error);
      }
    }
  }

  /** Counts `work` as pending until it lands; one superseded ends quietly, a load (`failed`: what it says) that fails is logged as news. */
  track(work: Promise<void>, failed?: string): void {
    this.dispatch({ type: "began" });
    const generation = this.generation;
    work
      .catch((error: unknown) => {
        // A resync refuses what the previous generation was still reading, and Live may delete what a
        // re-read was on its way to (an undo removes a row after its slots reported): races, not faults.
        if (error instanceof Superseded) return;
        if (failed !== undefined) this.log.debug(`${failed}: ${(error as Error).message}`);
        else if (generation !== this.generation) this.log.debug(`re-read dropped by a resync: ${(error as Error).message}`);
        else if (isGone(error)) this.log.debug(`re-read of a deleted object: ${(error as Error).message}`);
        else this.log.error("mirror re-read failed", error);
      })
      .finally(() => this.dispatch({ type: "ended" }));
  }

  /**
   * Runs `work` as pending work; superseded (a resync or a delete came first), it answers `otherwise`.
   * `work` may end itself early (`end`), so that a settle follows what it loaded in the same turn.
   */
  work<T>(work: (end: () => void) => Promise<T>, otherwise: T): Promise<T> {
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      this.dispatch({ type: "ended" });
    };
    this.dispatch({ type: "began" });
    return work(end).then(
      (value) => (end(), value),
      (error: unknown) => {
        end();
        if (error instanceof Superseded) return otherwise;
        throw error;
      },
    );
  }

  /**
   * Hands what `read` answers to `land` once it lands, read under this generation (and about `node`): a
   * resync, or the drop of `node`, before it lands supersedes it. `land` runs in the same turn as the
   * decision, so nothing stale slips in between (a resync may be queued as a microtask).
   */
  landed<T, R>(read: Promise<T>, node: MirrorNode | undefined, land: (value: T) => R | Promise<R>): Promise<R> {
    const generation = this.generation;
    return read.then((value) => {
      if (generation !== this.generation || (node !== undefined && !this.isCurrent(node))) throw new Superseded();
      return land(value);
    });
  }

  /** The answers to the writes and calls made while `collecting` runs. */
  private collected: Promise<unknown>[] | null = null;

  /** Counts `answer` (a write's or call's, settled: a refusal told) in the collection under way. */
  outcome<T>(answer: Promise<T>): Promise<T> {
    this.collected?.push(answer);
    return answer;
  }

  /** Runs `fn`; `answered` resolves once Live has answered every write and call it made (null: none). */
  collecting<T>(fn: () => T): { result: T; answered: Promise<void> | null } {
    const outer = this.collected;
    const mine: Promise<unknown>[] = [];
    this.collected = mine;
    try {
      const result = fn();
      return { result, answered: mine.length === 0 ? null : Promise.all(mine).then(() => undefined) };
    } finally {
      this.collected = outer;
      outer?.push(...mine);
    }
  }

  /** Who hears of Live's refusals of writes and calls (the action runner, for the status line). */
  readonly refusalListeners = new Set<(refusal: Refusal) => void>();

  /** Logged, and told to whoever listens: a refusal is the musician's news, not a fault; none about an object gone. */
  refused(refusal: Refusal, node?: MirrorNode): void {
    if (node !== undefined && !this.isCurrent(node)) return;
    this.log.warn(`Live refused ${refusal.what} of ${refusal.id}: ${refusal.reason}`);
    for (const listener of [...this.refusalListeners]) listener(refusal);
  }

  /** A request whose refusal is logged, never thrown: Live's refusals are the musician's news, not faults. */
  logged(request: Promise<unknown>, what: string): Promise<unknown> {
    return request.catch((error: unknown) => {
      this.log.warn(`Live refused ${what}: ${(error as Error).message}`);
      return undefined;
    });
  }
}
