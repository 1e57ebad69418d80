// What every simulated Live object shares: the id registry, observers and their notifications, the
// error log (Max's console), the undo history and the guard against writes from notifications.
import type { Atom, LiveObject } from "./LiveObject";
import { LiveError } from "./LiveObject";
import type { Application } from "./Application";
import { Bridge } from "./Bridge";
import type { Song } from "./Song";
import type { Transport } from "./Transport";
import { UndoHistory } from "./UndoHistory";

/** Something notified with Max's callback arguments, e.g. `["tempo", 120]` or `["tracks", "id", 1, "id", 2]`. */
export interface PropertyListener {
  notify(args: Atom[]): void;
}

/** Running totals of what scripts did through LiveAPI (the ledger of src/sim/max charges them). */
export interface LiveApiStats {
  apiObjectsConstructed: number;
  /** get, set, call, getcount, getstring, info, and `id` / `path` / `property` assignments. */
  apiCalls: number;
  /** An object with a callback that first has both a `property` and an object to observe. */
  observersCreated: number;
  /** An observing object pointed at another object or property (free of symbols; `id = 0` parks, a plain call). */
  observersRepointed: number;
  /** The `id` / `path` / `property` assignments that made or re-pointed an observer. */
  observerPointingCalls: number;
  /** An observing object's `property` set from a name to "" (leaks symbols). */
  observersTornDown: number;
  /**
   * The longest string argument a `call` handed Live: Live's bridge takes it as one Max symbol
   * (_MxDCore/MxDCore.py: json.loads(parameters[0])), so the note dictionaries the device writes are kept
   * within the atom limit there too (whether Max cuts them there is not known). Live's answers are not
   * counted: a read of a range too dense for an atom is how the shim learns to split it.
   */
  longestCallArgument: number;
}

export interface LiveApiSymbolSink {
  pathString(path: string): void;
  observerTornDown(): void;
}

/** Live's text for a LOM write made from inside a notification (live.observer reference: "it is not
 * possible to modify the live set from a notification", https://docs.cycling74.com/reference/live.observer). */
export const NOTIFICATION_WRITE_ERROR = "Changes cannot be triggered by notifications. You will need to defer your response.";

export class LiveCore {
  readonly stats: LiveApiStats = { apiObjectsConstructed: 0, apiCalls: 0, observersCreated: 0, observersRepointed: 0, observerPointingCalls: 0, observersTornDown: 0, longestCallArgument: 0 };
  /**
   * What LiveAPI makes Max intern (zsteinkamp/m4l-Knobbler4 CLAUDE.md): each path string given to `path =`,
   * `goto` or the constructor, and each observer teardown (about 6 symbols). The rig's symbol table listens.
   */
  symbolSink: LiveApiSymbolSink | null = null;
  /** What LiveAPI posted to the Max window, in order. */
  readonly errors: string[] = [];
  /** Also receives each posted error (the fake Max console). */
  onError: ((text: string) => void) | null = null;
  readonly undo = new UndoHistory();
  /** Live's Max for Live bridge: the names LiveAPI may reach (LiveOptions.live, bridgeAdds). */
  bridge = new Bridge();
  /** How many more LiveAPI lookups of a `live_set` path answer id 0 (LiveOptions.liveSetLate). */
  liveSetLate = 0;
  song!: Song;
  application!: Application;
  transport!: Transport;
  private nextId = 1;
  private noteIdCounter = 0;
  private readonly objects = new Map<number, LiveObject>();
  private readonly listeners = new Map<number, Map<string, Set<PropertyListener>>>();
  /** Path-following LiveAPI objects re-resolve after each structure change. */
  readonly structureWatchers = new Set<() => void>();
  private dispatching = 0;
  private structureDirty = false;

  /** Hands out the next id: ids are never reused in a session. */
  register(o: LiveObject): number {
    const id = this.nextId++;
    this.objects.set(id, o);
    return id;
  }

  nextNoteId(): number {
    return ++this.noteIdCounter;
  }

  object(id: number): LiveObject | null {
    return this.objects.get(id) ?? null;
  }

  /** Deletes an object and what it owns: the ids die, their observers stop. */
  kill(o: LiveObject): void {
    if (!o.alive) return;
    o.alive = false;
    this.objects.delete(o.id);
    this.listeners.delete(o.id);
    for (const child of o.ownedObjects()) this.kill(child);
    this.structureDirty = true;
  }

  markStructureChanged(): void {
    this.structureDirty = true;
  }

  post(text: string): void {
    this.errors.push(text);
    this.onError?.(text);
  }

  /** Throws Live's refusal when a write is attempted from a notification. */
  checkWritable(): void {
    if (this.dispatching > 0) throw new LiveError(NOTIFICATION_WRITE_ERROR);
  }

  listen(o: LiveObject, prop: string, listener: PropertyListener): void {
    let byProp = this.listeners.get(o.id);
    if (!byProp) this.listeners.set(o.id, (byProp = new Map()));
    let set = byProp.get(prop);
    if (!set) byProp.set(prop, (set = new Set()));
    set.add(listener);
  }

  /** LiveAPI objects currently observing a property of a live object (an inspection figure, not LOM). */
  get listenerCount(): number {
    let count = 0;
    for (const byProp of this.listeners.values()) for (const set of byProp.values()) count += set.size;
    return count;
  }

  unlisten(o: LiveObject, prop: string, listener: PropertyListener): void {
    this.listeners.get(o.id)?.get(prop)?.delete(listener);
  }

  /** Sends the current value of `prop` to its observers (Max's shape: the property name, then the value). */
  notify(o: LiveObject, prop: string): void {
    const set = this.listeners.get(o.id)?.get(prop);
    if (!set || set.size === 0) return;
    const spec = o.lom.props[prop];
    const args: Atom[] = [prop, ...spec.get(o)];
    this.asNotification(() => {
      for (const listener of Array.from(set)) listener.notify(args.slice());
    });
  }

  /** Runs callbacks as Live's notifications: LOM writes from inside them are refused. */
  asNotification(body: () => void): void {
    this.dispatching++;
    try {
      body();
    } finally {
      this.dispatching--;
    }
  }

  /** Sets a plain value, notifies observers, and records the inverse when the change is an edit. */
  /** `parameter`: the change is a DeviceParameter's (UndoHistory.record). */
  setValue(o: LiveObject, prop: string, value: Atom, undoable: boolean, parameter = false): void {
    const old = o.values[prop];
    if (old === value) return;
    o.values[prop] = value;
    if (undoable) {
      const revert = () => this.setValue(o, prop, old, false);
      const redo = () => this.setValue(o, prop, value, false);
      this.undo.record(`set ${o}.${prop} ${JSON.stringify(old)} -> ${JSON.stringify(value)}`, revert, parameter ? o : undefined, redo);
    }
    this.notify(o, prop);
  }

  /** Re-resolves path-following LiveAPI objects once after a batch of structure changes. */
  flushStructure(): void {
    if (!this.structureDirty) return;
    this.structureDirty = false;
    for (const watcher of Array.from(this.structureWatchers)) watcher();
  }
}
