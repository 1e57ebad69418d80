// One loaded Live object as the mirror keeps it, what a settle reports, and the comparisons the
// mirror's parts share.
import type { Atom } from "../wire/protocol";
import type { LomClassName } from "./LomClasses";

export interface MirrorNode {
  readonly id: number;
  readonly type: LomClassName;
  parent: number | null;
  readonly props: Record<string, unknown>;
  /** Loaded child lists only: an absent key is a held list nobody holds. */
  readonly children: Record<string, number[]>;
  /** Observers of always-observed properties and lists. */
  readonly oids: number[];
  /** Observers of on-demand properties, by property, while something listens to them. */
  readonly demand: Map<string, number>;
  /** How many loaded lists name this object (a slot is in its track's list and its scene's row). */
  refs: number;
  /** Writes of a property Live has not answered yet, and the last value Live reported meanwhile. */
  readonly pending: Map<string, { count: number; live: unknown }>;
}

/** What changed since the mirror was last settled (no re-read in flight). */
export interface StructureChange {
  tracks: boolean;
  returnTracks: boolean;
  scenes: boolean;
  /** Clip slots whose clip appeared, went, or was replaced. */
  clipsOf: Set<number>;
  /** Tracks whose held device list was loaded or changed. */
  devicesOf: Set<number>;
  added: Set<number>;
  /** Objects Live deleted (not those merely unloaded because nothing holds them any more). */
  removed: Set<number>;
  /** Objects no longer loaded because nothing holds them (Live still has them). */
  unloaded: Set<number>;
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

export function emptyChange(): StructureChange {
  return {
    tracks: false,
    returnTracks: false,
    scenes: false,
    clipsOf: new Set(),
    devicesOf: new Set(),
    added: new Set(),
    removed: new Set(),
    unloaded: new Set(),
  };
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
