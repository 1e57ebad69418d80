// Loading what is held: a held child list (clip slots, devices, parameters) or an object by id is read
// for its first holder, shared by the others while it loads, kept current while held, unloaded with
// the last release, and loaded again after a resync for the holders that kept their releases.
import type { SnapNode } from "../wire/protocol";
import { lomClass, type ChildSpec, type LomClassName } from "./LomClasses";
import { snapshotSpecOf } from "./SnapshotSpecs";
import type { Hold } from "./HoldCounts";
import type { MirrorNode } from "./MirrorNode";
import type { MirrorChanges } from "./MirrorChanges";
import type { MirrorObjects } from "./MirrorObjects";
import type { MirrorStore } from "./MirrorStore";

export class HeldLoads {
  /** Loads of held lists in flight, so a second holder can wait for the same read. */
  private readonly loading = new Map<string, Promise<void>>();

  constructor(
    private readonly store: MirrorStore,
    private readonly objects: MirrorObjects,
    private readonly changes: MirrorChanges,
  ) {}

  hold(id: number, child: string): Hold {
    const { nodes, holds } = this.store;
    const { first, release } = holds.acquire({ id, child }, () => {
      const node = nodes.get(id);
      if (node) this.unloadChild(node, child);
    });
    const node = nodes.get(id);
    const spec = node ? lomClass(node.type).children[child] : undefined;
    if (!node || !spec) return { loaded: Promise.resolve(), release };
    if (!first || node.children[child] !== undefined) return { loaded: this.loading.get(`${id}:${child}`) ?? Promise.resolve(), release };
    return { loaded: this.loadChild(node, child, spec), release };
  }

  holdObject(id: number, type: LomClassName): Hold {
    const { first, release } = this.store.holds.acquire({ id, type }, () => this.objects.unref(id));
    return { loaded: first ? this.loadObject(id, type) : Promise.resolve(), release };
  }

  /** Loads what is held of an object that has just been loaded (held before it was, or before a resync). */
  loadHeldLists(node: MirrorNode): void {
    for (const target of this.store.holds.targetsOf(node.id)) {
      if (!("child" in target) || node.children[target.child] !== undefined) continue;
      const spec = lomClass(node.type).children[target.child];
      if (spec) void this.loadChild(node, target.child, spec);
    }
  }

  /**
   * After a resync, the objects held by id are loaded again (holders keep their releases); held lists
   * load as their objects are loaded again (loadHeldLists), the structure's now, the rest in turn.
   */
  reloadHeldObjects(): void {
    for (const target of this.store.holds.targets()) if (!("child" in target)) void this.loadObject(target.id, target.type);
  }

  private loadChild(node: MirrorNode, child: string, spec: ChildSpec): Promise<void> {
    const key = `${node.id}:${child}`;
    const work = this.changes
      .readChildList(node, child, (kids) => {
        if (this.store.holds.has({ id: node.id, child })) this.changes.ingestChildren(node, child, spec, kids);
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, work);
    return this.trackLoad(work, `${child} of ${node.id}`);
  }

  private loadObject(id: number, type: LomClassName): Promise<void> {
    const { store } = this;
    const existing = store.nodes.get(id);
    if (existing) {
      store.dispatch({ type: "referenced", node: existing, by: 1 });
      return Promise.resolve();
    }
    const read = store.client.request<SnapNode>({ op: "snapshot", target: id, spec: snapshotSpecOf(type) });
    const work = store.landed(read, undefined, (snap) => {
      if (store.holds.has({ id, type })) this.objects.ingest(snap, type, store.nodes.get(id)?.parent ?? null);
    });
    return this.trackLoad(work, `${type} ${id}`);
  }

  /** A load counts as pending work until it lands; a failed one is logged once and resolves its holders (a superseded one quietly). */
  private trackLoad(work: Promise<void>, what: string): Promise<void> {
    this.store.track(work, `${what} could not be loaded`);
    return work.catch(() => undefined);
  }

  private unloadChild(node: MirrorNode, child: string): void {
    const ids = node.children[child];
    if (ids === undefined) return;
    this.store.dispatch({ type: "listed", node, child, ids: undefined });
    const spec = lomClass(node.type).children[child];
    if (spec?.observe) this.objects.unobserveList(node, child);
    for (const id of ids) this.objects.unref(id);
  }
}
