// What Live reports, applied to the loaded objects: a value is stored and its listeners told once per
// change, with the reactions its class declares (children refetched, unobservable properties re-read,
// follow rules); a changed child list drops what went and reads what came, re-reading group
// membership only where a neighbour changed.
import type { Raw, SnapNode } from "../wire/protocol";
import { messageOf } from "../log/ErrorText";
import { decodeIds, hasProp, lomClass, type ChildSpec, type Follows } from "./LomClasses";
import { reactionsTo } from "./Reactions";
import { childListSpecOf, snapshotSpecOf } from "./SnapshotSpecs";
import { sameIds, sameValue, type MirrorNode } from "./MirrorNode";
import type { MirrorObjects } from "./MirrorObjects";
import type { MirrorStore } from "./MirrorStore";

export class MirrorChanges {
  constructor(
    private readonly store: MirrorStore,
    private readonly objects: MirrorObjects,
  ) {}

  onProp(node: MirrorNode, prop: string, raw: Raw): void {
    if (!this.store.isCurrent(node)) return;
    const spec = lomClass(node.type).props[prop];
    if (!spec) return;
    const value = spec.decode(raw);
    const pending = node.pending.get(prop);
    if (pending) {
      // Our own write is still on its way: keep showing it; Live's value wins when it is answered.
      pending.live = value;
      return;
    }
    this.apply(node, prop, value);
  }

  /** Stores a value and tells whoever follows it, once per change. */
  apply(node: MirrorNode, prop: string, value: unknown): void {
    const previous = node.props[prop];
    if (sameValue(previous, value)) return;
    if (value === undefined) delete node.props[prop];
    else node.props[prop] = value;
    const reactions = reactionsTo(node.type, prop);
    for (const [child, childSpec] of reactions.refetch) if (node.children[child] !== undefined) this.refetchChild(node, child, childSpec);
    for (const other of reactions.reread) void this.reread(node, other);
    for (const rule of reactions.follows) this.follow(rule, previous, value);
    if (reactions.change) this.store.markChange(reactions.change, node.id);
    this.store.notify(node.id, prop, value);
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

  onChildren(node: MirrorNode, child: string, raw: Raw, isNews: boolean): void {
    if (!this.store.isCurrent(node)) return;
    const spec = lomClass(node.type).children[child];
    if (!spec || node.children[child] === undefined) return;
    const before = node.children[child];
    const after = decodeIds(raw);
    if (sameIds(before, after)) {
      // Live reported the same list as news: a track moved into or out of a group in place.
      if (isNews && spec.neighbourRereads) {
        if (spec.change) this.store.markChange(spec.change, node.id);
        this.store.track(Promise.all(after.map((id) => this.rereadAll(id, spec.neighbourRereads!))).then(() => undefined));
      }
      return;
    }
    node.children[child] = after;
    const kept = new Set(after);
    const removed = before.filter((id) => !kept.has(id));
    const added = after.filter((id) => !before.includes(id));
    if (spec.change) this.store.markChange(spec.change, node.id);
    for (const id of removed) this.objects.drop(id);
    const rereads = spec.neighbourRereads ? this.neighboursToReread(before, after, removed) : [];
    this.store.track(this.fetchChildren(node, child, spec, added, rereads));
  }

  /**
   * Plain inserts and deletes change no surviving object's group, so only these need a re-read:
   * tracks with a new neighbour (moved ones among them), children of a group that went away, and
   * (after a new group track arrives) the tracks after it, which it may have taken in.
   */
  private neighboursToReread(before: number[], after: number[], removed: number[]): number[] {
    const removedSet = new Set(removed);
    const ids = new Set<number>(tracksWithNewNeighbour(before.filter((id) => !removedSet.has(id)), after));
    for (const id of after) {
      const group = this.store.get(id, "Track", "group_track");
      if (group != null && (removedSet.has(group) || ids.has(group))) ids.add(id);
    }
    return [...ids];
  }

  private async fetchChildren(parent: MirrorNode, child: string, spec: ChildSpec, added: number[], rereads: number[]): Promise<void> {
    const { store } = this;
    const generation = store.generation;
    const snapSpec = snapshotSpecOf(spec.type);
    const snaps = await Promise.all(
      added.map((id) =>
        store.nodes.has(id)
          ? Promise.resolve(null)
          : store.client.request<SnapNode>({ op: "snapshot", target: id, spec: snapSpec }).catch((error: unknown) => {
              store.log.debug(`${spec.type} ${id} went before it was read: ${messageOf(error)}`);
              return null;
            }),
      ),
    );
    if (generation !== store.generation || !store.isCurrent(parent)) return;
    // A later list event may already have removed an object this snapshot read.
    const current = new Set(parent.children[child]);
    for (const id of added) if (current.has(id) && store.nodes.has(id)) store.nodes.get(id)!.refs++;
    for (const snap of snaps) if (snap && current.has(snap.id) && !store.nodes.has(snap.id)) this.objects.ingest(snap, spec.type, parent.id);
    if (!spec.neighbourRereads) return;
    const reread = new Set(rereads);
    const newGroups = snaps.filter((s): s is SnapNode => s !== null && store.get(s.id, "Track", "is_foldable") === true);
    if (newGroups.length > 0) {
      const list = parent.children[child] ?? [];
      const first = Math.min(...newGroups.map((g) => list.indexOf(g.id)));
      for (const id of list.slice(first + 1)) reread.add(id);
    }
    await Promise.all([...reread].filter((id) => store.nodes.has(id)).map((id) => this.rereadAll(id, spec.neighbourRereads!)));
  }

  private async rereadAll(id: number, props: readonly string[]): Promise<void> {
    const node = this.store.nodes.get(id);
    if (node) await Promise.all(props.map((prop) => this.reread(node, prop)));
  }

  private refetchChild(node: MirrorNode, child: string, spec: ChildSpec): void {
    if (spec.change) this.store.markChange(spec.change, node.id);
    for (const id of node.children[child] ?? []) this.objects.drop(id);
    node.children[child] = [];
    this.store.track(
      (async () => {
        const kids = await this.readChildList(node, child);
        if (kids === null || node.children[child] === undefined) return;
        for (const id of node.children[child] ?? []) this.objects.drop(id);
        this.ingestChildren(node, child, spec, kids);
      })(),
    );
  }

  /** Reads one property again (for properties Live does not let us observe). */
  async reread(node: MirrorNode, prop: string): Promise<void> {
    const { store } = this;
    const spec = lomClass(node.type).props[prop];
    if (!spec || !hasProp(spec, node.props)) return;
    store.beginWork();
    try {
      const raw = await store.client.get(node.id, prop);
      this.onProp(node, prop, raw);
    } catch (error) {
      store.log.debug(`re-read of ${prop} on ${node.id} failed: ${messageOf(error)}`);
    } finally {
      store.endWork();
    }
  }

  /** Reads one child list of a loaded object, each child as it loads; null when a resync or a delete came first. */
  async readChildList(node: MirrorNode, child: string): Promise<SnapNode[] | null> {
    const generation = this.store.generation;
    const snap = await this.store.client.request<SnapNode>({ op: "snapshot", target: node.id, spec: childListSpecOf(node.type, child) });
    return generation === this.store.generation && this.store.isCurrent(node) ? (snap.c[child] ?? []) : null;
  }

  ingestChildren(node: MirrorNode, child: string, spec: ChildSpec, kids: SnapNode[]): void {
    node.children[child] = kids.map((k) => k.id);
    for (const kid of kids) this.objects.ingest(kid, spec.type, node.id);
    if (spec.observe) this.objects.observeList(node, child);
    if (spec.change) this.store.markChange(spec.change, node.id);
  }
}

/**
 * Tracks whose predecessor changed. A moved track is always among them (and so are at most two
 * neighbours), while the tracks inside a moved group keep theirs: they are still in that group.
 */
function tracksWithNewNeighbour(before: number[], after: number[]): number[] {
  const previous = new Map<number, number | undefined>(before.map((id, i) => [id, before[i - 1]]));
  return after.filter((id, i) => previous.has(id) && previous.get(id) !== after[i - 1]);
}
