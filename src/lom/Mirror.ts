// The bundle's synchronous view of the Live set. One snapshot fills it; observers keep it
// current; a structural change re-reads only the objects it touched. Domain code reads it
// synchronously and writes through it; the mirror changes only when Live answers.
import type { Atom, Raw, SnapNode } from "./protocol";
import { LomClient } from "./LomClient";
import {
  decodeIds,
  hasProp,
  lomClass,
  snapshotSpecOf,
  type ChildName,
  type LomClassName,
  type PropName,
  type PropValue,
} from "./LomClasses";
import type { Logger } from "../log/Logger";
import type { Observable } from "../events/Observable";

export interface MirrorNode {
  readonly id: number;
  readonly type: LomClassName;
  parent: number | null;
  readonly props: Record<string, unknown>;
  readonly children: Record<string, number[]>;
  readonly oids: number[];
  /** Observers of on-demand properties, by property, while something listens to them. */
  readonly demand: Map<string, number>;
}

/** What changed since the mirror was last settled (no re-read in flight). */
export interface StructureChange {
  tracks: boolean;
  returnTracks: boolean;
  scenes: boolean;
  /** Tracks whose clip slot list changed (scene inserted, deleted or moved). */
  clipSlotsOf: Set<number>;
  /** Clip slots whose clip appeared, went, or was replaced. */
  clipsOf: Set<number>;
  /** Tracks or devices whose devices or parameters changed. */
  devicesOf: Set<number>;
  added: Set<number>;
  removed: Set<number>;
}

export type PropListener = (value: unknown, id: number) => void;
type SettledListener = (change: StructureChange) => void;

const SONG_PATH = "live_set";
/** Track properties that change only through structural edits (none is observable in the LOM). */
const TRACK_STRUCTURE = ["is_foldable", "is_grouped", "group_track"] as const;

function emptyChange(): StructureChange {
  return {
    tracks: false,
    returnTracks: false,
    scenes: false,
    clipSlotsOf: new Set(),
    clipsOf: new Set(),
    devicesOf: new Set(),
    added: new Set(),
    removed: new Set(),
  };
}

export class Mirror {
  private readonly nodes = new Map<number, MirrorNode>();
  private readonly propListeners = new Map<string, Set<PropListener>>();
  private readonly settledListeners: SettledListener[] = [];
  private pending = 0;
  private focusReleases: (() => void)[] = [];
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

  /** A typed property read; `undefined` when the object is gone. */
  get<C extends LomClassName, P extends PropName<C>>(id: number, cls: C, prop: P): PropValue<C, P> | undefined {
    const node = this.nodes.get(id);
    if (!node || node.type !== cls) return undefined;
    return node.props[prop] as PropValue<C, P>;
  }

  children<C extends LomClassName>(id: number, _cls: C, child: ChildName<C>): readonly number[] {
    return this.nodes.get(id)?.children[child] ?? [];
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

  /** Calls `listener` when Live reports a new value for the property. Returns an unsubscribe. */
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
      }
    };
  }

  /** Starts observing an on-demand property of `node` (once; its current value reconciles the mirror). */
  private observeOnDemand(node: MirrorNode, prop: string): void {
    if (node.demand.has(prop) || lomClass(node.type).props[prop]?.observe !== "onDemand") return;
    const onChange = (v: Raw): void => this.onProp(node, prop, v);
    node.demand.set(prop, this.client.observe(node.id, prop, onChange, onChange));
  }

  /** Keeps every on-demand property of the detail clip (the one clip actions act on) observed. */
  private focus(id: number | null): void {
    for (const release of this.focusReleases) release();
    this.focusReleases = [];
    if (id === null) return;
    // The clip may arrive after the selection does: its observers start when it is ingested.
    for (const [prop, spec] of Object.entries(lomClass("Clip").props))
      if (spec.observe === "onDemand") this.focusReleases.push(this.subscribe(id, prop, () => {}));
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
    return this.pending === 0;
  }

  // ---- writing -----------------------------------------------------------------------------

  /**
   * Writes a property. The mirror takes the value Live reports back, not the intent. Like every
   * write, it never rejects: a refusal from Live is logged and the promise resolves to undefined.
   */
  set(id: number, prop: string, value: Atom | Atom[]): Promise<unknown> {
    const write = this.logged(this.client.set(id, prop, value), `set ${prop} of ${id}`);
    const node = this.nodes.get(id);
    const spec = node ? lomClass(node.type).props[prop] : undefined;
    if (node && spec && spec.observe !== true && !node.demand.has(prop)) void this.reread(node, prop);
    return write;
  }

  call(id: number | string, fn: string, args: Atom[] = []): Promise<unknown> {
    return this.logged(this.client.call(id, fn, args), `${fn} on ${id}`);
  }

  private logged(request: Promise<unknown>, what: string): Promise<unknown> {
    return request.catch((error: unknown) => {
      this.log.warn(`Live refused ${what}: ${(error as Error).message}`);
      return undefined;
    });
  }

  // ---- syncing -----------------------------------------------------------------------------

  /** Full resync: drops every observer (ours and any a previous bundle left) and reads the set. */
  async sync(): Promise<void> {
    this.generation++;
    for (const node of this.nodes.values()) {
      node.oids.length = 0;
      node.demand.clear();
    }
    this.nodes.clear();
    const generation = this.generation;
    this.pending++;
    try {
      void this.logged(this.client.reset(), "reset");
      const snap = await this.client.request<SnapNode>({ op: "snapshot", target: SONG_PATH, spec: snapshotSpecOf("Song") });
      if (generation !== this.generation) return;
      this.songId = snap.id;
      this.ingest(snap, "Song", null);
      this.change.tracks = this.change.scenes = this.change.returnTracks = true;
    } finally {
      this.endPending();
    }
  }

  private ingest(snap: SnapNode, type: LomClassName, parent: number | null): void {
    const cls = lomClass(type);
    const existing = this.nodes.get(snap.id);
    if (existing) this.drop(existing.id, false);
    const node: MirrorNode = { id: snap.id, type, parent, props: {}, children: {}, oids: [], demand: new Map() };
    this.nodes.set(node.id, node);
    this.change.added.add(node.id);
    for (const [prop, spec] of Object.entries(cls.props)) {
      const raw = snap.p[prop];
      if (raw !== undefined) node.props[prop] = spec.decode(raw);
    }
    for (const [prop, spec] of Object.entries(cls.props)) {
      if (spec.observe === true && hasProp(spec, node.props)) {
        const onChange = (v: Raw): void => this.onProp(node, prop, v);
        node.oids.push(this.client.observe(node.id, prop, onChange, onChange));
      } else if (spec.observe === "onDemand" && this.propListeners.has(`${node.id}:${prop}`)) this.observeOnDemand(node, prop);
    }
    if (type === "SongView") this.focus(this.get(node.id, "SongView", "detail_clip") ?? null);
    for (const [child, spec] of Object.entries(cls.children)) {
      const kids = snap.c[child] ?? [];
      node.children[child] = kids.map((k) => k.id);
      for (const kid of kids) this.ingest(kid, spec.type, node.id);
      if (spec.observe) {
        const onChange = (v: Raw): void => this.onChildren(node, child, v, true);
        node.oids.push(this.client.observe(node.id, child, onChange, (v) => this.onChildren(node, child, v, false)));
      }
    }
  }

  /** Forgets an object and its subtree; their observers are dropped on both sides. */
  private drop(id: number, record = true): void {
    const node = this.nodes.get(id);
    if (!node) return;
    this.nodes.delete(id);
    if (record) this.change.removed.add(id);
    for (const oid of [...node.oids, ...node.demand.values()]) this.client.unobserve(oid);
    for (const kids of Object.values(node.children)) for (const kid of kids) if (this.nodes.get(kid)?.parent === id) this.drop(kid, record);
  }

  private onProp(node: MirrorNode, prop: string, raw: Raw): void {
    if (this.nodes.get(node.id) !== node) return;
    const spec = lomClass(node.type).props[prop];
    if (!spec) return;
    const value = spec.decode(raw);
    if (sameValue(node.props[prop], value)) return;
    node.props[prop] = value;
    const cls = lomClass(node.type);
    for (const [child, childSpec] of Object.entries(cls.children))
      if (childSpec.refreshedBy === prop) void this.refetchChild(node, child, childSpec.type);
    for (const [other, otherSpec] of Object.entries(cls.props)) if (otherSpec.rereadOn?.includes(prop)) void this.reread(node, other);
    if (node.type === "SongView" && prop === "detail_clip") this.focus(value as number | null);
    this.notify(node.id, prop, value);
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

  private onChildren(node: MirrorNode, child: string, raw: Raw, isNews: boolean): void {
    if (this.nodes.get(node.id) !== node) return;
    const spec = lomClass(node.type).children[child];
    if (!spec) return;
    const before = node.children[child] ?? [];
    const after = decodeIds(raw);
    if (sameIds(before, after)) {
      // Live reported the same track list as news: a track moved into or out of a group in place.
      if (isNews && node.type === "Song" && child === "tracks") {
        this.change.tracks = true;
        this.track(Promise.all(after.map((id) => this.rereadStructure(id))).then(() => undefined));
      }
      return;
    }
    node.children[child] = after;
    const kept = new Set(after);
    const removed = before.filter((id) => !kept.has(id));
    const added = after.filter((id) => !this.nodes.has(id));
    this.recordChildrenChange(node, child);
    for (const id of removed) this.drop(id);
    const structural = node.type === "Song" && child === "tracks" ? this.tracksToReread(before, after, removed) : [];
    this.track(this.fetchChildren(node, child, spec.type, added, structural));
  }

  private recordChildrenChange(node: MirrorNode, child: string): void {
    if (node.type === "Song") {
      if (child === "tracks") this.change.tracks = true;
      else if (child === "scenes") this.change.scenes = true;
      else if (child === "return_tracks") this.change.returnTracks = true;
    } else if (child === "clip_slots") this.change.clipSlotsOf.add(node.id);
    else this.change.devicesOf.add(node.id);
  }

  /**
   * Group membership is not observable, and changes only with the track list. Plain inserts
   * and deletes change no surviving track's group, so only these need a re-read: tracks with a
   * new neighbour (moved ones among them), children of a group that went away, and (after a new
   * group track arrives) the tracks after it, which it may have taken in.
   */
  private tracksToReread(before: number[], after: number[], removed: number[]): number[] {
    const removedSet = new Set(removed);
    const ids = new Set<number>(tracksWithNewNeighbour(before.filter((id) => !removedSet.has(id)), after));
    for (const id of after) {
      const group = this.get(id, "Track", "group_track");
      if (group != null && (removedSet.has(group) || ids.has(group))) ids.add(id);
    }
    return [...ids];
  }

  private async fetchChildren(parent: MirrorNode, child: string, type: LomClassName, added: number[], structural: number[]): Promise<void> {
    const generation = this.generation;
    const spec = snapshotSpecOf(type);
    const snaps = await Promise.all(
      added.map((id) =>
        this.client.request<SnapNode>({ op: "snapshot", target: id, spec }).catch((error: unknown) => {
          this.log.debug(`${type} ${id} went before it was read: ${(error as Error).message}`);
          return null;
        }),
      ),
    );
    if (generation !== this.generation || this.nodes.get(parent.id) !== parent) return;
    // A later list event may already have removed an object this snapshot read.
    const current = new Set(parent.children[child]);
    for (const snap of snaps) if (snap && current.has(snap.id)) this.ingest(snap, type, parent.id);
    const newGroups = snaps.filter((s): s is SnapNode => s !== null && this.get(s.id, "Track", "is_foldable") === true);
    const reread = new Set(structural);
    if (newGroups.length > 0) {
      const tracks = parent.children["tracks"] ?? [];
      const first = Math.min(...newGroups.map((g) => tracks.indexOf(g.id)));
      for (const id of tracks.slice(first + 1)) reread.add(id);
    }
    await Promise.all([...reread].filter((id) => this.nodes.has(id)).map((id) => this.rereadStructure(id)));
  }

  private async rereadStructure(id: number): Promise<void> {
    const node = this.nodes.get(id);
    if (!node) return;
    await Promise.all(TRACK_STRUCTURE.map((prop) => this.reread(node, prop)));
  }

  private async refetchChild(node: MirrorNode, child: string, type: LomClassName): Promise<void> {
    this.change.clipsOf.add(node.id);
    for (const id of node.children[child] ?? []) this.drop(id);
    node.children[child] = [];
    this.track(
      (async () => {
        const generation = this.generation;
        const snap = await this.client.request<SnapNode>({
          op: "snapshot",
          target: node.id,
          spec: { props: [], children: { [child]: snapshotSpecOf(type) } },
        });
        if (generation !== this.generation || this.nodes.get(node.id) !== node) return;
        for (const id of node.children[child] ?? []) this.drop(id);
        const kids = snap.c[child] ?? [];
        node.children[child] = kids.map((k) => k.id);
        for (const kid of kids) this.ingest(kid, type, node.id);
      })(),
    );
  }

  /** Reads one property again (for properties Live does not let us observe). */
  private async reread(node: MirrorNode, prop: string): Promise<void> {
    const spec = lomClass(node.type).props[prop];
    if (!spec) return;
    this.pending++;
    try {
      const raw = await this.client.get(node.id, prop);
      if (this.nodes.get(node.id) !== node) return;
      const value = spec.decode(raw);
      if (sameValue(node.props[prop], value)) return;
      node.props[prop] = value;
      if (node.type === "Track") this.change.tracks = true;
      this.notify(node.id, prop, value);
    } catch (error) {
      this.log.debug(`re-read of ${prop} on ${node.id} failed: ${(error as Error).message}`);
    } finally {
      this.endPending();
    }
  }

  private track(work: Promise<void>): void {
    this.pending++;
    work
      .catch((error: unknown) => this.log.error("mirror re-read failed", error))
      .finally(() => this.endPending());
  }

  private endPending(): void {
    this.pending--;
    if (this.pending > 0) return;
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

/**
 * Tracks whose predecessor changed. A moved track is always among them (and so are at most two
 * neighbours), while the tracks inside a moved group keep theirs: they are still in that group.
 */
function tracksWithNewNeighbour(before: number[], after: number[]): number[] {
  const previous = new Map<number, number | undefined>(before.map((id, i) => [id, before[i - 1]]));
  return after.filter((id, i) => previous.has(id) && previous.get(id) !== after[i - 1]);
}
