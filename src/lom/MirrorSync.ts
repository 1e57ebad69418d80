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

  async sync(progress?: SyncProgress): Promise<void> {
    const { store } = this;
    store.generation++;
    store.nodes.clear();
    store.listOids.clear();
    const generation = store.generation;
    store.beginWork();
    try {
      void store.logged(store.client.reset(), "reset");
      const songSpec = snapshotSpecOf("Song");
      const { tracks: trackSpec, ...others } = songSpec.children ?? {};
      const song = await store.client.request<SnapNode>({
        op: "snapshot",
        target: SONG_PATH,
        spec: { props: songSpec.props, children: { ...others, tracks: { props: [] } } },
      });
      if (generation !== store.generation) return;
      const ids = (song.c["tracks"] ?? []).map((t) => t.id);
      const tracks: SnapNode[] = [];
      for (let from = 0; from < ids.length; from += TRACKS_PER_READ) {
        progress?.(from, ids.length);
        const chunk = ids.slice(from, from + TRACKS_PER_READ);
        const snaps = await Promise.all(
          chunk.map((id) => store.client.request<SnapNode>({ op: "snapshot", target: id, spec: trackSpec ?? snapshotSpecOf("Track") }).catch(() => null)),
        );
        if (generation !== store.generation) return;
        for (const snap of snaps) if (snap) tracks.push(snap);
      }
      progress?.(ids.length, ids.length);
      song.c["tracks"] = tracks;
      store.songId = song.id;
      this.objects.ingest(song, "Song", null);
      store.change.tracks = store.change.scenes = store.change.returnTracks = true;
      this.loads.reloadHeldObjects();
    } finally {
      store.endWork();
    }
  }

  async refresh(id: number): Promise<number> {
    const node = this.store.nodes.get(id);
    if (!node) return 0;
    // Counted as pending work, so what it repairs reaches the settled listeners (the track mapper).
    this.store.beginWork();
    try {
      return await this.repair(node);
    } finally {
      this.store.endWork();
    }
  }

  private async repair(node: MirrorNode): Promise<number> {
    const { store, changes } = this;
    const id = node.id;
    const lists = Object.keys(lomClass(node.type).children).filter((child) => node.children[child] !== undefined);
    const generation = store.generation;
    const snap = await store.client.request<SnapNode>({ op: "snapshot", target: id, spec: refreshSpecOf(node.type, lists) });
    if (generation !== store.generation || !store.isCurrent(node)) return 0;
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
