// The bundle's synchronous view of the Live set: a store of the objects it has loaded. What is
// loaded, observed and re-read is declared per LOM class (LomClasses.ts); the mirror only applies
// those policies. The structure (song, tracks, scenes) is always loaded; clip slots, clips, devices
// and parameters only while something holds them (HoldCounts), so neither the sync nor the
// observers grow with tracks × scenes. A write shows at once as pending; Live's answer settles it.
// This class is the facade; each concept has its file: the store and its one dispatch (MirrorStore,
// over the typed actions of MirrorActions and the state they change, MirrorState), objects and their
// observers (MirrorObjects), applying changes (MirrorChanges), held loads (HeldLoads), pending
// writes (PendingWrites), the sync and the healer's refresh (MirrorSync).
import type { LomClient } from "./LomClient";
import type { NoteField } from "../wire/NotePages";
import { hasProp, lomClass, type ChildName, type LomClassName, type PropName, type PropValue } from "./LomClasses";
import type { FunctionArgs, FunctionName, SettableProp, WriteValue } from "./LomNames";
import type { Hold } from "./HoldCounts";
import type { Effect, MirrorNode, PropListener, Refusal, SettledListener, SyncProgress } from "./MirrorNode";
import { MirrorStore } from "./MirrorStore";
import { MirrorObjects } from "./MirrorObjects";
import { MirrorChanges } from "./MirrorChanges";
import { HeldLoads } from "./HeldLoads";
import { PendingWrites } from "./PendingWrites";
import { MirrorSync } from "./MirrorSync";
import type { Logger } from "../log/Logger";
import type { Observable } from "../events/Observable";
import type { Target } from "../wire/protocol";

export type { Effect, MirrorNode, PropListener, Refusal, StructureChange, SyncProgress } from "./MirrorNode";
export type TypedPropListener<C extends LomClassName, P extends PropName<C>> = (value: PropValue<C, P> | undefined, id: number) => void;
/** A call's arguments, which may be left out for a function that takes none, then its effects. */
export type CallArgs<C extends LomClassName, F extends FunctionName<C>> = [] extends FunctionArgs<C, F>
  ? [args?: FunctionArgs<C, F>, effects?: readonly Effect[]]
  : [args: FunctionArgs<C, F>, effects?: readonly Effect[]];

export class Mirror {
  private readonly store: MirrorStore;
  private readonly objects: MirrorObjects;
  private readonly changes: MirrorChanges;
  private readonly loads: HeldLoads;
  private readonly writes: PendingWrites;
  private readonly syncing: MirrorSync;

  constructor(
    readonly client: LomClient,
    log: Logger,
  ) {
    this.store = new MirrorStore(client, log);
    // What observers report is applied by the changes, and a loaded object's held lists are loaded by
    // the held loads: both come later in the wiring, so they are reached through these callbacks.
    this.objects = new MirrorObjects(this.store, {
      onProp: (node, prop, raw) => this.changes.onProp(node, prop, raw),
      onChildren: (node, child, raw, isNews) => this.changes.onChildren(node, child, raw, isNews),
      onLoaded: (node) => this.loads.loadHeldLists(node),
    });
    this.changes = new MirrorChanges(this.store, this.objects);
    this.loads = new HeldLoads(this.store, this.objects, this.changes);
    this.writes = new PendingWrites(this.store, this.changes);
    this.syncing = new MirrorSync(this.store, this.objects, this.changes, this.loads);
  }

  get songId(): number {
    return this.store.songId;
  }

  // ---- reading ----------------------------------------------------------------------------

  node(id: number | null | undefined): MirrorNode | undefined {
    return id == null ? undefined : this.store.nodes.get(id);
  }

  has(id: number): boolean {
    return this.store.nodes.has(id);
  }

  get size(): number {
    return this.store.nodes.size;
  }

  /** Every loaded object, for checks and dumps. */
  loaded(): IterableIterator<MirrorNode> {
    return this.store.nodes.values();
  }

  /** A typed property read; `undefined` when the object is gone or not loaded. */
  get<C extends LomClassName, P extends PropName<C>>(id: number, cls: C, prop: P): PropValue<C, P> | undefined {
    return this.store.get(id, cls, prop);
  }

  children<C extends LomClassName>(id: number, _cls: C, child: ChildName<C>): readonly number[] {
    return this.store.nodes.get(id)?.children[child] ?? [];
  }

  /** Whether a held child list is loaded now. */
  isLoaded(id: number, child: string): boolean {
    return this.store.nodes.get(id)?.children[child] !== undefined;
  }

  child<C extends LomClassName>(id: number, cls: C, child: ChildName<C>): number | null {
    return this.children(id, cls, child)[0] ?? null;
  }

  songProp<P extends PropName<"Song">>(prop: P): PropValue<"Song", P> {
    return this.get(this.songId, "Song", prop) as PropValue<"Song", P>;
  }

  /** Reads a property Live does not let us observe (fold_state) again; resolves once the mirror has Live's value. */
  reread<C extends LomClassName>(id: number, _cls: C, prop: PropName<C>): Promise<void> {
    const node = this.store.nodes.get(id);
    return node ? this.changes.reread(node, prop) : Promise.resolve();
  }

  // ---- subscribing --------------------------------------------------------------------------

  /** Calls `listener` when the property's value changes. Returns an unsubscribe. */
  subscribe<C extends LomClassName, P extends PropName<C>>(id: number, _cls: C, prop: P, listener: TypedPropListener<C, P>): () => void {
    return this.addListener(id, prop, listener as PropListener);
  }

  /**
   * Keeps a property observed (and, for a "whileListened" one, loaded) until released, like `hold` for
   * lists; resolves once its value is in the mirror.
   */
  listen<C extends LomClassName>(id: number, _cls: C, prop: PropName<C>): Hold {
    let arrived: () => void = () => {};
    const loaded = new Promise<void>((resolve) => (arrived = resolve));
    const release = this.addListener(id, prop, () => arrived());
    const node = this.store.nodes.get(id);
    const spec = node ? lomClass(node.type).props[prop] : undefined;
    if (!node || !spec || !hasProp(spec, node.props) || node.props[prop] !== undefined) arrived();
    return { loaded, release };
  }

  /** A mirrored property as an Observable, for `Sequence.waitFor` and other listeners. */
  observable<C extends LomClassName, P extends PropName<C>>(id: number, cls: C, prop: P): Observable<PropValue<C, P> | undefined> {
    return {
      get: () => this.get(id, cls, prop),
      subscribe: (listener) => this.subscribe(id, cls, prop, (value) => listener(value)),
    };
  }

  private addListener(id: number, prop: string, listener: PropListener): () => void {
    const release = this.store.listeners.add(id, prop, listener, () => this.objects.stopOnDemand(id, prop));
    const node = this.store.nodes.get(id);
    if (node) this.objects.observeOnDemand(node, prop);
    return release;
  }

  /** Called each time every structural re-read has landed, with what changed. */
  onSettled(listener: SettledListener): void {
    this.store.onSettled(listener);
  }

  /** Calls `listener` with each write or call Live refuses (each is logged besides). */
  onRefused(listener: (refusal: Refusal) => void): () => void {
    this.store.refusalListeners.add(listener);
    return () => this.store.refusalListeners.delete(listener);
  }

  get isSettled(): boolean {
    return this.store.isSettled;
  }

  // ---- holding ------------------------------------------------------------------------------

  /**
   * Loads a held child list (or single child) of a loaded object and keeps it current until the
   * returned release is called by every holder. Resolves once it is loaded.
   */
  hold(id: number, child: string): Hold {
    return this.loads.hold(id, child);
  }

  /** Loads one object by id with no loaded parent (the detail clip before its slot is held). */
  holdObject(id: number, type: LomClassName): Hold {
    return this.loads.holdObject(id, type);
  }

  // ---- writing -----------------------------------------------------------------------------

  /**
   * Writes a property Live lets us set. The value shows at once as pending; Live's value wins when it
   * answers, and a refused write rolls back and is reported. Never rejects.
   */
  set<C extends LomClassName, P extends SettableProp<C>>(id: number, _cls: C, prop: P, value: WriteValue<C, P>): Promise<unknown> {
    return this.writes.set(id, prop, value);
  }

  /** Live plays `value` on the DeviceParameter `target` through a [live.remote~] (PendingWrites.remote). Never rejects. */
  remote(target: Target, value: number, shown: Effect, until: Promise<unknown>): Promise<unknown> {
    return this.writes.remote(target, value, shown, until);
  }

  /** The [live.remote~] holding `target` lets it go; a write of its value should follow. */
  release(target: Target): Promise<unknown> {
    return this.store.client.request({ op: "release", target }).catch(() => undefined);
  }

  /**
   * Calls a LOM function. `effects` are the values the call is known to give (start_playing makes
   * is_playing 1): they show at once as pending, as a write does, and Live's answer settles them.
   */
  call<C extends LomClassName, F extends FunctionName<C>>(id: number, _cls: C, fn: F, ...[args, effects = []]: CallArgs<C, F>): Promise<unknown> {
    return this.writes.call(id, fn, args ?? [], effects);
  }

  /** A clip's notes, the `fields` of each, flat; the shim reads them a page at a time. Rejects when Live refuses. */
  notes(id: number, end: number, fields: readonly NoteField[]): Promise<number[]> {
    return this.client.request<number[]>({ op: "notes", target: id, end, fields: [...fields] });
  }

  /** One page of notes (NotePages.notePageEnds) changed by note_id with Clip.apply_note_modifications. Never rejects. */
  modifyNotes(id: number, fields: readonly NoteField[], values: number[]): Promise<unknown> {
    return this.writes.notes(id, "apply_note_modifications", [...fields], values);
  }

  /**
   * Runs `fn` (an action); `answered` resolves once Live has answered each write and call it made, its
   * refusals reported (onRefused) by then; null when it made none.
   */
  collecting<T>(fn: () => T): { result: T; answered: Promise<void> | null } {
    return this.store.collecting(fn);
  }

  // ---- syncing -----------------------------------------------------------------------------

  /**
   * Full resync: parks every observer (ours and any a previous bundle left: the shim reuses them)
   * and reads the structure, a few tracks per request so the status line can show progress and a
   * knob's batch is not kept waiting behind the whole walk. What was held is loaded again as its
   * objects are; the holders keep their releases.
   */
  sync(progress?: SyncProgress): Promise<void> {
    return this.syncing.sync(progress);
  }

  /**
   * Reads one loaded object again (its properties and loaded lists) and repairs what differs from
   * Live; answers how many values it repaired. The idle healer calls it, a slice at a time.
   */
  refresh(id: number): Promise<number> {
    return this.syncing.refresh(id);
  }
}
