// The wire protocol between the Node for Max bundle and the ES5 LiveAPI shim.
// Types only: the shim compiles this file under an ES5 lib, so nothing here may
// use ES2015+ runtime features.
//
// Max messages on the wire (each carries exactly one JSON string atom):
//   bundle → shim   `lom_batch <Batch>`
//   shim → bundle   `lom_reply <Reply>`   one per batch, same `rid`
//   shim → bundle   `lom_event <Event>`   one per observed change (not for the value an observe starts from)

/** A Max atom. */
export type Atom = string | number;

/** What `LiveAPI.get` returns: always a list of atoms (an id list is `["id", 3, "id", 4]`). */
export type Raw = Atom[];

/** A Live object addressed by id (stable, never reused) or by canonical path (shifts). */
export type Target = number | string;

/** Which properties and children of a subtree a snapshot reads. Children are walked recursively. */
export interface SnapshotSpec {
  props: string[];
  children?: { [child: string]: SnapshotSpec };
  /**
   * Properties only some objects of the class have, each read only when an earlier property of
   * `props` holds the given value (a non-group track has no `fold_state`: reading it would post an error).
   */
  onlyWhen?: { [prop: string]: { prop: string; is: Atom } };
}

/** One object of a snapshot: its id, the raw value of each requested property, its children. */
export interface SnapNode {
  id: number;
  p: { [prop: string]: Raw };
  c: { [child: string]: SnapNode[] };
}

export type Op =
  | { op: "get"; target: Target; prop: string }
  | { op: "set"; target: Target; prop: string; value: Atom | Atom[] }
  | { op: "call"; target: Target; fn: string; args?: Atom[] }
  | { op: "getcount"; target: Target; child: string }
  | { op: "info"; target: Target }
  | { op: "observe"; oid: number; target: Target; prop: string }
  | { op: "unobserve"; oid: number }
  /** Drops every observer the shim holds (sent first by a restarted bundle). */
  | { op: "reset" }
  | { op: "snapshot"; target: Target; spec: SnapshotSpec };

export interface Batch {
  rid: number;
  ops: Op[];
}

/**
 * `v` holds the value (get: Raw, getcount: number, snapshot: SnapNode, call: Raw or null, info: string,
 * observe: the current Raw, which is not also sent as an event; set/unobserve/reset: null), `e` an error.
 */
export type OpResult = { v: unknown } | { e: string };

export interface Reply {
  rid: number;
  r: OpResult[];
  /** Set when the whole batch was refused (malformed JSON, wrong shape). */
  e?: string;
}

export interface ObserverEvent {
  oid: number;
  v: Raw;
}

export var MSG_BATCH = "lom_batch";
export var MSG_REPLY = "lom_reply";
export var MSG_EVENT = "lom_event";
/** bundle → shim on (re)start; the shim answers `lom_ready` once LiveAPI is usable. */
export var MSG_HELLO = "lom_hello";
/** shim → bundle: `[live.thisdevice]` has banged, LiveAPI may be used. */
export var MSG_READY = "lom_ready";
