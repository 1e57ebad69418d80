// The mirror heals: a lost event, a failed op or a change Live never notifies (a fold of an empty
// group, a colour: read, not observed) would otherwise leave a silent divergence until reinitialise.
// While the device is idle, one loaded object a second is read again (Mirror.refresh) and repaired,
// structure and focus first, so the cost stays one small snapshot per second (DESIGN.md: a shim
// block of at most 100 LiveAPI calls) and never competes with an action or a sync. Every other slice
// goes to a group track: its fold_state changes with no notification at all when nothing shows or
// hides (a group folded inside a folded group; DESIGN.md "not listenable"), so a fold heals within
// twice the number of groups, not a round of the whole set.
import type { Mirror } from "./Mirror";
import type { Logger } from "../log/Logger";
import { messageOf } from "../log/ErrorText";

/** Ticks between two slices: 60 bangs of [metro 17] ≈ one second. */
export const HEAL_SLICE_TICKS = 60;

export class MirrorHealer {
  private round: number[] = [];
  private next = 0;
  /** The group tracks, visited on every other slice. */
  private groups: number[] = [];
  private nextGroup = 0;
  private turn = 0;
  /** Off until a sync has filled the mirror: the initial sync must run alone. */
  private active = false;
  private inFlight = false;
  /** Bumped by a resync, so a slice that straddles one does not move the new round on. */
  private epoch = 0;
  private quietTicks = 0;
  private repairCount = 0;
  private sliceCount = 0;
  private roundCount = 0;
  private roundRepairs = 0;

  /** `busy`: what else keeps the bridge working (a batch awaiting its reply). */
  constructor(
    private readonly mirror: Mirror,
    private readonly busy: () => boolean,
    private readonly log: Logger,
  ) {}

  /** A settle that added the Song is a full (re)sync: start a new round from the Song. */
  start(): void {
    this.mirror.onSettled((change) => {
      if (this.mirror.songId === 0 || !change.added.has(this.mirror.songId)) return;
      this.active = true;
      this.epoch++;
      this.round = [];
      this.next = 0;
      this.groups = [];
      this.nextGroup = 0;
      this.quietTicks = 0;
    });
  }

  /** Values repaired since the bundle started. */
  get repairs(): number {
    return this.repairCount;
  }

  /** Refreshes issued since the bundle started. */
  get slices(): number {
    return this.sliceCount;
  }

  /** Rounds completed (every object of a round visited once). */
  get rounds(): number {
    return this.roundCount;
  }

  /** Objects in the round under way: an upper bound, in slices, on how long a divergence lasts. */
  get roundLength(): number {
    return this.round.length;
  }

  /**
   * One metro bang. O(1) unless a slice is due. A slice waits for HEAL_SLICE_TICKS quiet ticks in a
   * row, so it never lands in the middle of an action's burst or a structural re-read.
   */
  tick(): void {
    if (!this.active) return;
    if (this.inFlight || !this.mirror.isSettled || this.busy()) {
      this.quietTicks = 0;
      return;
    }
    if (++this.quietTicks < HEAL_SLICE_TICKS) return;
    this.quietTicks = 0;
    const id = this.nextId();
    if (id !== null) this.slice(id);
  }

  private slice(id: number): void {
    const epoch = this.epoch;
    this.inFlight = true;
    this.sliceCount++;
    this.mirror
      .refresh(id)
      .then(
        (repaired) => {
          if (epoch !== this.epoch) return;
          this.repairCount += repaired;
          this.roundRepairs += repaired;
        },
        // Gone from Live before the read: its parent's list repair (a later slice) drops it.
        (error: unknown) => this.log.debug(`heal: ${id} could not be read: ${messageOf(error)}`),
      )
      .finally(() => (this.inFlight = false));
  }

  /** Every other slice, the next group track; else the next object of the round. */
  private nextId(): number | null {
    if (this.turn++ % 2 === 1) {
      if (this.nextGroup >= this.groups.length) {
        this.groups = this.round.filter((id) => this.mirror.get(id, "Track", "is_foldable") === true);
        this.nextGroup = 0;
      }
      while (this.nextGroup < this.groups.length) {
        const id = this.groups[this.nextGroup++]!;
        if (this.mirror.has(id)) return id;
      }
    }
    return this.nextInRound();
  }

  /** The next object still loaded; a new round when this one is done. */
  private nextInRound(): number | null {
    for (let fresh = false; ; fresh = true) {
      while (this.next < this.round.length) {
        const id = this.round[this.next++]!;
        if (this.mirror.has(id)) return id;
      }
      if (fresh) return null;
      if (this.round.length > 0) {
        this.roundCount++;
        if (this.roundRepairs > 0) this.log.debug(`heal: round ${this.roundCount} of ${this.round.length} objects repaired ${this.roundRepairs} values`);
      }
      this.roundRepairs = 0;
      this.round = this.order();
      this.next = 0;
    }
  }

  /** Song, SongView, tracks, returns, master, scenes; then whatever else is loaded (held slots, clips, devices, parameters). */
  private order(): number[] {
    const { mirror } = this;
    const song = mirror.songId;
    const first: number[] = [song, ...mirror.children(song, "Song", "view")];
    for (const child of ["tracks", "return_tracks", "master_track", "scenes"] as const) first.push(...mirror.children(song, "Song", child));
    const seen = new Set(first);
    for (const node of mirror.loaded()) if (!seen.has(node.id)) first.push(node.id);
    return first;
  }
}
