// Reads a whole subtree into one SnapNode with a single LiveAPI object, re-targeted by id.
import type { Raw, SnapNode, SnapshotSpec, Target } from "../lom/protocol";
import { idsOf, retarget, toRaw } from "./target";

/**
 * A property or child list the object does not have (a plain device has no `chains`) is left out of
 * `p` / `c`, so one spec can cover children of different classes.
 */
export function snapshot(api: LiveAPI, target: Target, spec: SnapshotSpec): SnapNode {
  checkSpec(spec);
  retarget(api, target);
  return walk(api, Number(api.id), spec);
}

function walk(api: LiveAPI, id: number, spec: SnapshotSpec): SnapNode {
  api.id = id;
  var node: SnapNode = { id: id, p: {}, c: {} };
  for (var i = 0; i < spec.props.length; i++) {
    var prop = spec.props[i];
    var condition = spec.onlyWhen ? spec.onlyWhen[prop] : undefined;
    if (condition && !holds(node.p[condition.prop], condition.is)) continue;
    var value = read(api, prop);
    if (value) node.p[prop] = value;
  }
  var children = spec.children;
  if (!children) return node;
  // Every child list is read before descending: descending re-targets the shared object.
  var childIds: { [child: string]: number[] } = {};
  for (var child in children) {
    if (!Object.prototype.hasOwnProperty.call(children, child)) continue;
    var list = read(api, child);
    if (list) childIds[child] = idsOf(list);
  }
  for (var name in childIds) {
    var ids = childIds[name];
    var nodes: SnapNode[] = [];
    for (var k = 0; k < ids.length; k++) nodes.push(walk(api, ids[k], children[name]));
    node.c[name] = nodes;
  }
  return node;
}

function holds(raw: Raw | undefined, expected: Raw[number]): boolean {
  return raw !== undefined && raw.length === 1 && String(raw[0]) === String(expected);
}

function read(api: LiveAPI, prop: string): Raw | undefined {
  try {
    return toRaw(api.get(prop));
  } catch (error) {
    return undefined;
  }
}

/** Rejects a malformed spec before any LiveAPI work. */
function checkSpec(spec: SnapshotSpec): void {
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
