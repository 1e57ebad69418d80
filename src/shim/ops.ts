// Runs one protocol Op against Live. Every op but observe uses the one shared worker LiveAPI object.
import type { Atom, Op, OpResult, Target } from "../lom/protocol";
import { requireFunction, requireList, requireProperty } from "./classShape";
import { observe, resetObservers, unobserve } from "./observers";
import { snapshot } from "./snapshot";
import { describe, retarget, toRaw } from "./target";

var worker: LiveAPI | null = null;

/** Created on first use: LiveAPI cannot be constructed in a [js] file's global code. */
function sharedWorker(): LiveAPI {
  if (!worker) worker = new LiveAPI();
  return worker;
}

export function runOp(op: Op): OpResult {
  try {
    return { v: execute(op) };
  } catch (error) {
    return { e: describe(error) };
  }
}

/** Whether an op changes the Live set, and so must never run inside a notification. */
export function isWrite(op: Op): boolean {
  return !!op && (op.op === "set" || op.op === "call");
}

function execute(op: Op): unknown {
  if (!op || typeof op !== "object") throw new Error("op must be an object");
  switch (op.op) {
    case "get":
      return read(at(op.target), text(op.prop, "prop"));
    case "set": {
      var prop = text(op.prop, "prop");
      var value = atoms(op.value, "value");
      var settee = at(op.target);
      requireProperty(settee, prop);
      settee.set(prop, value);
      return null;
    }
    case "call": {
      var fn = text(op.fn, "fn");
      var args = op.args === undefined ? [] : atomList(op.args, "args");
      var callee = at(op.target);
      requireFunction(callee, fn);
      // Max's LiveAPI.call takes the function's arguments as further arguments (the typings say one).
      var call = callee.call as unknown as (...values: Atom[]) => unknown;
      var result = call.apply(callee, [fn as Atom].concat(args));
      return result === undefined || result === null ? null : toRaw(result);
    }
    case "getcount": {
      var child = text(op.child, "child");
      var counted = at(op.target);
      requireList(counted, child);
      var count = counted.getcount(child);
      if (typeof count !== "number") throw new Error("Live refused to count " + child + " of id " + counted.id);
      return count;
    }
    case "info":
      return at(op.target).info;
    case "observe":
      return observe(sharedWorker(), integer(op.oid, "oid"), target(op.target), text(op.prop, "prop"));
    case "unobserve":
      if (!unobserve(integer(op.oid, "oid"))) throw new Error("no observer " + op.oid);
      return null;
    case "reset":
      resetObservers();
      return null;
    case "snapshot":
      return snapshot(sharedWorker(), target(op.target), op.spec);
    default:
      throw new Error("unknown op " + JSON.stringify((op as { op?: unknown }).op));
  }
}

/** Live answers a refused read with nothing (and a console post): name the reason when it is ours to know. */
function read(api: LiveAPI, prop: string): unknown {
  var value = api.get(prop);
  if (value !== undefined && value !== null) return toRaw(value);
  requireProperty(api, prop);
  throw new Error("Live refused to read " + prop + " of id " + api.id);
}

function at(t: Target): LiveAPI {
  var api = sharedWorker();
  retarget(api, target(t));
  return api;
}

function target(value: unknown): Target {
  if (typeof value === "number" || typeof value === "string") return value;
  throw new Error("target must be a Live id or a path");
}

function text(value: unknown, field: string): string {
  if (typeof value === "string" && value !== "") return value;
  throw new Error(field + " must be a non-empty string");
}

function integer(value: unknown, field: string): number {
  if (typeof value === "number" && value % 1 === 0) return value;
  throw new Error(field + " must be an integer");
}

function atoms(value: unknown, field: string): Atom | Atom[] {
  if (typeof value === "string" || typeof value === "number") return value;
  return atomList(value, field);
}

function atomList(value: unknown, field: string): Atom[] {
  if (!Array.isArray(value)) throw new Error(field + " must be a list of atoms");
  for (var i = 0; i < value.length; i++) {
    if (typeof value[i] !== "string" && typeof value[i] !== "number") throw new Error(field + " must hold only numbers and strings");
  }
  return value as Atom[];
}
