// The mirror's state and its one reducer: each action of MirrorActions.ts changes it here and
// nowhere else. Only MirrorStore holds one (tests/architecture checks it); the readers see
// MirrorNode, a read-only view of the same objects.
import type { ChangeKind, LomClassName } from "./LomClasses";
import type { HoldCounts } from "./HoldCounts";
import type { Answer, MirrorAction, ResultOf, Stored } from "./MirrorActions";
import { sameIds, sameValue, type MirrorNode, type StructureChange } from "./MirrorNode";
import { reactionsTo } from "./Reactions";

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

/** What changed as the reducer gathers it: the settle hands it on as a StructureChange. */
type ChangeState = { -readonly [K in keyof StructureChange]: StructureChange[K] extends boolean ? boolean : Set<number> };

function emptyChange(): ChangeState {
  return { tracks: false, returnTracks: false, scenes: false, clipsOf: new Set(), devicesOf: new Set(), added: new Set(), removed: new Set(), unloaded: new Set() };
}

export class MirrorState {
  readonly nodes = new Map<number, NodeState>();
  /** The observer of each loaded, observed child list, by `id:child`. */
  private readonly listOids = new Map<string, number>();
  /** Work under way that changes the mirror (re-reads, loads, a sync). */
  private works = 0;
  private change = emptyChange();
  /** Bumped by a resync: what an earlier generation was reading is dropped when it lands. */
  private resyncs = 0;
  private song = 0;

  constructor(private readonly holds: HoldCounts) {}

  get pendingWork(): number {
    return this.works;
  }

  get generation(): number {
    return this.resyncs;
  }

  get songId(): number {
    return this.song;
  }

  isCurrent(node: MirrorNode): boolean {
    return this.nodes.get(node.id) === node;
  }

  reduce(action: MirrorAction): ResultOf<MirrorAction> {
    switch (action.type) {
      case "reset":
        this.resyncs++;
        this.nodes.clear();
        this.listOids.clear();
        return;
      case "synced":
        this.song = action.song;
        this.change.tracks = this.change.scenes = this.change.returnTracks = true;
        return;
      case "loaded": {
        const node: NodeState = { id: action.id, type: action.cls, parent: action.parent, props: action.props, children: {}, oids: [], demand: new Map(), refs: 1, pending: new Map() };
        this.nodes.set(node.id, node);
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
        this.works++;
        return;
      case "ended":
        return this.ended();
    }
  }

  /** The mutable view of a node the readers were handed: the same object. */
  private state(node: MirrorNode): NodeState {
    return node as NodeState;
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
    const node = this.nodes.get(id);
    if (!node) return undefined;
    this.nodes.delete(id);
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

  /** Ends one piece of work; the last one answers what changed since the last settle. */
  private ended(): StructureChange | null {
    if (--this.works > 0) return null;
    const change: StructureChange = this.change;
    this.change = emptyChange();
    return change;
  }
}
