// One loaded Live object as the mirror keeps it, what a settle reports, and the comparisons the
// mirror's parts share.
import type { Atom } from "../wire/protocol";
import type { LomClassName } from "./LomClasses";

/** A loaded object as the mirror's readers see it: only the dispatch (MirrorStore) changes it. */
export interface MirrorNode {
  readonly id: number;
  readonly type: LomClassName;
  readonly parent: number | null;
  readonly props: Readonly<Record<string, unknown>>;
  /** Loaded child lists only: an absent key is a held list nobody holds. */
  readonly children: Readonly<Record<string, readonly number[]>>;
  /** Observers of always-observed properties and lists. */
  readonly oids: readonly number[];
  /** Observers of on-demand properties, by property, while something listens to them. */
  readonly demand: ReadonlyMap<string, number>;
  /** How many loaded lists name this object (a slot is in its track's list and its scene's row). */
  readonly refs: number;
  /** Writes of a property Live has not answered yet, and the last value Live reported meanwhile. */
  readonly pending: ReadonlyMap<string, { readonly count: number; readonly live: unknown }>;
}

/** What changed since the mirror was last settled (no re-read in flight), handed to the settled listeners. */
export interface StructureChange {
  readonly tracks: boolean;
  readonly returnTracks: boolean;
  readonly scenes: boolean;
  /** Clip slots whose clip appeared, went, or was replaced. */
  readonly clipsOf: ReadonlySet<number>;
  /** Tracks whose held device list was loaded or changed. */
  readonly devicesOf: ReadonlySet<number>;
  readonly added: ReadonlySet<number>;
  /** Objects Live deleted (not those merely unloaded because nothing holds them any more). */
  readonly removed: ReadonlySet<number>;
  /** Objects no longer loaded because nothing holds them (Live still has them). */
  readonly unloaded: ReadonlySet<number>;
}

export type PropListener = (value: unknown, id: number) => void;
export type SettledListener = (change: StructureChange) => void;
export type SyncProgress = (read: number, total: number) => void;

/** A value a write or call gives a property, shown as pending until Live answers. */
export interface Effect {
  id: number;
  prop: string;
  value: Atom | Atom[];
}

/** A write or call Live refused: the object, the property or function, and Live's reason. */
export interface Refusal {
  id: number;
  what: string;
  reason: string;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Observed only while something listens (read with the object, or not even that). */
export function isListenedTo(spec: { observe: unknown } | undefined): boolean {
  return spec?.observe === "onDemand" || spec?.observe === "whileListened";
}
