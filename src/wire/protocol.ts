// The wire protocol between the Node for Max bundle and the ES5 LiveAPI shim.
// The shim compiles this file under an ES5 lib, so nothing here may use ES2015+ runtime features.
//
// Why flat atoms, not a JSON string per message:
// - every distinct string atom that crosses a patch cord is interned in Max's symbol table for good,
//   shared with Live, and Max slows down past about 100 k symbols (zsteinkamp/m4l-Knobbler4 CLAUDE.md,
//   "Max symbol-table interning"): a JSON string per message leaks one symbol per message, forever;
// - a string atom longer than about 32,767 characters is cut between [js] and node.script
//   (adamjmurray/producer-pal, "Unterminated string in JSON at position 32767"; CNMAT/CNMAT-odot#316).
// So messages are flat lists in which strings are only opcodes, property names, paths, error messages
// and Live's own strings (names), which repeat, and numbers travel as numbers (they never intern).
// The shim answers a batch block by block (at most BLOCK_BUDGET LiveAPI calls each), so one reply
// chunk is bounded by what one block can read: no [dict] and no JSON chunking is needed. No string
// atom longer than MAX_ATOM_CHARS is ever sent: the shim cuts such a value, marked with … (liveApiCosts.ts
// fitAtom), the client refuses to send one; a clip's notes cross as numbers, read and written in pages.
//
// Max messages on the wire:
//   bundle → shim  `lom_spec <index> <json>`  registers a SnapshotSpec once per distinct spec, before its
//                  first use (the JSON is small and the same string every time: one symbol per spec)
//   bundle → shim  `lom_batch <rid> <priority 0|1> <op>...`  1 = foreground (knob actions), 0 = background
//                  (sync walks); each op is self-delimiting:
//                    get T prop | set T prop n v1..vn | call T fn n a1..an | getcount T child | info T
//                    observe oid T prop quantum | unobserve oid | reset | snapshot T specIndex
//                    remote T v | release T   (a parameter held by the device's [live.remote~], below)
//                    length S | text n | time what n T prop   (the platform probe's, below)
//                    notes T end k f1..fk | notes_write T fn k f1..fk n v1..vn   (a clip's notes, below)
//                  T is a number (a Live id) or a string (a path); quantum 0 = every change, q > 0 = only
//                  when floor(value / q) changes
//   shim → bundle  `lom_reply <rid> <final 0|1> <result>...`  one chunk per shim block that advanced the
//                  batch; the chunks of a rid concatenated hold one result per op, in op order:
//                    `L a1..aL` (L ≥ 0) or `-1 <message>` (that op failed)
//                  a snapshot's result is its pre-order walk: `id`, then per spec prop in spec order
//                  `L a1..aL` (L = -1: absent), then per spec child in the spec's key order `count`
//                  (-1: absent) followed by that many nodes; a node whose object went away before it was
//                  read is the single atom `0` and is dropped by the bundle. A snapshot whose target is
//                  missing is `-1 <message>`.
//                  `lom_reply <rid> 1 -2 <message>`: the whole batch was refused (malformed, not ready)
//   shim → bundle  `lom_event <oid> <value atoms...>`  one per observed change (not for the value an
//                  observe starts from, which is the observe's result)
//
// A clip's notes (src/wire/NotePages.ts): Live's note dictionaries stay in the shim, the notes cross as numbers.
//   `notes T end k f1..fk`  reads the fields f1..fk of every note, a page (one get_notes_extended) at a time;
//               `end` is the clip's end in beats (the first split). Answers pages `n v1..v(n*k)`, then `0`
//   `notes_write T fn k f1..fk n v1..vn`  one page: calls fn (apply_note_modifications) with the n / k notes
//               of fields f1..fk as its dictionary; answers like a call
// `remote T v` sends v to the [live.remote~] holding the DeviceParameter T, taking one first (no undo entry:
// src/shim/remotes.ts); `release T` lets T go (`id 0`). Out of the shim's REMOTE_OUTLET, not to the bundle.
//
// The platform probe's ops (src/host/PlatformProbe.ts) measure what Max and Live do rather than read the set:
//   `length S`  answers `1 <length of S as it arrived>`: S is always probeText(n), n one of PROBE_LENGTHS,
//               the one string the bundle sends over MAX_ATOM_CHARS, on purpose (how long an atom arrives whole)
//   `text n`    answers `1 <probeText(n)>` (n one of PROBE_LENGTHS): the other direction
//   `time what n T prop`  what = "get": n gets of prop on T; what = "observe": n new observers of prop on T,
//               parked into the pool at once. Answers `2 <ms> <n>`, the ms the shim's Date measured over
//               the work itself, in slices of at most a quarter of a block's calls or half its new objects.

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
  /** `quantum` > 0: an event only when floor(value / quantum) changes (song time in 16ths: 0.25). */
  | { op: "observe"; oid: number; target: Target; prop: string; quantum?: number }
  | { op: "unobserve"; oid: number }
  /** Parks every observer the shim holds (sent first by a restarted bundle). */
  | { op: "reset" }
  | { op: "snapshot"; target: Target; spec: SnapshotSpec }
  /** Live plays `value` on the DeviceParameter `target` through a [live.remote~]: no undo entry. */
  | { op: "remote"; target: Target; value: number }
  /** The [live.remote~] holding `target` lets it go. */
  | { op: "release"; target: Target }
  /** Sends probeText(chars) (chars one of PROBE_LENGTHS); the result is the length that arrived. */
  | { op: "length"; chars: number }
  /** The shim answers probeText(chars) (chars one of PROBE_LENGTHS): the result is the text that arrived. */
  | { op: "text"; chars: number }
  /** Times `n` gets, or `n` observer creations, of `prop` on `target`; the result is [ms, n]. */
  | { op: "time"; what: "get" | "observe"; n: number; target: Target; prop: string }
  /** Every note's `fields`, flat (fields.length numbers a note); `end` is the clip's end in beats. */
  | { op: "notes"; target: Target; end: number; fields: string[] }
  /** One page of notes (NotePages.notePageEnds) handed to `fn` as its dictionary. */
  | { op: "notes_write"; target: Target; fn: string; fields: string[]; values: number[] };

/** 1: foreground (a knob's action: answered first), 0: background (sync walks). */
export type Priority = 0 | 1;
export var FOREGROUND: Priority = 1;
export var BACKGROUND: Priority = 0;

/** Result markers: `-1 <message>` one op failed; `-2 <message>` the whole batch was refused. */
export var RESULT_ERROR = -1;
export var BATCH_ERROR = -2;
/** How the shim refuses an op on an id Live answers with id 0: the object was deleted (ids are never reused). */
export var NO_OBJECT = "no object with id ";
/** A snapshot child or property the object does not have. */
export var ABSENT = -1;

export var MSG_BATCH = "lom_batch";
export var MSG_SPEC = "lom_spec";
export var MSG_REPLY = "lom_reply";
export var MSG_EVENT = "lom_event";
/** bundle → shim on (re)start; the shim answers `lom_ready` once LiveAPI is usable. */
export var MSG_HELLO = "lom_hello";
/**
 * shim → bundle: `lom_ready <fresh 0|1>`: `[live.thisdevice]` has banged, LiveAPI may be used. `fresh`
 * is 1 the first time since the [js] loaded (it knows no snapshot spec yet), 0 when it bangs again in
 * a running device (a preset load, Cycling '74 live.thisdevice reference) or answers a bundle's hello.
 */
export var MSG_READY = "lom_ready";

/**
 * At most this many atoms in one message (a longer batch goes as several batches, a longer reply chunk
 * as several chunks): both ends spread a message's atoms into a function call, which a very long list
 * would overflow.
 */
export var MAX_MESSAGE_ATOMS = 16384;

/** A batch as the wire carries it, decoded (the shim's view; tests read the bundle's batches with it). */
export interface WireBatch {
  rid: number;
  priority: Priority;
  /** Snapshot ops name their spec by index; `spec` is filled from the registered specs when known. */
  ops: WireOp[];
}

export type WireOp =
  | { op: "get"; target: Atom; prop: Atom }
  | { op: "set"; target: Atom; prop: Atom; value: Atom[] }
  | { op: "call"; target: Atom; fn: Atom; args: Atom[] }
  | { op: "getcount"; target: Atom; child: Atom }
  | { op: "info"; target: Atom }
  | { op: "observe"; oid: Atom; target: Atom; prop: Atom; quantum: Atom }
  | { op: "unobserve"; oid: Atom }
  | { op: "reset" }
  | { op: "snapshot"; target: Atom; spec: Atom }
  | { op: "remote"; target: Atom; value: Atom }
  | { op: "release"; target: Atom }
  | { op: "length"; text: Atom }
  | { op: "text"; chars: Atom }
  | { op: "time"; what: Atom; n: Atom; target: Atom; prop: Atom }
  | { op: "notes"; target: Atom; end: Atom; fields: Atom[] }
  | { op: "notes_write"; target: Atom; fn: Atom; fields: Atom[]; values: Atom[] };

/** How many fixed atoms follow each opcode (set and call add a count and that many atoms). */
var FIXED_ARGS: { [op: string]: number } = { get: 2, set: 2, call: 2, getcount: 2, info: 1, observe: 4, unobserve: 1, reset: 0, snapshot: 2, remote: 2, release: 1, length: 1, text: 1, time: 4, notes: 2, notes_write: 2 };
/** How many counted lists follow the fixed atoms: set, call and notes one, notes_write two. */
var COUNTED_LISTS: { [op: string]: number } = { set: 1, call: 1, notes: 1, notes_write: 2 };

/**
 * Splits the atoms after `lom_batch` into ops. Throws (a whole-batch error) when the structure is broken:
 * an unknown opcode or a missing atom leaves the rest unreadable. Field types are checked by the shim per op.
 */
export function decodeBatch(atoms: Atom[]): WireBatch {
  var rid = atoms[0];
  if (typeof rid !== "number" || rid % 1 !== 0) throw new Error("batch needs a numeric rid");
  var priority = atoms[1];
  if (priority !== 0 && priority !== 1) throw new Error("batch needs a priority 0 or 1");
  var ops: WireOp[] = [];
  var i = 2;
  while (i < atoms.length) {
    var name = atoms[i++];
    var fixed = typeof name === "string" && Object.prototype.hasOwnProperty.call(FIXED_ARGS, name) ? FIXED_ARGS[name] : -1;
    if (fixed < 0) throw new Error("unknown op " + JSON.stringify(name) + " at atom " + (i - 1));
    if (i + fixed > atoms.length) throw new Error(name + " needs " + fixed + " arguments");
    var a = atoms.slice(i, i + fixed);
    i += fixed;
    var lists: Atom[][] = [];
    for (var l = 0; l < (COUNTED_LISTS[name as string] || 0); l++) {
      var n = atoms[i++];
      if (typeof n !== "number" || n < 0 || n % 1 !== 0 || i + n > atoms.length) throw new Error(name + " needs a count of atoms that follow");
      lists.push(atoms.slice(i, i + n));
      i += n;
    }
    var rest = lists[0] || [];
    if (name === "get") ops.push({ op: "get", target: a[0], prop: a[1] });
    else if (name === "set") ops.push({ op: "set", target: a[0], prop: a[1], value: rest });
    else if (name === "call") ops.push({ op: "call", target: a[0], fn: a[1], args: rest });
    else if (name === "getcount") ops.push({ op: "getcount", target: a[0], child: a[1] });
    else if (name === "info") ops.push({ op: "info", target: a[0] });
    else if (name === "observe") ops.push({ op: "observe", oid: a[0], target: a[1], prop: a[2], quantum: a[3] });
    else if (name === "unobserve") ops.push({ op: "unobserve", oid: a[0] });
    else if (name === "reset") ops.push({ op: "reset" });
    else if (name === "remote") ops.push({ op: "remote", target: a[0], value: a[1] });
    else if (name === "release") ops.push({ op: "release", target: a[0] });
    else if (name === "length") ops.push({ op: "length", text: a[0] });
    else if (name === "text") ops.push({ op: "text", chars: a[0] });
    else if (name === "time") ops.push({ op: "time", what: a[0], n: a[1], target: a[2], prop: a[3] });
    else if (name === "notes") ops.push({ op: "notes", target: a[0], end: a[1], fields: rest });
    else if (name === "notes_write") ops.push({ op: "notes_write", target: a[0], fn: a[1], fields: rest, values: lists[1] });
    else ops.push({ op: "snapshot", target: a[0], spec: a[1] });
  }
  return { rid: rid, priority: priority, ops: ops };
}

/** The song's path: the one path the bundle gives LiveAPI (a path interns a symbol, an id none). */
export var SONG_PATH = "live_set";

/**
 * The tempo as a DeviceParameter, which a [live.remote~] can hold (Cycling '74 MixerDevice page: song_tempo,
 * master track only). A path: the bundle does not load the master's mixer for it.
 */
export var SONG_TEMPO_PATH = "live_set master_track mixer_device song_tempo";

/**
 * The inbox [gate] in front of node.script turned a controller message away (`midi_held <message…>`, patcher
 * → shim); `midi_report` (patcher → shim, with p0_ready) makes the shim send `midi_dropped <n>` to the
 * script when it held any (src/shim/held.ts).
 */
export var MSG_MIDI_HELD = "midi_held";
export var MSG_MIDI_REPORT = "midi_report";
export var MSG_MIDI_DROPPED = "midi_dropped";

/** The shim's outlet to the [live.remote~] pool, and how many the device has (src/shim/remotes.ts). */
export var REMOTE_OUTLET = 1;
export var REMOTE_SLOTS = 8;

/**
 * The atom lengths the platform probe sends each way, once each: our own limit (MAX_ATOM_CHARS), the cut
 * reported at 32,767 (MAX_CUT_CHARS) and one more. Max interns every string that crosses a cord for good,
 * so each probe is the same text every time (probeText), and a shorter probe is a prefix of a longer one:
 * an atom Max cuts at 32,767 is the 32,767 probe again, no new symbol.
 */
export var PROBE_LENGTHS = [30000, 32767, 32768];

var PROBE_PATTERN = "p0probe-abcdefghijklmnopqrstuvwxyz.";
var probeTexts: { [chars: string]: string } = {};

/** The probe's text of `chars` characters (always the same for a length, each a prefix of the longer ones). */
export function probeText(chars: number): string {
  var key = String(chars);
  var known = probeTexts[key];
  if (known !== undefined) return known;
  var parts: string[] = [];
  var length = 0;
  while (length < chars) {
    parts.push(PROBE_PATTERN);
    length += PROBE_PATTERN.length;
  }
  var text = parts.join("").slice(0, chars);
  probeTexts[key] = text;
  return text;
}

/** Whether `chars` is one of the probe's lengths. */
export function isProbeLength(chars: unknown): boolean {
  for (var i = 0; i < PROBE_LENGTHS.length; i++) if (PROBE_LENGTHS[i] === chars) return true;
  return false;
}

/** Whether a string atom is one of the probe's texts, whole or cut to another probe length. */
export function isProbeText(atom: string): boolean {
  return isProbeLength(atom.length) && atom === probeText(atom.length);
}
