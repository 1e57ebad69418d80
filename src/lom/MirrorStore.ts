// The store every part of the mirror shares: the loaded objects by id, what is held, the work in
// flight (its end announces a settle with what changed) and who listens to which property.
import { isGone, type LomClient } from "./LomClient";
import type { ChangeKind, LomClassName, PropName, PropValue } from "./LomClasses";
import { HoldCounts } from "./HoldCounts";
import { emptyChange, type MirrorNode, type PropListener, type SettledListener } from "./MirrorNode";
import type { Logger } from "../log/Logger";
import { messageOf } from "../log/ErrorText";

export class MirrorStore {
  readonly nodes = new Map<number, MirrorNode>();
  readonly holds = new HoldCounts();
  /** The observer of each loaded, observed child list, by `id:child`. */
  readonly listOids = new Map<string, number>();
  private readonly propListeners = new Map<string, Set<PropListener>>();
  private readonly settledListeners: SettledListener[] = [];
  private pendingWork = 0;
  change = emptyChange();
  /** Bumped by a resync: what an earlier generation was reading is dropped when it lands. */
  generation = 0;
  songId = 0;

  constructor(
    readonly client: LomClient,
    readonly log: Logger,
  ) {}

  /** Whether `node` is still the loaded object of its id (a resync or a delete replaces or drops it). */
  isCurrent(node: MirrorNode): boolean {
    return this.nodes.get(node.id) === node;
  }

  get<C extends LomClassName, P extends PropName<C>>(id: number, cls: C, prop: P): PropValue<C, P> | undefined {
    const node = this.nodes.get(id);
    if (!node || node.type !== cls) return undefined;
    return node.props[prop] as PropValue<C, P>;
  }

  markChange(kind: ChangeKind, id: number): void {
    if (kind === "tracks" || kind === "returnTracks" || kind === "scenes") this.change[kind] = true;
    else this.change[kind].add(id);
  }

  // ---- listeners ----------------------------------------------------------------------------

  /** Adds a listener of one property; the returned release calls `onLast` when it took the last one. */
  addListener(id: number, prop: string, listener: PropListener, onLast: () => void): () => void {
    const key = `${id}:${prop}`;
    let set = this.propListeners.get(key);
    if (!set) this.propListeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size > 0 || this.propListeners.get(key) !== set) return;
      this.propListeners.delete(key);
      onLast();
    };
  }

  isListened(id: number, prop: string): boolean {
    return this.propListeners.has(`${id}:${prop}`);
  }

  notify(id: number, prop: string, value: unknown): void {
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

  // ---- work in flight -----------------------------------------------------------------------

  onSettled(listener: SettledListener): void {
    this.settledListeners.push(listener);
  }

  get isSettled(): boolean {
    return this.pendingWork === 0;
  }

  beginWork(): void {
    this.pendingWork++;
  }

  /** Ends one piece of work; the last one hands what changed to the settled listeners. */
  endWork(): void {
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

  /** Counts `work` as pending until it lands. */
  track(work: Promise<void>): void {
    this.beginWork();
    const generation = this.generation;
    work
      .catch((error: unknown) => {
        // A resync refuses what the previous generation was still reading, and Live may delete what a
        // re-read was on its way to (an undo removes a row after its slots reported): races, not faults.
        if (generation !== this.generation) this.log.debug(`re-read dropped by a resync: ${messageOf(error)}`);
        else if (isGone(error)) this.log.debug(`re-read of a deleted object: ${messageOf(error)}`);
        else this.log.error("mirror re-read failed", error);
      })
      .finally(() => this.endWork());
  }

  /** A request whose refusal is logged, never thrown: Live's refusals are the musician's news, not faults. */
  logged(request: Promise<unknown>, what: string): Promise<unknown> {
    return request.catch((error: unknown) => {
      this.log.warn(`Live refused ${what}: ${messageOf(error)}`);
      return undefined;
    });
  }
}
