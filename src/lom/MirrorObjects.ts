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
      store.dispatch({ type: "referenced", node: existing, by: 1 });
      for (const [prop, raw] of Object.entries(snap.p)) this.reports.onProp(existing, prop, raw);
      return;
    }
    if (existing) this.drop(existing.id, false);
    const props: Record<string, unknown> = {};
    for (const [prop, spec] of Object.entries(cls.props)) {
      const raw = snap.p[prop];
      if (raw !== undefined) props[prop] = spec.decode(raw);
    }
    const node = store.dispatch({ type: "loaded", id: snap.id, cls: type, parent, props });
    for (const [prop, spec] of Object.entries(cls.props)) {
      if (spec.observe === true && hasProp(spec, node.props)) {
        const onChange = (v: Raw): void => this.reports.onProp(node, prop, v);
        const oid = store.client.observe(node.id, prop, onChange, onChange, spec.quantum === undefined ? undefined : { quantum: spec.quantum });
        store.dispatch({ type: "observed", node, oid });
      } else if (isListenedTo(spec) && store.listeners.isListened(node.id, prop)) this.observeOnDemand(node, prop);
    }
    for (const [child, spec] of Object.entries(cls.children)) {
      const kids = snap.c[child];
      if (kids === undefined) continue;
      store.dispatch({ type: "listed", node, child, ids: kids.map((k) => k.id) });
      for (const kid of kids) this.ingest(kid, spec.type, node.id);
      if (spec.observe) this.observeList(node, child);
    }
    this.reports.onLoaded(node);
  }

  /** Forgets an object and its subtree; their observers go back to the shim's pool. */
  drop(id: number, deleted = true): void {
    const { store } = this;
    const node = store.dispatch({ type: "dropped", id, deleted });
    if (!node) return;
    for (const oid of [...node.oids, ...node.demand.values()]) store.client.unobserve(oid);
    for (const kids of Object.values(node.children))
      for (const kid of kids) {
        const k = store.nodes.get(kid);
        if (!k) continue;
        if (deleted || store.dispatch({ type: "referenced", node: k, by: -1 }) <= 0) this.drop(kid, deleted);
      }
  }

  /** One list fewer names the object; unloaded when none does. */
  unref(id: number): void {
    const node = this.store.nodes.get(id);
    if (node && this.store.dispatch({ type: "referenced", node, by: -1 }) <= 0) this.drop(id, false);
  }

  /** Observes a loaded child list; its current value reconciles what the load read. */
  observeList(node: MirrorNode, child: string): void {
    const onChange = (v: Raw): void => this.reports.onChildren(node, child, v, true);
    const oid = this.store.client.observe(node.id, child, onChange, (v) => this.reports.onChildren(node, child, v, false));
    this.store.dispatch({ type: "observed", node, oid, list: child });
  }

  unobserveList(node: MirrorNode, child: string): void {
    const oid = this.store.dispatch({ type: "unobserved", node, list: child });
    if (oid !== undefined) this.store.client.unobserve(oid);
  }

  /** Starts observing an on-demand property of `node` (once; its current value reconciles the mirror). */
  observeOnDemand(node: MirrorNode, prop: string): void {
    const spec = lomClass(node.type).props[prop];
    if (node.demand.has(prop) || !isListenedTo(spec) || !hasProp(spec, node.props)) return;
    const onChange = (v: Raw): void => this.reports.onProp(node, prop, v);
    this.store.dispatch({ type: "observed", node, oid: this.store.client.observe(node.id, prop, onChange, onChange), demand: prop });
  }

  /** The last listener went: the observer goes back to the pool, and a "whileListened" value with it. */
  stopOnDemand(id: number, prop: string): void {
    const current = this.store.nodes.get(id);
    if (!current) return;
    const forget = lomClass(current.type).props[prop]?.observe === "whileListened";
    const oid = this.store.dispatch({ type: "unobserved", node: current, demand: prop, forget });
    if (oid !== undefined) this.store.client.unobserve(oid);
  }
}
