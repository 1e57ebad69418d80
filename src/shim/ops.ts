// Turns the ops of a batch into jobs. A job's step runs only when the block affords its worst case, and
// a walk (snapshot) or a reset goes on over as many blocks as it needs. Every op but observe uses the one
// shared worker LiveAPI object.
import type { Atom, Raw, SnapshotSpec, Target, WireOp } from "../wire/protocol";
import { isNoteField } from "../wire/NotePages";
import { NO_OBJECT, RESULT_ERROR, SONG_PATH } from "../wire/protocol";
import { affords, chargeCall } from "./budget";
import { learnShape, requireFunction, requireList, requireProperty, SHAPE_CHECK_CALLS } from "./classShape";
import { observe, observeCost, parkRetiring, resetObservers, unobserve } from "./observers";
import { readNotesJob, writeNotesJob } from "./notes";
import { probeJob } from "./probe";
import { checkSpec, walk, type Walk } from "./snapshot";
import { hold, HOLD_CALLS, release } from "./remotes";
import { undoCalled } from "./undoSteps";
import { at, cutToAtoms, describe, forgetPointed, retargetCost, toRaw } from "./target";

export interface Job {
  /** Whether the op changes the Live set, and so must never run inside a notification. */
  write: boolean;
  /** Runs what the block affords, appending the op's result atoms; answers whether the op is done. */
  step(out: Atom[]): boolean;
}

/** The registered snapshot specs, by index (`lom_spec`). */
export type SpecTable = { [index: string]: SnapshotSpec };

export function jobOf(op: WireOp, specs: SpecTable): Job {
  try {
    return build(op, specs);
  } catch (cause) {
    return failed(describe(cause));
  }
}

function build(op: WireOp, specs: SpecTable): Job {
  switch (op.op) {
    case "get": {
      var prop = text(op.prop, "prop");
      return onObject(false, target(op.target), SHAPE_CHECK_CALLS, function (api) {
        return read(api, prop);
      });
    }
    case "set": {
      var setProp = text(op.prop, "prop");
      var value = op.value;
      return onObject(true, target(op.target), SHAPE_CHECK_CALLS, function (api) {
        requireProperty(api, setProp);
        chargeCall();
        // The write may move or delete what the worker points at.
        forgetPointed();
        api.set(setProp, value.length === 1 ? value[0] : value);
        return null;
      });
    }
    case "call": {
      var fn = text(op.fn, "fn");
      var args = op.args;
      return onObject(true, target(op.target), SHAPE_CHECK_CALLS, function (api) {
        requireFunction(api, fn);
        chargeCall();
        forgetPointed();
        // Max's LiveAPI.call takes the function's arguments as further arguments (the typings say one).
        var call = api.call as unknown as (...values: Atom[]) => unknown;
        var result = call.apply(api, [fn as Atom].concat(args));
        undoCalled(fn);
        return result === undefined || result === null ? null : toRaw(result);
      });
    }
    case "getcount": {
      var child = text(op.child, "child");
      return onObject(false, target(op.target), SHAPE_CHECK_CALLS, function (api) {
        requireList(api, child);
        chargeCall();
        var count = api.getcount(child);
        if (typeof count !== "number") throw new Error("Live refused to count " + child + " of id " + api.id);
        return [count];
      });
    }
    case "info":
      return onObject(false, target(op.target), 0, function (api) {
        chargeCall();
        return [String(api.info)];
      });
    case "observe":
      return observeJob(integer(op.oid, "oid"), target(op.target), text(op.prop, "prop"), quantum(op.quantum));
    case "unobserve": {
      var oid = integer(op.oid, "oid");
      return simple(false, function () { return 1; }, function () {
        if (!unobserve(oid)) throw new Error("no observer " + oid);
        return null;
      });
    }
    case "reset":
      return resetJob();
    case "remote": {
      var remoteTarget = target(op.target);
      var remoteValue = op.value;
      if (typeof remoteValue !== "number") throw new Error("a remote value is a number");
      return simple(true, function () { return HOLD_CALLS; }, function () {
        hold(remoteTarget, remoteValue as number);
        return null;
      });
    }
    case "release": {
      var released = target(op.target);
      return simple(true, function () { return 0; }, function () {
        release(released);
        return null;
      });
    }
    case "snapshot": {
      var spec = specs[String(op.spec)];
      if (!spec) throw new Error("unknown snapshot spec " + op.spec);
      return snapshotJob(target(op.target), spec);
    }
    case "notes":
      return readNotesJob(target(op.target), number(op.end, "end"), noteFields(op.fields));
    case "notes_write": {
      var fields = noteFields(op.fields);
      var values = numbers(op.values);
      if (fields.length === 0 || values.length % fields.length !== 0) throw new Error("notes need all their fields");
      return writeNotesJob(target(op.target), text(op.fn, "fn"), fields, values);
    }
  }
  var probe = probeJob(op);
  if (probe) return probe;
  throw new Error("unknown op");
}

/** One LiveAPI call on the object at `t`: its re-target when needed, `checks` calls of name checks, the call. */
function onObject(write: boolean, t: Target, checks: number, body: (api: LiveAPI) => Raw | null): Job {
  return simple(write, function () { return retargetCost(t) + 1 + checks; }, function () { return body(at(t)); });
}

/** An op done in one step: `calls` is its worst case; the result is `L atoms`, `0` for none, or `-1 message`. */
function simple(write: boolean, calls: () => number, body: () => Raw | null): Job {
  return {
    write: write,
    step: function (out: Atom[]): boolean {
      if (!affords(calls(), 0, 0, 0, 0)) return false;
      emit(out, body);
      return true;
    },
  };
}

function emit(out: Atom[], body: () => Raw | null): void {
  var value: Raw | null;
  try {
    value = body();
  } catch (cause) {
    out.push(RESULT_ERROR, describe(cause));
    return;
  }
  if (value === null) out.push(0);
  else {
    value = cutToAtoms(value);
    out.push(value.length);
    for (var i = 0; i < value.length; i++) out.push(value[i]);
  }
}

function failed(message: string): Job {
  return {
    write: false,
    step: function (out: Atom[]): boolean {
      out.push(RESULT_ERROR, message);
      return true;
    },
  };
}

function observeJob(oid: number, t: Atom, prop: string, q: number): Job {
  return {
    write: false,
    step: function (out: Atom[]): boolean {
      var cost = observeCost();
      if (!affords(cost.calls, cost.objects, cost.created, cost.repoints, cost.pointing)) return false;
      emit(out, function () {
        var id: number;
        if (typeof t === "number") {
          if (t <= 0 || t % 1 !== 0) throw new Error(NO_OBJECT + t);
          id = t;
        } else id = Number(at(t).id);
        return observe(oid, id, prop, q);
      });
      return true;
    },
  };
}

/** Drops every observer at once, then parks them a block's worth at a time. */
function resetJob(): Job {
  var started = false;
  return {
    write: false,
    step: function (out: Atom[]): boolean {
      if (!started) {
        started = true;
        resetObservers();
      }
      if (!parkRetiring()) return false;
      out.push(0);
      return true;
    },
  };
}

function snapshotJob(t: Atom, spec: SnapshotSpec): Job {
  var walker: Walk | null = null;
  return {
    write: false,
    step: function (out: Atom[]): boolean {
      if (!walker) {
        if (!affords(retargetCost(t) + 2 + SHAPE_CHECK_CALLS, 0, 0, 0, 0)) return false;
        try {
          var root = at(t);
          // The song's walk (the sync): every action calls the song (its undo step at least), so its
          // shape is read here rather than on the first knob turned.
          if (t === SONG_PATH) learnShape(root);
          walker = walk(Number(root.id), spec);
        } catch (cause) {
          out.push(RESULT_ERROR, describe(cause));
          return true;
        }
      }
      return walker.step(out);
    },
  };
}

/** Live answers a refused read with nothing (and a console post): name the reason when it is ours to know. */
function read(api: LiveAPI, prop: string): Raw {
  chargeCall();
  var value = api.get(prop);
  if (value !== undefined && value !== null) return toRaw(value);
  requireProperty(api, prop);
  throw new Error("Live refused to read " + prop + " of id " + api.id);
}

/** A registered spec, checked once when it arrives. */
export function parseSpec(json: Atom): SnapshotSpec {
  var spec = JSON.parse(String(json)) as SnapshotSpec;
  checkSpec(spec);
  return spec;
}

function target(value: Atom): Atom {
  if (typeof value === "number" || (typeof value === "string" && value !== "")) return value;
  throw new Error("target must be a Live id or a path");
}

function text(value: Atom, field: string): string {
  if (typeof value === "string" && value !== "") return value;
  throw new Error(field + " must be a non-empty string");
}

function integer(value: Atom, field: string): number {
  if (typeof value === "number" && value % 1 === 0) return value;
  throw new Error(field + " must be an integer");
}

function number(value: Atom, field: string): number {
  if (typeof value === "number") return value;
  throw new Error(field + " must be a number");
}

function numbers(values: Atom[]): number[] {
  for (var i = 0; i < values.length; i++) if (typeof values[i] !== "number") throw new Error("note values must be numbers");
  return values as number[];
}

/** Live's note properties only: anything else would be sent to Live as a key of its dictionary. */
function noteFields(values: Atom[]): string[] {
  for (var i = 0; i < values.length; i++) if (!isNoteField(values[i])) throw new Error("not a note property: " + values[i]);
  return values as string[];
}

function quantum(value: Atom): number {
  if (typeof value === "number" && value >= 0) return value;
  throw new Error("quantum must be a number >= 0");
}
