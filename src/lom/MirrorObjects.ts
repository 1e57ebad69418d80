// How a snapshot becomes loaded objects and how they go: a node per object with the observers its
// class declares, counted by the lists that name it, dropped with its subtree when none does.
// What the observers report goes to whoever applies changes (MirrorChanges).
import type { Raw, SnapNode } from "../wire/protocol";
import { hasProp, lomClass, type LomClassName } from "./LomClasses";
import { isListenedTo, type MirrorNode } from "./MirrorNode";
import type { MirrorStore } from "./MirrorStore";

export interface ObjectReports {
  onProp(node: MirrorNode, prop: string, raw: Raw): void;
  /** `isNews`: a notification (an observer's first value only reconciles what the load read). */
  onChildren(node: MirrorNode, child: string, raw: Raw, isNews: boolean): void;
  /** An object has just been loaded: what is held of it can be loaded now. */
  onLoaded(node: MirrorNode): void;
}

export class MirrorObjects {
  constructor(
    private readonly store: MirrorStore,
    private readonly reports: ObjectReports,
  ) {}

  ingest(snap: SnapNode, type: LomClassName, parent: number | null): void {
    if (snap.id === 0) return;
    const { store } = this;
    const cls = lomClass(type);
    const existing = store.nodes.get(snap.id);
    if (existing && existing.type === type) {
      existing.refs++;
      for (const [prop, raw] of Object.entries(snap.p)) this.reports.onProp(existing, prop, raw);
      return;
    }
    if (existing) this.drop(existing.id, false);
    const node: MirrorNode = { id: snap.id, type, parent, props: {}, children: {}, oids: [], demand: new Map(), refs: 1, pending: new Map() };
    store.nodes.set(node.id, node);
    store.change.added.add(node.id);
    for (const [prop, spec] of Object.entries(cls.props)) {
      const raw = snap.p[prop];
      if (raw !== undefined) node.props[prop] = spec.decode(raw);
    }
    for (const [prop, spec] of Object.entries(cls.props)) {
      if (spec.observe === true && hasProp(spec, node.props)) {
        const onChange = (v: Raw): void => this.reports.onProp(node, prop, v);
        node.oids.push(store.client.observe(node.id, prop, onChange, onChange, spec.quantum === undefined ? undefined : { quantum: spec.quantum }));
      } else if (isListenedTo(spec) && store.isListened(node.id, prop)) this.observeOnDemand(node, prop);
    }
    for (const [child, spec] of Object.entries(cls.children)) {
      const kids = snap.c[child];
      if (kids === undefined) continue;
      node.children[child] = kids.map((k) => k.id);
      for (const kid of kids) this.ingest(kid, spec.type, node.id);
      if (spec.observe) this.observeList(node, child);
    }
    this.reports.onLoaded(node);
  }

  /** Forgets an object and its subtree; their observers go back to the shim's pool. */
  drop(id: number, deleted = true): void {
    const { store } = this;
    const node = store.nodes.get(id);
    if (!node) return;
    store.nodes.delete(id);
    (deleted ? store.change.removed : store.change.unloaded).add(id);
    for (const oid of [...node.oids, ...node.demand.values()]) store.client.unobserve(oid);
    for (const child of Object.keys(node.children)) store.listOids.delete(`${id}:${child}`);
    if (deleted) store.holds.forgetObject(id);
    for (const kids of Object.values(node.children))
      for (const kid of kids) {
        const k = store.nodes.get(kid);
        if (!k) continue;
        if (deleted || --k.refs <= 0) this.drop(kid, deleted);
      }
  }

  /** One list fewer names the object; unloaded when none does. */
  unref(id: number): void {
    const node = this.store.nodes.get(id);
    if (!node) return;
    node.refs--;
    if (node.refs <= 0) this.drop(id, false);
  }

  /** Observes a loaded child list; its current value reconciles what the load read. */
  observeList(node: MirrorNode, child: string): void {
    const onChange = (v: Raw): void => this.reports.onChildren(node, child, v, true);
    const oid = this.store.client.observe(node.id, child, onChange, (v) => this.reports.onChildren(node, child, v, false));
    node.oids.push(oid);
    this.store.listOids.set(`${node.id}:${child}`, oid);
  }

  unobserveList(node: MirrorNode, child: string): void {
    const { listOids, client } = this.store;
    const oid = listOids.get(`${node.id}:${child}`);
    if (oid === undefined) return;
    listOids.delete(`${node.id}:${child}`);
    const index = node.oids.indexOf(oid);
    if (index >= 0) node.oids.splice(index, 1);
    client.unobserve(oid);
  }

  /** Starts observing an on-demand property of `node` (once; its current value reconciles the mirror). */
  observeOnDemand(node: MirrorNode, prop: string): void {
    const spec = lomClass(node.type).props[prop];
    if (node.demand.has(prop) || !isListenedTo(spec) || !hasProp(spec, node.props)) return;
    const onChange = (v: Raw): void => this.reports.onProp(node, prop, v);
    node.demand.set(prop, this.store.client.observe(node.id, prop, onChange, onChange));
  }

  /** The last listener went: the observer goes back to the pool, and a "whileListened" value with it. */
  stopOnDemand(id: number, prop: string): void {
    const current = this.store.nodes.get(id);
    const oid = current?.demand.get(prop);
    if (current && oid !== undefined) {
      current.demand.delete(prop);
      this.store.client.unobserve(oid);
      if (lomClass(current.type).props[prop]?.observe === "whileListened") delete current.props[prop];
    }
  }
}
