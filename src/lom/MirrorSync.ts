// The mirror's full reads: the sync, which reads the structure again from the song down, and the
// healer's refresh, which reads one loaded object again and repairs what no notification reached.
import type { SnapNode } from "../wire/protocol";
import { SONG_PATH } from "../wire/protocol";
import { lomClass } from "./LomClasses";
import { refreshSpecOf, snapshotSpecOf } from "./SnapshotSpecs";
import { sameIds, sameValue, type MirrorNode, type SyncProgress } from "./MirrorNode";
import type { HeldLoads } from "./HeldLoads";
import type { MirrorChanges } from "./MirrorChanges";
import type { MirrorObjects } from "./MirrorObjects";
import type { MirrorStore } from "./MirrorStore";

/** Tracks read per request at sync: the status line moves, and knob batches slip in between. */
const TRACKS_PER_READ = 16;

export class MirrorSync {
  constructor(
    private readonly store: MirrorStore,
    private readonly objects: MirrorObjects,
    private readonly changes: MirrorChanges,
    private readonly loads: HeldLoads,
  ) {}

  sync(progress?: SyncProgress): Promise<void> {
    this.store.dispatch({ type: "reset" });
    return this.store.work((end) => this.read(end, progress), undefined);
  }

  /** Reads the structure from the song down, a chunk of tracks at a time; a newer resync supersedes it. */
  private read(end: () => void, progress?: SyncProgress): Promise<void> {
    const { store } = this;
    void store.logged(store.client.reset(), "reset");
    const songSpec = snapshotSpecOf("Song");
    const { tracks: trackSpec = snapshotSpecOf("Track"), ...others } = songSpec.children ?? {};
    const read = store.client.request<SnapNode>({ op: "snapshot", target: SONG_PATH, spec: { props: songSpec.props, children: { ...others, tracks: { props: [] } } } });
    return store.landed(read, undefined, (song) => {
      const ids = (song.c["tracks"] ?? []).map((t) => t.id);
      const tracks: SnapNode[] = [];
      const readFrom = (from: number): Promise<void> | void => {
        if (from >= ids.length) {
          progress?.(ids.length, ids.length);
          return this.loaded({ ...song, c: { ...song.c, tracks } }, end);
        }
        progress?.(from, ids.length);
        const chunk = ids.slice(from, from + TRACKS_PER_READ);
        const reads = chunk.map((id) => store.client.request<SnapNode>({ op: "snapshot", target: id, spec: trackSpec }).catch(() => null));
        return store.landed(Promise.all(reads), undefined, (snaps) => {
          for (const snap of snaps) if (snap) tracks.push(snap);
          return readFrom(from + TRACKS_PER_READ);
        });
      };
      return readFrom(0);
    });
  }

  /** The structure read: loaded, then the held objects asked for again, and the sync's work ended at once. */
  private loaded(song: SnapNode, end: () => void): void {
    this.store.dispatch({ type: "synced", song: song.id });
    this.objects.ingest(song, "Song", null);
    this.loads.reloadHeldObjects();
    end();
  }

  /** Reads one loaded object again and repairs what differs from Live; answers how many values it repaired. */
  refresh(id: number): Promise<number> {
    const node = this.store.nodes.get(id);
    // Counted as pending work, so what it repairs reaches the settled listeners (the track mapper).
    return node ? this.store.work(() => this.repair(node), 0) : Promise.resolve(0);
  }

  private repair(node: MirrorNode): Promise<number> {
    const lists = Object.keys(lomClass(node.type).children).filter((child) => node.children[child] !== undefined);
    const read = this.store.client.request<SnapNode>({ op: "snapshot", target: node.id, spec: refreshSpecOf(node.type, lists) });
    return this.store.landed(read, node, (snap) => this.repaired(node, lists, snap));
  }

  /** Hands what differs from the mirror to the changes, as Live's news; answers how many values differed. */
  private repaired(node: MirrorNode, lists: string[], snap: SnapNode): number {
    const { store, changes } = this;
    const id = node.id;
    let repaired = 0;
    const cls = lomClass(node.type);
    for (const [prop, raw] of Object.entries(snap.p)) {
      const propSpec = cls.props[prop];
      if (!propSpec || node.pending.has(prop)) continue;
      const value = propSpec.decode(raw);
      if (sameValue(node.props[prop], value)) continue;
      store.log.debug(`healed ${prop} of ${node.type} ${id}: ${JSON.stringify(node.props[prop])} → ${JSON.stringify(value)}`);
      repaired++;
      changes.onProp(node, prop, raw);
    }
    for (const child of lists) {
      const ids = (snap.c[child] ?? []).map((k) => k.id);
      if (sameIds(node.children[child] ?? [], ids)) continue;
      store.log.debug(`healed ${child} of ${node.type} ${id}`);
      repaired++;
      changes.onChildren(node, child, ids.flatMap((k) => ["id", k]), true);
    }
    return repaired;
  }
}
