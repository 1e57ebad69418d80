// The bundle's synchronous view of the Live set: a store of the objects it has loaded. What is
// loaded, observed and re-read is declared per LOM class (LomClasses.ts); this file only applies
// those policies. The structure (song, tracks, scenes) is always loaded; clip slots, clips, devices
// and parameters only while something holds them (HoldCounts), so neither the sync nor the
// observers grow with tracks × scenes. A write shows at once as pending; Live's answer settles it.
import type { Atom, Raw, SnapNode } from "./protocol";
import { SONG_PATH } from "./protocol";
import { LomClient } from "./LomClient";
import {
  childListSpecOf,
  decodeIds,
  reactionsTo,
  refreshSpecOf,
  type Follows,
  hasProp,
  lomClass,
  snapshotSpecOf,
  type ChangeKind,
  type ChildName,
  type ChildSpec,
  type LomClassName,
  type PropName,
  type PropValue,
} from "./LomClasses";
import { HoldCounts, type Hold } from "./HoldCounts";
import type { Logger } from "../log/Logger";
import type { Observable } from "../events/Observable";

export interface MirrorNode {
  readonly id: number;
  readonly type: LomClassName;
  parent: number | null;
  readonly props: Record<string, unknown>;
  /** Loaded child lists only: an absent key is a held list nobody holds. */
  readonly children: Record<string, number[]>;
  /** Observers of always-observed properties and lists. */
  readonly oids: number[];
  /** Observers of on-demand properties, by property, while something listens to them. */
  readonly demand: Map<string, number>;
  /** How many loaded lists name this object (a slot is in its track's list and its scene's row). */
  refs: number;
  /** Writes of a property Live has not answered yet, and the last value Live reported meanwhile. */
  readonly pending: Map<string, { count: number; live: unknown }>;
}

/** What changed since the mirror was last settled (no re-read in flight). */
export interface StructureChange {
  tracks: boolean;
  returnTracks: boolean;
  scenes: boolean;
  /** Clip slots whose clip appeared, went, or was replaced. */
  clipsOf: Set<number>;
  /** Tracks whose held device list was loaded or changed. */
  devicesOf: Set<number>;
  added: Set<number>;
  /** Objects Live deleted (not those merely unloaded because nothing holds them any more). */
  removed: Set<number>;
  /** Objects no longer loaded because nothing holds them (Live still has them). */
  unloaded: Set<number>;
}

export type PropListener = (value: unknown, id: number) => void;
/** A value a write or call gives a property, shown as pending until Live answers. */
export interface Effect {
  id: number;
  prop: string;
  value: Atom | Atom[];
}
type SettledListener = (change: StructureChange) => void;
export type SyncProgress = (read: number, total: number) => void;

/** Tracks read per request at sync: the status line moves, and knob batches slip in between. */
const TRACKS_PER_READ = 16;

function emptyChange(): StructureChange {
  return {
    tracks: false,
    returnTracks: false,
    scenes: false,
    clipsOf: new Set(),
    devicesOf: new Set(),
    added: new Set(),
    removed: new Set(),
    unloaded: new Set(),
  };
}

export class Mirror {
  private readonly nodes = new Map<number, MirrorNode>();
  private readonly propListeners = new Map<string, Set<PropListener>>();
  private readonly settledListeners: SettledListener[] = [];
  private readonly holds = new HoldCounts();
  private pendingWork = 0;
  private change = emptyChange();
  private generation = 0;
  songId = 0;

  constructor(
    readonly client: LomClient,
    private readonly log: Logger,
  ) {}

  // ---- reading ----------------------------------------------------------------------------

  node(id: number | null | undefined): MirrorNode | undefined {
    return id == null ? undefined : this.nodes.get(id);
  }

  has(id: number): boolean {
    return this.nodes.has(id);
  }

  get size(): number {
    return this.nodes.size;
  }

  /** Every loaded object, for checks and dumps. */
  loaded(): IterableIterator<MirrorNode> {
    return this.nodes.values();
  }

  /** A typed property read; `undefined` when the object is gone or not loaded. */
  get<C extends LomClassName, P extends PropName<C>>(id: number, cls: C, prop: P): PropValue<C, P> | undefined {
    const node = this.nodes.get(id);
    if (!node || node.type !== cls) return undefined;
    return node.props[prop] as PropValue<C, P>;
  }

  children<C extends LomClassName>(id: number, _cls: C, child: ChildName<C>): readonly number[] {
    return this.nodes.get(id)?.children[child] ?? [];
  }

  /** Whether a held child list is loaded now. */
  isLoaded(id: number, child: string): boolean {
    return this.nodes.get(id)?.children[child] !== undefined;
  }

  child<C extends LomClassName>(id: number, cls: C, child: ChildName<C>): number | null {
    return this.children(id, cls, child)[0] ?? null;
  }

  songProp<P extends PropName<"Song">>(prop: P): PropValue<"Song", P> {
    return this.get(this.songId, "Song", prop) as PropValue<"Song", P>;
  }

  songViewProp<P extends PropName<"SongView">>(prop: P): PropValue<"SongView", P> | undefined {
    const view = this.child(this.songId, "Song", "view");
    return view === null ? undefined : this.get(view, "SongView", prop);
  }

  // ---- subscribing --------------------------------------------------------------------------

  /** Calls `listener` when the property's value changes. Returns an unsubscribe. */
  subscribe(id: number, prop: string, listener: PropListener): () => void {
    const key = `${id}:${prop}`;
    let set = this.propListeners.get(key);
    if (!set) this.propListeners.set(key, (set = new Set()));
    set.add(listener);
    const node = this.nodes.get(id);
    if (node) this.observeOnDemand(node, prop);
    return () => {
      set.delete(listener);
      if (set.size > 0 || this.propListeners.get(key) !== set) return;
      this.propListeners.delete(key);
      const current = this.nodes.get(id);
      const oid = current?.demand.get(prop);
      if (current && oid !== undefined) {
        current.demand.delete(prop);
        this.client.unobserve(oid);
        if (lomClass(current.type).props[prop]?.observe === "whileListened") delete current.props[prop];
      }
    };
  }

  /**
   * Keeps a property observed (and, for a "whileListened" one, loaded) until released, like `hold` for
   * lists; resolves once its value is in the mirror.
   */
  listen(id: number, prop: string): Hold {
    let arrived: () => void = () => {};
    const loaded = new Promise<void>((resolve) => (arrived = resolve));
    const release = this.subscribe(id, prop, () => arrived());
    const node = this.nodes.get(id);
    const spec = node ? lomClass(node.type).props[prop] : undefined;
    if (!node || !spec || !hasProp(spec, node.props) || node.props[prop] !== undefined) arrived();
    return { loaded, release };
  }

  /** Starts observing an on-demand property of `node` (once; its current value reconciles the mirror). */
  private observeOnDemand(node: MirrorNode, prop: string): void {
    const spec = lomClass(node.type).props[prop];
    if (node.demand.has(prop) || !isListenedTo(spec) || !hasProp(spec, node.props)) return;
    const onChange = (v: Raw): void => this.onProp(node, prop, v);
    node.demand.set(prop, this.client.observe(node.id, prop, onChange, onChange));
  }

  /** A mirrored property as an Observable, for `Sequence.waitFor` and other listeners. */
  observable<C extends LomClassName, P extends PropName<C>>(id: number, cls: C, prop: P): Observable<PropValue<C, P> | undefined> {
    return {
      get: () => this.get(id, cls, prop),
      subscribe: (listener) => this.subscribe(id, prop, (value) => listener(value as PropValue<C, P>)),
    };
  }

  /** Called each time every structural re-read has landed, with what changed. */
  onSettled(listener: SettledListener): void {
    this.settledListeners.push(listener);
  }

  get isSettled(): boolean {
    return this.pendingWork === 0;
  }

  // ---- holding ------------------------------------------------------------------------------

  /**
   * Loads a held child list (or single child) of a loaded object and keeps it current until the
   * returned release is called by every holder. Resolves once it is loaded.
   */
  hold(id: number, child: string): Hold {
    const { first, release } = this.holds.acquire({ id, child }, () => {
      const node = this.nodes.get(id);
      if (node) this.unloadChild(node, child);
    });
    const node = this.nodes.get(id);
    const spec = node ? lomClass(node.type).children[child] : undefined;
    if (!node || !spec) return { loaded: Promise.resolve(), release };
    if (!first || node.children[child] !== undefined) return { loaded: this.loading.get(`${id}:${child}`) ?? Promise.resolve(), release };
    return { loaded: this.loadChild(node, child, spec), release };
  }

  /** Loads of held lists in flight, so a second holder can wait for the same read. */
  private readonly loading = new Map<string, Promise<void>>();

  private loadChild(node: MirrorNode, child: string, spec: ChildSpec): Promise<void> {
    const key = `${node.id}:${child}`;
    const work = (async () => {
      const kids = await this.readChildList(node, child);
      if (kids !== null && this.holds.has({ id: node.id, child })) this.ingestChildren(node, child, spec, kids);
    })().finally(() => this.loading.delete(key));
    this.loading.set(key, work);
    return this.trackLoad(work, `${child} of ${node.id}`);
  }

  /** A load counts as pending work until it lands; a failed one is logged once and resolves its holders. */
  private trackLoad(work: Promise<void>, what: string): Promise<void> {
    this.track(work.catch((error: unknown) => this.log.debug(`${what} could not be loaded: ${(error as Error).message}`)));
    return work.catch(() => undefined);
  }

  /** Reads one child list of a loaded object, each child as it loads; null when a resync or a delete came first. */
  private async readChildList(node: MirrorNode, child: string): Promise<SnapNode[] | null> {
    const generation = this.generation;
    const snap = await this.client.request<SnapNode>({ op: "snapshot", target: node.id, spec: childListSpecOf(node.type, child) });
    return generation === this.generation && this.nodes.get(node.id) === node ? (snap.c[child] ?? []) : null;
  }

  private ingestChildren(node: MirrorNode, child: string, spec: ChildSpec, kids: SnapNode[]): void {
    node.children[child] = kids.map((k) => k.id);
    for (const kid of kids) this.ingest(kid, spec.type, node.id);
    if (spec.observe) this.observeList(node, child);
    if (spec.change) this.markChange(spec.change, node.id);
  }

  /** Loads one object by id with no loaded parent (the detail clip before its slot is held). */
  holdObject(id: number, type: LomClassName): Hold {
    const { first, release } = this.holds.acquire({ id, type }, () => this.unref(id));
    return { loaded: first ? this.loadObject(id, type) : Promise.resolve(), release };
  }

  private loadObject(id: number, type: LomClassName): Promise<void> {
    const existing = this.nodes.get(id);
    if (existing) {
      existing.refs++;
      return Promise.resolve();
    }
    const generation = this.generation;
    const work = this.client.request<SnapNode>({ op: "snapshot", target: id, spec: snapshotSpecOf(type) }).then((snap) => {
      if (generation !== this.generation || !this.holds.has({ id, type })) return;
      this.ingest(snap, type, this.nodes.get(id)?.parent ?? null);
    });
    return this.trackLoad(work, `${type} ${id}`);
  }

  /**
   * After a resync, the objects held by id are loaded again (holders keep their releases); held lists
   * load as their objects are loaded again (loadHeldLists), the structure's now, the rest in turn.
   */
  private reloadHeldObjects(): void {
    for (const target of this.holds.targets()) if (!("child" in target)) void this.loadObject(target.id, target.type);
  }

  private unloadChild(node: MirrorNode, child: string): void {
    const ids = node.children[child];
    if (ids === undefined) return;
    delete node.children[child];
    const spec = lomClass(node.type).children[child];
    if (spec?.observe) this.unobserveList(node, child);
    for (const id of ids) this.unref(id);
  }

  private readonly listOids = new Map<string, number>();

  /** Observes a loaded child list; its current value reconciles what the load read. */
  private observeList(node: MirrorNode, child: string): void {
    const onChange = (v: Raw): void => this.onChildren(node, child, v, true);
    const oid = this.client.observe(node.id, child, onChange, (v) => this.onChildren(node, child, v, false));
    node.oids.push(oid);
    this.listOids.set(`${node.id}:${child}`, oid);
  }

  private unobserveList(node: MirrorNode, child: string): void {
    const oid = this.listOids.get(`${node.id}:${child}`);
    if (oid === undefined) return;
    this.listOids.delete(`${node.id}:${child}`);
    const index = node.oids.indexOf(oid);
    if (index >= 0) node.oids.splice(index, 1);
    this.client.unobserve(oid);
  }

  private unref(id: number): void {
    const node = this.nodes.get(id);
    if (!node) return;
    node.refs--;
    if (node.refs <= 0) this.drop(id, false);
  }

  // ---- writing -----------------------------------------------------------------------------

  /**
   * Writes a property. The value shows at once as pending, so the next action computes from it (in
   * real Max a detent faster than a round trip would otherwise be lost); Live's answer settles it:
   * Live's value wins, and a refused write rolls back and is reported. Never rejects.
   */
  set(id: number, prop: string, value: Atom | Atom[]): Promise<unknown> {
    // The write is queued before the value is shown: what showing it re-reads must reach Live after it.
    const request = this.client.set(id, prop, value);
    if (!this.expect({ id, prop, value }, request)) return this.logged(request, `set ${prop} of ${id}`);
    return request.then(
      () => undefined,
      () => undefined,
    );
  }

  /**
   * Calls a LOM function. `effects` are the values the call is known to give (start_playing makes
   * is_playing 1): they show at once as pending, as a write does, and Live's answer settles them.
   */
  call(id: number | string, fn: string, args: Atom[] = [], effects: readonly Effect[] = []): Promise<unknown> {
    const request = this.client.call(id, fn, args);
    for (const effect of effects) this.expect(effect, request);
    return this.logged(request, `${fn} on ${id}`);
  }

  /** Shows `effect` as pending until `request` is answered; false when the object is not loaded. */
  private expect(effect: Effect, request: Promise<unknown>): boolean {
    const { id, prop, value } = effect;
    const node = this.nodes.get(id);
    const spec = node ? lomClass(node.type).props[prop] : undefined;
    if (!node || !spec) return false;
    const pending = node.pending.get(prop) ?? { count: 0, live: node.props[prop] };
    pending.count++;
    node.pending.set(prop, pending);
    this.apply(node, prop, spec.decode(Array.isArray(value) ? value : [value]));
    const settle = (refused: string | null): void => {
      if (--pending.count > 0) return;
      node.pending.delete(prop);
      if (this.nodes.get(id) !== node) return;
      if (refused !== null) this.log.warn(`Live refused ${prop} of ${id}: ${refused}`);
      if (this.isObserved(node, prop) || spec.observe === "whileListened") this.apply(node, prop, pending.live);
      else {
        if (refused !== null) this.apply(node, prop, pending.live);
        void this.reread(node, prop);
      }
    };
    request.then(
      () => settle(null),
      (error: unknown) => settle((error as Error).message),
    );
    return true;
  }

  private logged(request: Promise<unknown>, what: string): Promise<unknown> {
    return request.catch((error: unknown) => {
      this.log.warn(`Live refused ${what}: ${(error as Error).message}`);
      return undefined;
    });
  }

  private isObserved(node: MirrorNode, prop: string): boolean {
    return lomClass(node.type).props[prop]?.observe === true || node.demand.has(prop);
  }

  // ---- syncing -----------------------------------------------------------------------------

  /**
   * Full resync: parks every observer (ours and any a previous bundle left: the shim reuses them)
   * and reads the structure, a few tracks per request so the status line can show progress and a
   * knob's batch is not kept waiting behind the whole walk. What was held is loaded again as its
   * objects are (loadHeldLists, reloadHeldObjects); the holders keep their releases.
   */
  async sync(progress?: SyncProgress): Promise<void> {
    this.generation++;
    this.nodes.clear();
    this.listOids.clear();
    const generation = this.generation;
    this.pendingWork++;
    try {
      void this.logged(this.client.reset(), "reset");
      const songSpec = snapshotSpecOf("Song");
      const { tracks: trackSpec, ...others } = songSpec.children ?? {};
      const song = await this.client.request<SnapNode>({
        op: "snapshot",
        target: SONG_PATH,
        spec: { props: songSpec.props, children: { ...others, tracks: { props: [] } } },
      });
      if (generation !== this.generation) return;
      const ids = (song.c["tracks"] ?? []).map((t) => t.id);
      const tracks: SnapNode[] = [];
      for (let from = 0; from < ids.length; from += TRACKS_PER_READ) {
        progress?.(from, ids.length);
        const chunk = ids.slice(from, from + TRACKS_PER_READ);
        const snaps = await Promise.all(
          chunk.map((id) => this.client.request<SnapNode>({ op: "snapshot", target: id, spec: trackSpec ?? snapshotSpecOf("Track") }).catch(() => null)),
        );
        if (generation !== this.generation) return;
        for (const snap of snaps) if (snap) tracks.push(snap);
      }
      progress?.(ids.length, ids.length);
      song.c["tracks"] = tracks;
      this.songId = song.id;
      this.ingest(song, "Song", null);
      this.change.tracks = this.change.scenes = this.change.returnTracks = true;
      this.reloadHeldObjects();
    } finally {
      this.endPending();
    }
  }

  /**
   * Reads one loaded object again (its properties and loaded lists) and repairs what differs from
   * Live; answers how many values it repaired. The idle healer calls it, a slice at a time.
   */
  async refresh(id: number): Promise<number> {
    const node = this.nodes.get(id);
    if (!node) return 0;
    // Counted as pending work, so what it repairs reaches the settled listeners (the track mapper).
    this.pendingWork++;
    try {
      return await this.repair(node);
    } finally {
      this.endPending();
    }
  }

  private async repair(node: MirrorNode): Promise<number> {
    const id = node.id;
    const lists = Object.keys(lomClass(node.type).children).filter((child) => node.children[child] !== undefined);
    const generation = this.generation;
    const snap = await this.client.request<SnapNode>({ op: "snapshot", target: id, spec: refreshSpecOf(node.type, lists) });
    if (generation !== this.generation || this.nodes.get(id) !== node) return 0;
    let repaired = 0;
    const cls = lomClass(node.type);
    for (const [prop, raw] of Object.entries(snap.p)) {
      const propSpec = cls.props[prop];
      if (!propSpec || node.pending.has(prop)) continue;
      const value = propSpec.decode(raw);
      if (sameValue(node.props[prop], value)) continue;
      this.log.debug(`healed ${prop} of ${node.type} ${id}: ${JSON.stringify(node.props[prop])} → ${JSON.stringify(value)}`);
      repaired++;
      this.onProp(node, prop, raw);
    }
    for (const child of lists) {
      const ids = (snap.c[child] ?? []).map((k) => k.id);
      if (sameIds(node.children[child] ?? [], ids)) continue;
      this.log.debug(`healed ${child} of ${node.type} ${id}`);
      repaired++;
      this.onChildren(node, child, ids.flatMap((k) => ["id", k]), true);
    }
    return repaired;
  }

  private ingest(snap: SnapNode, type: LomClassName, parent: number | null): void {
    if (snap.id === 0) return;
    const cls = lomClass(type);
    const existing = this.nodes.get(snap.id);
    if (existing && existing.type === type) {
      existing.refs++;
      for (const [prop, raw] of Object.entries(snap.p)) this.onProp(existing, prop, raw);
      return;
    }
    if (existing) this.drop(existing.id, false);
    const node: MirrorNode = { id: snap.id, type, parent, props: {}, children: {}, oids: [], demand: new Map(), refs: 1, pending: new Map() };
    this.nodes.set(node.id, node);
    this.change.added.add(node.id);
    for (const [prop, spec] of Object.entries(cls.props)) {
      const raw = snap.p[prop];
      if (raw !== undefined) node.props[prop] = spec.decode(raw);
    }
    for (const [prop, spec] of Object.entries(cls.props)) {
      if (spec.observe === true && hasProp(spec, node.props)) {
        const onChange = (v: Raw): void => this.onProp(node, prop, v);
        node.oids.push(this.client.observe(node.id, prop, onChange, onChange, spec.quantum === undefined ? undefined : { quantum: spec.quantum }));
      } else if (isListenedTo(spec) && this.propListeners.has(`${node.id}:${prop}`)) this.observeOnDemand(node, prop);
    }
    for (const [child, spec] of Object.entries(cls.children)) {
      const kids = snap.c[child];
      if (kids === undefined) continue;
      node.children[child] = kids.map((k) => k.id);
      for (const kid of kids) this.ingest(kid, spec.type, node.id);
      if (spec.observe) this.observeList(node, child);
    }
    this.loadHeldLists(node);
  }

  /** Loads what is held of an object that has just been loaded (held before it was, or before a resync). */
  private loadHeldLists(node: MirrorNode): void {
    for (const target of this.holds.targetsOf(node.id)) {
      if (!("child" in target) || node.children[target.child] !== undefined) continue;
      const spec = lomClass(node.type).children[target.child];
      if (spec) void this.loadChild(node, target.child, spec);
    }
  }

  /** Forgets an object and its subtree; their observers go back to the shim's pool. */
  private drop(id: number, deleted = true): void {
    const node = this.nodes.get(id);
    if (!node) return;
    this.nodes.delete(id);
    (deleted ? this.change.removed : this.change.unloaded).add(id);
    for (const oid of [...node.oids, ...node.demand.values()]) this.client.unobserve(oid);
    for (const child of Object.keys(node.children)) this.listOids.delete(`${id}:${child}`);
    if (deleted) this.holds.forgetObject(id);
    for (const kids of Object.values(node.children))
      for (const kid of kids) {
        const k = this.nodes.get(kid);
        if (!k) continue;
        if (deleted || --k.refs <= 0) this.drop(kid, deleted);
      }
  }

  private onProp(node: MirrorNode, prop: string, raw: Raw): void {
    if (this.nodes.get(node.id) !== node) return;
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
  private apply(node: MirrorNode, prop: string, value: unknown): void {
    const previous = node.props[prop];
    if (sameValue(previous, value)) return;
    if (value === undefined) delete node.props[prop];
    else node.props[prop] = value;
    const reactions = reactionsTo(node.type, prop);
    for (const [child, childSpec] of reactions.refetch) if (node.children[child] !== undefined) void this.refetchChild(node, child, childSpec);
    for (const other of reactions.reread) void this.reread(node, other);
    for (const rule of reactions.follows) this.follow(rule, previous, value);
    if (reactions.change) this.markChange(reactions.change, node.id);
    this.notify(node.id, prop, value);
  }

  /** Re-reads `rule.reread` on the object each id that entered or left the list names through `rule.via`. */
  private follow(rule: Follows, before: unknown, after: unknown): void {
    const was = new Set(Array.isArray(before) ? (before as number[]) : []);
    const now = new Set(Array.isArray(after) ? (after as number[]) : []);
    const targets = new Set<number>();
    for (const id of [...was, ...now]) {
      if (was.has(id) && now.has(id)) continue;
      const via = this.nodes.get(id)?.props[rule.via];
      if (typeof via === "number") targets.add(via);
    }
    for (const id of targets) {
      const target = this.nodes.get(id);
      if (target) void this.reread(target, rule.reread);
    }
  }

  private notify(id: number, prop: string, value: unknown): void {
    const listeners = this.propListeners.get(`${id}:${prop}`);
    if (!listeners) return;
    for (const listener of [...listeners]) {
      try {
        listener(value, id);
      } catch (error) {
        this.log.error(`listener of ${prop} on ${id} failed`, error);
      }
    }
  }

  private markChange(kind: ChangeKind, id: number): void {
    if (kind === "tracks" || kind === "returnTracks" || kind === "scenes") this.change[kind] = true;
    else this.change[kind].add(id);
  }

  private onChildren(node: MirrorNode, child: string, raw: Raw, isNews: boolean): void {
    if (this.nodes.get(node.id) !== node) return;
    const spec = lomClass(node.type).children[child];
    if (!spec || node.children[child] === undefined) return;
    const before = node.children[child];
    const after = decodeIds(raw);
    if (sameIds(before, after)) {
      // Live reported the same list as news: a track moved into or out of a group in place.
      if (isNews && spec.neighbourRereads) {
        if (spec.change) this.markChange(spec.change, node.id);
        this.track(Promise.all(after.map((id) => this.rereadAll(id, spec.neighbourRereads!))).then(() => undefined));
      }
      return;
    }
    node.children[child] = after;
    const kept = new Set(after);
    const removed = before.filter((id) => !kept.has(id));
    const added = after.filter((id) => !before.includes(id));
    if (spec.change) this.markChange(spec.change, node.id);
    for (const id of removed) this.drop(id);
    const rereads = spec.neighbourRereads ? this.neighboursToReread(before, after, removed) : [];
    this.track(this.fetchChildren(node, child, spec, added, rereads));
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
      const group = this.get(id, "Track", "group_track");
      if (group != null && (removedSet.has(group) || ids.has(group))) ids.add(id);
    }
    return [...ids];
  }

  private async fetchChildren(parent: MirrorNode, child: string, spec: ChildSpec, added: number[], rereads: number[]): Promise<void> {
    const generation = this.generation;
    const snapSpec = snapshotSpecOf(spec.type);
    const snaps = await Promise.all(
      added.map((id) =>
        this.nodes.has(id)
          ? Promise.resolve(null)
          : this.client.request<SnapNode>({ op: "snapshot", target: id, spec: snapSpec }).catch((error: unknown) => {
              this.log.debug(`${spec.type} ${id} went before it was read: ${(error as Error).message}`);
              return null;
            }),
      ),
    );
    if (generation !== this.generation || this.nodes.get(parent.id) !== parent) return;
    // A later list event may already have removed an object this snapshot read.
    const current = new Set(parent.children[child]);
    for (const id of added) if (current.has(id) && this.nodes.has(id)) this.nodes.get(id)!.refs++;
    for (const snap of snaps) if (snap && current.has(snap.id) && !this.nodes.has(snap.id)) this.ingest(snap, spec.type, parent.id);
    if (!spec.neighbourRereads) return;
    const reread = new Set(rereads);
    const newGroups = snaps.filter((s): s is SnapNode => s !== null && this.get(s.id, "Track", "is_foldable") === true);
    if (newGroups.length > 0) {
      const list = parent.children[child] ?? [];
      const first = Math.min(...newGroups.map((g) => list.indexOf(g.id)));
      for (const id of list.slice(first + 1)) reread.add(id);
    }
    await Promise.all([...reread].filter((id) => this.nodes.has(id)).map((id) => this.rereadAll(id, spec.neighbourRereads!)));
  }

  private async rereadAll(id: number, props: readonly string[]): Promise<void> {
    const node = this.nodes.get(id);
    if (node) await Promise.all(props.map((prop) => this.reread(node, prop)));
  }

  private async refetchChild(node: MirrorNode, child: string, spec: ChildSpec): Promise<void> {
    if (spec.change) this.markChange(spec.change, node.id);
    for (const id of node.children[child] ?? []) this.drop(id);
    node.children[child] = [];
    this.track(
      (async () => {
        const kids = await this.readChildList(node, child);
        if (kids === null || node.children[child] === undefined) return;
        for (const id of node.children[child] ?? []) this.drop(id);
        this.ingestChildren(node, child, spec, kids);
      })(),
    );
  }

  /** Reads one property again (for properties Live does not let us observe). */
  private async reread(node: MirrorNode, prop: string): Promise<void> {
    const spec = lomClass(node.type).props[prop];
    if (!spec || !hasProp(spec, node.props)) return;
    this.pendingWork++;
    try {
      const raw = await this.client.get(node.id, prop);
      this.onProp(node, prop, raw);
    } catch (error) {
      this.log.debug(`re-read of ${prop} on ${node.id} failed: ${(error as Error).message}`);
    } finally {
      this.endPending();
    }
  }

  private track(work: Promise<void>): void {
    this.pendingWork++;
    const generation = this.generation;
    work
      .catch((error: unknown) => {
        // A resync refuses what the previous generation was still reading: expected, not a fault.
        if (generation !== this.generation) this.log.debug(`re-read dropped by a resync: ${(error as Error).message}`);
        else this.log.error("mirror re-read failed", error);
      })
      .finally(() => this.endPending());
  }

  private endPending(): void {
    this.pendingWork--;
    if (this.pendingWork > 0) return;
    const change = this.change;
    this.change = emptyChange();
    for (const listener of this.settledListeners) {
      try {
        listener(change);
      } catch (error) {
        this.log.error("mirror settled listener failed", error);
      }
    }
  }
}


function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Observed only while something listens (read with the object, or not even that). */
function isListenedTo(spec: { observe: unknown } | undefined): boolean {
  return spec?.observe === "onDemand" || spec?.observe === "whileListened";
}

/**
 * Tracks whose predecessor changed. A moved track is always among them (and so are at most two
 * neighbours), while the tracks inside a moved group keep theirs: they are still in that group.
 */
function tracksWithNewNeighbour(before: number[], after: number[]): number[] {
  const previous = new Map<number, number | undefined>(before.map((id, i) => [id, before[i - 1]]));
  return after.filter((id, i) => previous.has(id) && previous.get(id) !== after[i - 1]);
}
