// The LOM wire codec: an op as the flat atoms a `lom_batch` carries, and a reply's atoms back as one
// result per op. The encoding is protocol.ts's. A file of its own because the client is not its only
// user: the tests' shim harness encodes and decodes with it too.
import type { Atom, Op, SnapNode, SnapshotSpec } from "../wire/protocol";
import { ABSENT, BATCH_ERROR, isProbeLength, probeText, RESULT_ERROR } from "../wire/protocol";
import { MAX_ATOM_CHARS } from "../wire/liveApiCosts";

/** One op's result: `v` the value in the old JSON reply's shape (get: Raw, getcount: number, info: string,
 * snapshot: SnapNode, call: Raw or null, observe: the current Raw; set/unobserve/reset: null; the probe's
 * length: number, text: string, time: [ms, n]), `e` an error. */
export type OpResult = { v: unknown } | { e: string };

/** An op as flat atoms (protocol.ts). Throws on a string Max would cut, or an atom that is not one. */
export function encodeOp(op: Op, specIndex: (spec: SnapshotSpec) => number): Atom[] {
  let atoms: Atom[];
  switch (op.op) {
    case "get":
      atoms = ["get", op.target, op.prop];
      break;
    case "set": {
      const value = Array.isArray(op.value) ? op.value : [op.value];
      atoms = ["set", op.target, op.prop, value.length, ...value];
      break;
    }
    case "call": {
      const args = op.args ?? [];
      atoms = ["call", op.target, op.fn, args.length, ...args];
      break;
    }
    case "getcount":
      atoms = ["getcount", op.target, op.child];
      break;
    case "info":
      atoms = ["info", op.target];
      break;
    case "observe":
      atoms = ["observe", op.oid, op.target, op.prop, op.quantum ?? 0];
      break;
    case "unobserve":
      atoms = ["unobserve", op.oid];
      break;
    case "reset":
      atoms = ["reset"];
      break;
    case "snapshot":
      atoms = ["snapshot", op.target, specIndex(op.spec)];
      break;
    case "remote":
      atoms = ["remote", op.target, op.value];
      break;
    case "release":
      atoms = ["release", op.target];
      break;
    case "length":
      // The platform probe's deliberate long atom: only the probe's texts, so nothing else passes as one.
      if (!isProbeLength(op.chars)) throw new Error(`a length probe is one of the probe lengths, not ${op.chars}`);
      return ["length", probeText(op.chars)];
    case "text":
      if (!isProbeLength(op.chars)) throw new Error(`a text probe is one of the probe lengths, not ${op.chars}`);
      atoms = ["text", op.chars];
      break;
    case "time":
      atoms = ["time", op.what, op.n, op.target, op.prop];
      break;
    case "notes":
      atoms = ["notes", op.target, op.end, op.fields.length, ...op.fields];
      break;
    case "notes_write":
      atoms = ["notes_write", op.target, op.fn, op.fields.length, ...op.fields, op.values.length, ...op.values];
      break;
    default:
      throw new Error(`unknown op ${JSON.stringify((op as { op?: unknown }).op)}`);
  }
  for (const a of atoms) {
    if (typeof a === "string" ? a.length > MAX_ATOM_CHARS : typeof a !== "number") {
      throw new Error(typeof a === "string" ? "value too long" : "atoms must be numbers or strings");
    }
  }
  return atoms;
}

/** The results of a whole reply (its chunks concatenated), in op order; `{ e }` when the batch was refused. Throws when malformed. */
export function decodeResults(ops: Op[], atoms: Atom[]): OpResult[] | { e: string } {
  if (atoms[0] === BATCH_ERROR) return { e: String(atoms[1]) };
  const reader = new Reader(atoms);
  const results = ops.map((op) => decodeResult(op, reader));
  if (!reader.done) throw new Error("reply has more results than ops");
  return results;
}

/** Reads a reply's atoms in order. */
class Reader {
  private i = 0;
  constructor(private readonly atoms: Atom[]) {}

  next(): Atom {
    if (this.i >= this.atoms.length) throw new Error("reply ends early");
    return this.atoms[this.i++];
  }

  count(): number {
    const n = this.next();
    if (typeof n !== "number" || n % 1 !== 0 || n < -1) throw new Error(`expected a count, got ${JSON.stringify(n)}`);
    return n;
  }

  get done(): boolean {
    return this.i === this.atoms.length;
  }

  take(n: number): Atom[] {
    if (this.i + n > this.atoms.length) throw new Error("reply ends early");
    const atoms = this.atoms.slice(this.i, this.i + n);
    this.i += n;
    return atoms;
  }
}

/** One op's result in the shape the old JSON reply had (get: Raw, getcount: number, snapshot: SnapNode, ...). */
function decodeResult(op: Op, r: Reader): OpResult {
  const head = r.count();
  if (head === RESULT_ERROR) return { e: String(r.next()) };
  if (op.op === "snapshot") {
    const node = decodeNode(r, op.spec, head);
    return node ? { v: node } : { e: "the object went away" };
  }
  if (op.op === "notes") return decodeNotePages(r, op.fields.length, head);
  const atoms = r.take(head);
  switch (op.op) {
    case "get":
    case "observe":
    case "time":
      return { v: atoms };
    case "length":
      return { v: Number(atoms[0]) };
    case "text":
      return { v: String(atoms[0] ?? "") };
    case "call":
      return { v: atoms.length === 0 ? null : atoms };
    case "getcount":
      return { v: Number(atoms[0]) };
    case "info":
      return { v: String(atoms[0]) };
    default:
      return { v: null };
  }
}

/** The pages of a `notes` op, flat: `n` notes of `width` numbers each, until `0`, or `-1 <message>` (Live refused midway). */
function decodeNotePages(r: Reader, width: number, first: number): OpResult {
  const values: number[] = [];
  for (let n = first; n !== 0; n = r.count()) {
    if (n === RESULT_ERROR) return { e: String(r.next()) };
    for (const a of r.take(n * width)) values.push(Number(a));
  }
  return { v: values };
}

/** A node of the pre-order walk; null for an object that went away mid-walk (id 0). */
function decodeNode(r: Reader, spec: SnapshotSpec, id: number): SnapNode | null {
  if (id === 0) return null;
  const node: SnapNode = { id, p: {}, c: {} };
  for (const prop of spec.props) {
    const n = r.count();
    if (n !== ABSENT) node.p[prop] = r.take(n);
  }
  const children = spec.children ?? {};
  for (const child of Object.keys(children)) {
    const n = r.count();
    if (n === ABSENT) continue;
    const kids: SnapNode[] = [];
    for (let k = 0; k < n; k++) {
      const kid = decodeNode(r, children[child], r.count());
      if (kid) kids.push(kid);
    }
    node.c[child] = kids;
  }
  return node;
}
