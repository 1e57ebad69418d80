// Walks a subtree with the shared worker, re-targeted by id, writing the pre-order walk of protocol.ts.
// The walk keeps an explicit stack, not recursion, so it stops when the block's budget is spent and goes
// on in the next block: a 256-track set is never read in one block (Live's window would freeze).
import type { Atom, Raw, SnapshotSpec } from "../wire/protocol";
import { ABSENT } from "../wire/protocol";
import { affords, chargeCall } from "./budget";
import { sharedWorker, cutToAtoms, idsOf, pointTo, toRaw } from "./target";

interface Frame {
  id: number;
  spec: SnapshotSpec;
  /** The node's own atoms (id and props), held until its child lists are read: an object gone meanwhile is `0`. */
  head: Atom[];
  /** Raw values read so far, for `onlyWhen`. */
  values: { [prop: string]: Raw };
  propIndex: number;
  keys: string[];
  /** Per child key, the ids listed (null: the object has no such child). */
  lists: (number[] | null)[];
  /** Child lists read so far; when all are, children are written. */
  listIndex: number;
  childIndex: number;
  kidIndex: number;
  /** Whether the current child list's count is written. */
  counted: boolean;
  written: boolean;
}

export interface Walk {
  /** Runs while the block affords it, appending to `out`; answers whether the walk is done. */
  step(out: Atom[]): boolean;
}

/** Calls one walk step costs at most: a re-target and a read. */
var STEP_CALLS = 2;

/** A walk from an object the worker was just pointed at. */
export function walk(rootId: number, spec: SnapshotSpec): Walk {
  var stack: Frame[] = [frame(rootId, spec)];
  return {
    step: function (out: Atom[]): boolean {
      while (stack.length > 0) {
        if (!affords(STEP_CALLS, 0, 0, 0, 0)) return false;
        advance(stack, out);
      }
      return true;
    },
  };
}

function frame(id: number, spec: SnapshotSpec): Frame {
  var keys: string[] = [];
  var children = spec.children;
  if (children) for (var key in children) if (Object.prototype.hasOwnProperty.call(children, key)) keys.push(key);
  return { id: id, spec: spec, head: [id], values: {}, propIndex: 0, keys: keys, lists: [], listIndex: 0, childIndex: 0, kidIndex: 0, counted: false, written: false };
}

/** One unit of work: one read, or writing what is known and descending into the next child. */
function advance(stack: Frame[], out: Atom[]): void {
  var top = stack[stack.length - 1];
  var props = top.spec.props;
  if (top.propIndex < props.length) {
    var prop = props[top.propIndex++];
    var condition = top.spec.onlyWhen ? top.spec.onlyWhen[prop] : undefined;
    if (condition && !holds(top.values[condition.prop], condition.is)) {
      top.head.push(ABSENT);
      return;
    }
    if (!pointTo(top.id)) return gone(stack, out);
    var value = read(prop);
    if (value === undefined) top.head.push(ABSENT);
    else {
      value = cutToAtoms(value);
      top.values[prop] = value;
      top.head.push(value.length);
      for (var i = 0; i < value.length; i++) top.head.push(value[i]);
    }
    return;
  }
  if (top.listIndex < top.keys.length) {
    // Every child list is read before descending: descending re-targets the shared object.
    if (!pointTo(top.id)) return gone(stack, out);
    var list = read(top.keys[top.listIndex++]);
    top.lists.push(list ? idsOf(list) : null);
    return;
  }
  if (!top.written) {
    top.written = true;
    for (var h = 0; h < top.head.length; h++) out.push(top.head[h]);
    top.head = [];
  }
  while (top.childIndex < top.keys.length) {
    var ids = top.lists[top.childIndex];
    if (!top.counted) {
      out.push(ids ? ids.length : ABSENT);
      top.counted = true;
    }
    if (ids && top.kidIndex < ids.length) {
      var childSpec = (top.spec.children as { [child: string]: SnapshotSpec })[top.keys[top.childIndex]];
      stack.push(frame(ids[top.kidIndex++], childSpec));
      return;
    }
    top.childIndex++;
    top.kidIndex = 0;
    top.counted = false;
  }
  stack.pop();
}

/** The object went away before its node was written: the node is the single atom 0. */
function gone(stack: Frame[], out: Atom[]): void {
  stack.pop();
  out.push(0);
}

function holds(raw: Raw | undefined, expected: Atom): boolean {
  return raw !== undefined && raw.length === 1 && String(raw[0]) === String(expected);
}

/** A read of a name the class lacks answers nothing (Live posts to the console): absent. */
function read(prop: string): Raw | undefined {
  chargeCall();
  try {
    var value = sharedWorker().get(prop);
    return value === undefined || value === null ? undefined : toRaw(value);
  } catch (error) {
    return undefined;
  }
}

/** Rejects a malformed spec before any LiveAPI work. */
export function checkSpec(spec: SnapshotSpec): void {
  if (!spec || !Array.isArray(spec.props)) throw new Error("snapshot spec needs a props array");
  for (var i = 0; i < spec.props.length; i++) {
    if (typeof spec.props[i] !== "string") throw new Error("snapshot props must be strings");
  }
  if (spec.children === undefined) return;
  if (spec.children === null || typeof spec.children !== "object") throw new Error("snapshot children must be an object");
  for (var child in spec.children) {
    if (Object.prototype.hasOwnProperty.call(spec.children, child)) checkSpec(spec.children[child]);
  }
}
