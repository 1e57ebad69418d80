// Every change of the mirror's store as one discriminated union, each with what dispatching it answers.
// Loading, healing, pending writes and Live's notifications all dispatch these (MirrorStore.dispatch),
// as TanStack Query's core routes a query's changes through `#dispatch` and one reducer
// (packages/query-core/src/query.ts): nothing else changes a loaded object.
import type { ChangeKind, LomClassName } from "./LomClasses";
import type { MirrorNode, StructureChange } from "./MirrorNode";

export type MirrorAction =
  /** A resync begins: a new generation, nothing loaded; what the previous one was reading is superseded. */
  | { type: "reset" }
  /** The song of a (re)sync is read: its id is known, and its whole structure counts as changed. */
  | { type: "synced"; song: number }
  /** An object is loaded with the properties its snapshot read. */
  | { type: "loaded"; id: number; cls: LomClassName; parent: number | null; props: Record<string, unknown> }
  /** An object goes (its subtree is the caller's): deleted by Live, or unloaded because no list names it. */
  | { type: "dropped"; id: number; deleted: boolean }
  /** One list more (1) or fewer (-1) names the object. */
  | { type: "referenced"; node: MirrorNode; by: 1 | -1 }
  /** Live reported a value (an observer, a re-read, a heal): kept behind a write of ours on its way, else stored. */
  | { type: "reported"; node: MirrorNode; prop: string; value: unknown }
  /** A value the mirror shows: a write of ours at once, or Live's once the write is answered. */
  | { type: "shown"; node: MirrorNode; prop: string; value: unknown }
  /** A child list loaded, changed or (undefined) unloaded; `live`: Live reported it, dropped if that object went. */
  | { type: "listed"; node: MirrorNode; child: string; ids: readonly number[] | undefined; live?: boolean }
  /** What the next settle reports as changed. */
  | { type: "marked"; kind: ChangeKind; id: number }
  /** An observer is set up: of a property, of a child list (`list`), or of an on-demand property (`demand`). */
  | { type: "observed"; node: MirrorNode; oid: number; list?: string; demand?: string }
  /** The observer of a list or an on-demand property is let go; `forget`: its value goes with it. */
  | { type: "unobserved"; node: MirrorNode; list?: string; demand?: string; forget?: boolean }
  /** A write of ours is on its way: Live's reports of that property wait behind it. */
  | { type: "writing"; node: MirrorNode; prop: string }
  /** Live answered one write of that property. */
  | { type: "answered"; node: MirrorNode; prop: string }
  /** Work that changes the mirror begins or ends; the last end hands what changed to the settled listeners. */
  | { type: "began" }
  | { type: "ended" };

/** A value that changed, and what it was. */
export interface Stored {
  previous: unknown;
}

/** After Live's answer: more writes still on their way, the object gone, or settled with Live's last report. */
export type Answer = { state: "waiting" } | { state: "gone" } | { state: "settled"; live: unknown };

/** What dispatching each action answers. */
export interface MirrorResults {
  reset: void;
  synced: void;
  loaded: MirrorNode;
  dropped: MirrorNode | undefined;
  referenced: number;
  /** null: unchanged, kept behind a pending write, or about an object no longer loaded. */
  reported: Stored | null;
  shown: Stored | null;
  /** The list before; null when the report is about an object gone or a list not loaded. */
  listed: readonly number[] | null;
  marked: void;
  observed: void;
  /** The observer let go, if there was one. */
  unobserved: number | undefined;
  writing: void;
  answered: Answer;
  began: void;
  /** What changed since the last settle, when this ended the last work under way. */
  ended: StructureChange | null;
}

export type ResultOf<A extends MirrorAction> = MirrorResults[A["type"]];

/** A read that landed after a resync, or after its object went: its work ends quietly (TanStack's CancelledError). */
export class Superseded extends Error {
  constructor() {
    super("superseded by a resync or a delete");
  }
}
