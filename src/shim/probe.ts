// The platform probe's ops (protocol.ts: `length`, `text`, `time`): what Max and Live really do, measured
// from inside a [js] block. The atom probes read no LiveAPI; the timings run inside the shim's blocks, a
// slice per block within BLOCK_BUDGET (src/wire/liveApiCosts.ts), the work timed with the shim's own Date,
// and the bundle compares them with the cost model's constants (LIVEAPI_MS, from Knobbler4's perftest).
import type { Atom, WireOp } from "../wire/protocol";
import { isProbeLength, probeText, RESULT_ERROR } from "../wire/protocol";
import { affords, chargeCall } from "./budget";
import { createParkedObservers, OBSERVER_PROBE_COST } from "./observers";
import { at, describe, retargetCost } from "./target";
import type { Job } from "./ops";

/** A probe slice takes about half a block's frame: 25 gets (7.5 ms modelled) or 5 new observers (10 ms). */
var GETS_PER_SLICE = 25;
var OBSERVERS_PER_SLICE = 5;
/** More than this many is not a probe. */
var MAX_TIMED = 1000;

function now(): number {
  return new Date().getTime();
}

export function probeJob(op: WireOp): Job | null {
  if (op.op === "length") {
    var received = op.text;
    return answer(function () {
      if (typeof received !== "string") throw new Error("length needs a string");
      return [received.length];
    });
  }
  if (op.op === "text") {
    var chars = op.chars;
    return answer(function () {
      if (!isProbeLength(chars)) throw new Error("text answers only the probe lengths");
      return [probeText(chars as number)];
    });
  }
  if (op.op === "time") return timeJob(op.what, op.n, op.target, op.prop);
  return null;
}

/** Answers in one step, without LiveAPI: `1 value` or `-1 message`. The probe's texts skip the length check on purpose. */
function answer(body: () => Atom[]): Job {
  return {
    write: false,
    step: function (out: Atom[]): boolean {
      var value: Atom[];
      try {
        value = body();
      } catch (cause) {
        out.push(RESULT_ERROR, describe(cause));
        return true;
      }
      out.push(value.length);
      for (var i = 0; i < value.length; i++) out.push(value[i]);
      return true;
    },
  };
}

function timeJob(what: Atom, n: Atom, target: Atom, prop: Atom): Job {
  if (what !== "get" && what !== "observe") return failure("time measures get or observe");
  if (typeof n !== "number" || n < 1 || n > MAX_TIMED || n % 1 !== 0) return failure("time needs a count from 1 to " + MAX_TIMED);
  if (typeof prop !== "string" || prop === "") return failure("prop must be a non-empty string");
  if (what === "observe" && (typeof target !== "number" || target <= 0)) return failure("observers are timed on a Live id");
  if (typeof target !== "number" && (typeof target !== "string" || target === "")) return failure("target must be a Live id or a path");
  var total = n;
  var done = 0;
  var ms = 0;
  return {
    write: false,
    step: function (out: Atom[]): boolean {
      try {
        done += what === "get" ? timeGets(target, prop, total - done, function (spent) { ms += spent; }) : timeObservers(target as number, prop, total - done, function (spent) { ms += spent; });
      } catch (cause) {
        out.push(RESULT_ERROR, describe(cause));
        return true;
      }
      if (done < total) return false;
      out.push(2, ms, done);
      return true;
    },
  };
}

/** As many gets as this slice affords (at most GETS_PER_SLICE); answers how many. */
function timeGets(target: Atom, prop: string, left: number, spent: (ms: number) => void): number {
  var retarget = retargetCost(target);
  var count = 0;
  var limit = Math.min(left, GETS_PER_SLICE);
  while (count < limit && affords(retarget + count + 1, 0, 0, 0, 0)) count++;
  if (count === 0) return 0;
  var api = at(target);
  var start = now();
  for (var i = 0; i < count; i++) {
    chargeCall();
    api.get(prop);
  }
  spent(now() - start);
  return count;
}

/** As many new observers as this slice affords (at most OBSERVERS_PER_SLICE); answers how many. */
function timeObservers(id: number, prop: string, left: number, spent: (ms: number) => void): number {
  var c = OBSERVER_PROBE_COST;
  var count = 0;
  var limit = Math.min(left, OBSERVERS_PER_SLICE);
  while (count < limit && affords(c.calls * (count + 1), count + 1, count + 1, 0, c.pointing * (count + 1))) count++;
  if (count === 0) return 0;
  spent(createParkedObservers(count, id, prop, now));
  return count;
}

function failure(message: string): Job {
  return answer(function (): Atom[] {
    throw new Error(message);
  });
}
