// What Live reports, applied to the loaded objects: a value is stored and its listeners told once per
// change, with the reactions its class declares (children refetched, unobservable properties re-read,
// follow rules); a changed child list drops what went and reads what came, re-reading group
// membership only where a neighbour changed.
import type { Raw, SnapNode } from "../wire/protocol";
import { messageOf } from "../log/ErrorText";
import { hasProp, lomClass, type ChildSpec, type Follows, type Grouping } from "./LomClasses";
import { decodeIds } from "./LomDecoders";
import { reactionsTo } from "./Reactions";
import { childListSpecOf, snapshotSpecOf } from "./SnapshotSpecs";
import { sameIds, type MirrorNode } from "./MirrorNode";
import type { Stored } from "./MirrorActions";
import type { MirrorObjects } from "./MirrorObjects";
import type { MirrorStore } from "./MirrorStore";

export class MirrorChanges {
  constructor(
    private readonly store: MirrorStore,
    private readonly objects: MirrorObjects,
  ) {}

  /** What Live reports of a property (dropped by the dispatch when that object is no longer loaded). */
  onProp(node: MirrorNode, prop: string, raw: Raw): void {
    const spec = lomClass(node.type).props[prop];
    if (!spec) return;
    const value = spec.decode(raw);
    this.react(node, prop, value, this.store.dispatch({ type: "reported", node, prop, value }));
  }

  /** Shows a value (a write of ours, or Live's once it is answered) and tells whoever follows it, once per change. */
  show(node: MirrorNode, prop: string, value: unknown): void {
    this.react(node, prop, value, this.store.dispatch({ type: "shown", node, prop, value }));
  }

  /** What a stored change sets off, as its class declares, then its listeners. */
  private react(node: MirrorNode, prop: string, value: unknown, stored: Stored | null): void {
    if (stored === null) return;
    const reactions = reactionsTo(node.type, prop);
    for (const [child, childSpec] of reactions.refetch) if (node.children[child] !== undefined) this.refetchChild(node, child, childSpec);
    for (const other of reactions.reread) void this.reread(node, other);
    for (const rule of reactions.follows) this.follow(rule, stored.previous, value);
    this.store.listeners.notify(node.id, prop, value);
  }

  /** Re-reads `rule.reread` on the object each id that entered or left the list names through `rule.via`. */
  private follow(rule: Follows, before: unknown, after: unknown): void {
    const { nodes } = this.store;
    const was = new Set(Array.isArray(before) ? (before as number[]) : []);
    const now = new Set(Array.isArray(after) ? (after as number[]) : []);
    const targets = new Set<number>();
    for (const id of [...was, ...now]) {
      if (was.has(id) && now.has(id)) continue;
      const via = nodes.get(id)?.props[rule.via];
      if (typeof via === "number") targets.add(via);
    }
    for (const id of targets) {
      const target = nodes.get(id);
      if (target) void this.reread(target, rule.reread);
    }
  }

  /** What Live reports of a loaded child list (dropped by the dispatch when that object is no longer loaded). */
  onChildren(node: MirrorNode, child: string, raw: Raw, isNews: boolean): void {
    const { store } = this;
    const spec = lomClass(node.type).children[child];
    if (!spec) return;
    const after = decodeIds(raw);
    const before = store.dispatch({ type: "listed", node, child, ids: after, live: true });
    if (before === null) return;
    if (sameIds(before, after)) {
      // Live reported the same list as news: a member moved into or out of a group in place.
      const { grouping } = spec;
      if (isNews && grouping) {
        if (spec.change) store.dispatch({ type: "marked", kind: spec.change, id: node.id });
        store.track(Promise.all(after.map((id) => this.rereadAll(id, grouping.rereads))).then(() => undefined));
      }
      return;
    }
    const kept = new Set(after);
    const removed = before.filter((id) => !kept.has(id));
    const added = after.filter((id) => !before.includes(id));
    if (spec.change) store.dispatch({ type: "marked", kind: spec.change, id: node.id });
    for (const id of removed) this.objects.drop(id);
    const rereads = spec.grouping ? this.neighboursToReread(spec.grouping.memberOf, before, after, removed) : [];
    store.track(this.fetchChildren(node, child, spec, added, rereads));
  }

  /**
   * Plain inserts and deletes change no surviving object's group, so only these need a re-read:
   * tracks with a new neighbour (moved ones among them), children of a group that went away, and
   * (after a new group track arrives) the tracks after it, which it may have taken in.
   */
  private neighboursToReread(memberOf: string, before: readonly number[], after: readonly number[], removed: readonly number[]): number[] {
    const removedSet = new Set(removed);
    const ids = new Set<number>(tracksWithNewNeighbour(before.filter((id) => !removedSet.has(id)), after));
    for (const id of after) {
      const group = this.store.nodes.get(id)?.props[memberOf];
      if (typeof group === "number" && (removedSet.has(group) || ids.has(group))) ids.add(id);
    }
    return [...ids];
  }

  private fetchChildren(parent: MirrorNode, child: string, spec: ChildSpec, added: number[], rereads: number[]): Promise<void> {
    const { store } = this;
    const snapSpec = snapshotSpecOf(spec.type);
    const reads = added.map((id) =>
      store.nodes.has(id)
        ? Promise.resolve(null)
        : store.client.request<SnapNode>({ op: "snapshot", target: id, spec: snapSpec }).catch((error: unknown) => {
            store.log.debug(`${spec.type} ${id} went before it was read: ${messageOf(error)}`);
            return null;
          }),
    );
    return store.landed(Promise.all(reads), parent, (snaps) => {
      // A later list event may already have removed an object this snapshot read.
      const current = new Set(parent.children[child]);
      for (const id of added) {
        const node = current.has(id) ? store.nodes.get(id) : undefined;
        if (node) store.dispatch({ type: "referenced", node, by: 1 });
      }
      for (const snap of snaps) if (snap && current.has(snap.id) && !store.nodes.has(snap.id)) this.objects.ingest(snap, spec.type, parent.id);
      if (spec.grouping) return this.rereadGrouping(parent.children[child] ?? [], spec.grouping, snaps, rereads);
    });
  }

  /** Group membership read again where the list's change may have moved it (ChildSpec.grouping). */
  private async rereadGrouping(list: readonly number[], grouping: Grouping, snaps: (SnapNode | null)[], rereads: number[]): Promise<void> {
    const { nodes } = this.store;
    const reread = new Set(rereads);
    const newGroups = snaps.filter((s): s is SnapNode => s !== null && nodes.get(s.id)?.props[grouping.isGroup] === true);
    if (newGroups.length > 0) {
      const first = Math.min(...newGroups.map((g) => list.indexOf(g.id)));
      for (const id of list.slice(first + 1)) reread.add(id);
    }
    await Promise.all([...reread].filter((id) => nodes.has(id)).map((id) => this.rereadAll(id, grouping.rereads)));
  }

  private async rereadAll(id: number, props: readonly string[]): Promise<void> {
    const node = this.store.nodes.get(id);
    if (node) await Promise.all(props.map((prop) => this.reread(node, prop)));
  }

  private refetchChild(node: MirrorNode, child: string, spec: ChildSpec): void {
    const { store } = this;
    if (spec.change) store.dispatch({ type: "marked", kind: spec.change, id: node.id });
    for (const id of node.children[child] ?? []) this.objects.drop(id);
    store.dispatch({ type: "listed", node, child, ids: [] });
    store.track(
      this.readChildList(node, child, (kids) => {
        if (node.children[child] === undefined) return;
        for (const id of node.children[child] ?? []) this.objects.drop(id);
        this.ingestChildren(node, child, spec, kids);
      }),
    );
  }

  /** Reads one property again (for properties Live does not let us observe). */
  async reread(node: MirrorNode, prop: string): Promise<void> {
    const { store } = this;
    const spec = lomClass(node.type).props[prop];
    if (!spec || !hasProp(spec, node.props)) return;
    store.dispatch({ type: "began" });
    try {
      const raw = await store.client.get(node.id, prop);
      this.onProp(node, prop, raw);
    } catch (error) {
      store.log.debug(`re-read of ${prop} on ${node.id} failed: ${messageOf(error)}`);
    } finally {
      store.dispatch({ type: "ended" });
    }
  }

  /** Reads one child list of a loaded object, each child as it loads, for `land`; superseded when a resync or a delete came first. */
  readChildList(node: MirrorNode, child: string, land: (kids: SnapNode[]) => void): Promise<void> {
    const read = this.store.client.request<SnapNode>({ op: "snapshot", target: node.id, spec: childListSpecOf(node.type, child) });
    return this.store.landed(read, node, (snap) => land(snap.c[child] ?? []));
  }

  ingestChildren(node: MirrorNode, child: string, spec: ChildSpec, kids: SnapNode[]): void {
    this.store.dispatch({ type: "listed", node, child, ids: kids.map((k) => k.id) });
    for (const kid of kids) this.objects.ingest(kid, spec.type, node.id);
    if (spec.observe) this.objects.observeList(node, child);
    if (spec.change) this.store.dispatch({ type: "marked", kind: spec.change, id: node.id });
  }
}

/**
 * Tracks whose predecessor changed. A moved track is always among them (and so are at most two
 * neighbours), while the tracks inside a moved group keep theirs: they are still in that group.
 */
function tracksWithNewNeighbour(before: readonly number[], after: readonly number[]): number[] {
  const previous = new Map<number, number | undefined>(before.map((id, i) => [id, before[i - 1]]));
  return after.filter((id, i) => previous.has(id) && previous.get(id) !== after[i - 1]);
}
