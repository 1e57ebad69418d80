// The store every part of the mirror shares: the loaded objects by id, what is held, the work in
// flight (its end announces a settle with what changed) and who listens to which property. Its state
// (MirrorState) is private: it changes only through `dispatch`, one reducer over the typed actions of
// MirrorActions.ts; the store also decides whether what an `await` brought is still current (`landed`)
// and whether a refusal is still news (`refused`).
import type { LomClient } from "./LomClient";
import { isGone } from "./LomError";
import type { LomClassName, PropName, PropValue } from "./LomClasses";
import { HoldCounts } from "./HoldCounts";
import { Superseded, type MirrorAction, type ResultOf } from "./MirrorActions";
import type { MirrorNode, SettledListener, StructureChange } from "./MirrorNode";
import { MirrorState } from "./MirrorState";
import { ACCEPTED, type Failure, type Outcome } from "./Outcome";
import { PropListeners } from "./PropListeners";
import type { Logger } from "../log/Logger";
import { messageOf } from "../log/ErrorText";

export class MirrorStore {
  private readonly state: MirrorState;
  /** The loaded objects by id, for reading. */
  readonly nodes: ReadonlyMap<number, MirrorNode>;
  readonly holds = new HoldCounts();
  /** Who listens to which property: told after each change is stored. */
  readonly listeners: PropListeners;
  private readonly settledListeners: SettledListener[] = [];

  constructor(
    readonly client: LomClient,
    readonly log: Logger,
  ) {
    this.listeners = new PropListeners(log);
    this.state = new MirrorState(this.holds);
    this.nodes = this.state.nodes;
  }

  get songId(): number {
    return this.state.songId;
  }

  get<C extends LomClassName, P extends PropName<C>>(id: number, cls: C, prop: P): PropValue<C, P> | undefined {
    const node = this.state.nodes.get(id);
    if (!node || node.type !== cls) return undefined;
    return node.props[prop] as PropValue<C, P>;
  }

  // ---- the dispatch -------------------------------------------------------------------------

  /** The one way the store changes; the end of the last work hands what changed to the settled listeners. */
  dispatch<A extends MirrorAction>(action: A): ResultOf<A> {
    const result = this.state.reduce(action) as ResultOf<A>;
    if (action.type === "ended" && result) this.settled(result as StructureChange);
    return result;
  }

  // ---- work in flight -----------------------------------------------------------------------

  onSettled(listener: SettledListener): void {
    this.settledListeners.push(listener);
  }

  get isSettled(): boolean {
    return this.state.pendingWork === 0;
  }

  private settled(change: StructureChange): void {
    for (const listener of this.settledListeners) {
      try {
        listener(change);
      } catch (error) {
        this.log.error("mirror settled listener failed", error);
      }
    }
  }

  /** Counts `work` as pending until it lands; one superseded ends quietly, a load (`failed`: what it says) that fails is logged as news. */
  track(work: Promise<void>, failed?: string): void {
    this.dispatch({ type: "began" });
    const generation = this.state.generation;
    work
      .catch((error: unknown) => {
        // A resync refuses what the previous generation was still reading, and Live may delete what a
        // re-read was on its way to (an undo removes a row after its slots reported): races, not faults.
        if (error instanceof Superseded) return;
        if (failed !== undefined) this.log.debug(`${failed}: ${messageOf(error)}`);
        else if (generation !== this.state.generation) this.log.debug(`re-read dropped by a resync: ${messageOf(error)}`);
        else if (isGone(error)) this.log.debug(`re-read of a deleted object: ${messageOf(error)}`);
        else this.log.error("mirror re-read failed", error);
      })
      .finally(() => this.dispatch({ type: "ended" }));
  }

  /**
   * Runs `work` as pending work; superseded (a resync or a delete came first), it answers `otherwise`.
   * `work` may end itself early (`end`), so that a settle follows what it loaded in the same turn.
   */
  work<T>(work: (end: () => void) => Promise<T>, otherwise: T): Promise<T> {
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      this.dispatch({ type: "ended" });
    };
    this.dispatch({ type: "began" });
    return work(end).then(
      (value) => (end(), value),
      (error: unknown) => {
        end();
        if (error instanceof Superseded) return otherwise;
        throw error;
      },
    );
  }

  /**
   * Hands what `read` answers to `land` once it lands, read under this generation (and about `node`): a
   * resync, or the drop of `node`, before it lands supersedes it. `land` runs in the same turn as the
   * decision, so nothing stale slips in between (a resync may be queued as a microtask).
   */
  landed<T, R>(read: Promise<T>, node: MirrorNode | undefined, land: (value: T) => R | Promise<R>): Promise<R> {
    const generation = this.state.generation;
    return read.then((value) => {
      if (generation !== this.state.generation || (node !== undefined && !this.state.isCurrent(node))) throw new Superseded();
      return land(value);
    });
  }

  /** Live's refusal of a write to `node` (`failure` builds it), unless the object went meanwhile (a resync or a delete): then it has no news. */
  refused(node: MirrorNode, failure: () => Failure): Outcome {
    return this.state.isCurrent(node) ? failure() : ACCEPTED;
  }

  /** A request whose refusal is logged, never thrown: Live's refusals are the musician's news, not faults. */
  logged(request: Promise<unknown>, what: string): Promise<unknown> {
    return request.catch((error: unknown) => {
      this.log.warn(`Live refused ${what}: ${messageOf(error)}`);
      return undefined;
    });
  }
}
