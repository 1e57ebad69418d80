// Observers: a pool of LiveAPI objects with a callback, each re-pointed (`id`, `property`), never destroyed.
// Tearing an observer down leaks about 6 symbols in Max, re-pointing one leaks none (zsteinkamp/m4l-Knobbler4
// CLAUDE.md); every construction leaves a context only a device reload frees (adamjmurray/producer-pal
// dev/LiveAPI-Performance.md). A parked observer has `id = 0`, which clears its path, so it keeps no
// listener armed that structural changes would notify (same page). Its `property` is kept: the next use of
// the same property costs one call, and `property = ""` is never set.
import type { Atom, Raw } from "../wire/protocol";
import { MSG_EVENT, NO_OBJECT } from "../wire/protocol";
import { affords, chargeCall, chargeConstruct, chargeObserverCreated, chargePointing, chargeRepoint } from "./budget";
import { propertyObserved, requireProperty, SHAPE_CHECK_CALLS } from "./classShape";
import { pointerAdded, pointerRemoved } from "./pointers";
import { cutToAtoms } from "./target";

interface Observer {
  api: LiveAPI;
  /** 0 while parked or retiring: callbacks are ignored. */
  oid: number;
  prop: string;
  quantum: number;
  /** The value Live sends at once when it accepts the observation; null until then. */
  initial: Raw | null;
  /** floor(value / quantum) last sent (or started from), for throttled numeric properties. */
  bucket: number | null;
  /** The Live id it observes while active (0 otherwise); other ops on that object may use it. */
  target: number;
}

var active: { [oid: string]: Observer } = {};
/** Parked observers by the property they keep. */
var parked: { [prop: string]: Observer[] } = {};
var parkedCount = 0;
/** Observers `reset` dropped that are not parked yet (parking costs a call each, so it is sliced). */
var retiring: Observer[] = [];
var dispatching = 0;

/** True while an observer callback runs: Live refuses LOM writes from a notification. */
export function inNotification(): boolean {
  return dispatching > 0;
}

/**
 * Worst-case cost of one observe: resolve a path, park the oid's old observer (or point a retiring one
 * nowhere), point one (property + id), check and park on refusal. A new observer's property and id are
 * priced with its creation; a pooled one points nowhere when given its property, a plain call, and its
 * id is the re-point.
 */
export function observeCost(): { calls: number; objects: number; created: number; repoints: number; pointing: number } {
  var fresh = parkedCount === 0 && retiring.length === 0;
  return { calls: 5 + SHAPE_CHECK_CALLS, objects: fresh ? 1 : 0, created: fresh ? 1 : 0, repoints: fresh ? 0 : 1, pointing: fresh ? 2 : 1 };
}

/**
 * Starts observing object `id` and answers its current value. Live answers a new observation with the
 * current value at once; that value is the op's result, not an event (one message per observer at sync
 * would make the sync cost grow with the set). Silence means Live refused (no such property, or one that
 * cannot be observed), which it reports on the Max console only.
 */
export function observe(oid: number, id: number, prop: string, quantum: number): Raw {
  unobserve(oid);
  var observer = take(prop);
  observer.oid = oid;
  observer.quantum = quantum;
  observer.initial = null;
  observer.bucket = null;
  chargePointing();
  observer.api.id = id;
  if (Number(observer.api.id) === 0) {
    release(observer); // id 0 already: parked as it is
    throw new Error(NO_OBJECT + id);
  }
  var initial = observer.initial as Raw | null;
  if (initial === null) {
    var type = observer.api.type;
    try {
      requireProperty(observer.api, prop);
    } finally {
      park(observer);
    }
    throw new Error(prop + " of " + type + " cannot be observed");
  }
  observer.bucket = bucketOf(observer, initial);
  active[String(oid)] = observer;
  propertyObserved(id, prop);
  observer.target = id;
  pointerAdded(id, observer.api);
  return initial;
}

/** What one observer the platform probe creates costs the block: property, id and its parking; one new object. */
export var OBSERVER_PROBE_COST = { calls: 3, pointing: 2 };

/**
 * Creates `count` new observers of `prop` on object `id` (construction, `property`, `id`: what Knobbler4's
 * "create w/ observer" loop timed), then parks them into the pool, where later observes re-use them.
 * Answers the ms `now` measured over the creations only.
 */
export function createParkedObservers(count: number, id: number, prop: string, now: () => number): number {
  var made: Observer[] = [];
  var start = now();
  for (var i = 0; i < count; i++) {
    var observer = create();
    observer.prop = prop;
    chargePointing();
    observer.api.property = prop;
    chargePointing();
    observer.api.id = id;
    made.push(observer);
  }
  var ms = now() - start;
  for (var j = 0; j < made.length; j++) park(made[j]);
  return ms;
}

/** Parks an observer; answers whether it existed. */
export function unobserve(oid: number): boolean {
  var key = String(oid);
  var observer = active[key];
  if (!observer) return false;
  delete active[key];
  park(observer);
  return true;
}

/** Drops every observer at once (no event gets out after this); they are parked by `parkRetiring`. */
export function resetObservers(): void {
  for (var key in active) if (Object.prototype.hasOwnProperty.call(active, key)) retire(active[key]);
  active = {};
}

/** Parks retiring observers while the block affords it; answers whether none is left. */
export function parkRetiring(): boolean {
  while (retiring.length > 0) {
    if (!affords(1, 0, 0, 0, 0)) return false;
    park(retiring.pop() as Observer);
  }
  return true;
}

function retire(observer: Observer): void {
  observer.oid = 0;
  stopPointing(observer);
  retiring.push(observer);
}

/** A parked observer of the same property, else any parked or retiring one, else a new one. */
function take(prop: string): Observer {
  var same = parked[prop];
  if (same && same.length > 0) {
    parkedCount--;
    chargeRepoint();
    return same.pop() as Observer;
  }
  var observer: Observer | null = null;
  for (var name in parked) {
    if (Object.prototype.hasOwnProperty.call(parked, name) && parked[name].length > 0) {
      observer = parked[name].pop() as Observer;
      parkedCount--;
      break;
    }
  }
  if (!observer) {
    observer = retiring.pop() || null;
    // Still pointed at its old object: pointed nowhere first, so no listener of the new property arms there.
    if (observer) {
      chargeCall();
      observer.api.id = 0;
    }
  }
  if (observer) {
    chargeRepoint();
    // Pointing nowhere, the property is a plain call: the `id` that follows is the re-point.
    chargeCall();
  } else {
    observer = create();
    chargePointing();
  }
  // Set while the object points nowhere: nothing listens in between.
  observer.prop = prop;
  observer.api.property = prop;
  return observer;
}

/** `new LiveAPI(callback)`, never with a path: a distinct path interns a symbol, an id none. */
function create(): Observer {
  var observer: Observer = { oid: 0, prop: "", quantum: 0, initial: null, bucket: null, target: 0 } as Observer;
  chargeConstruct();
  chargeObserverCreated();
  observer.api = new LiveAPI(notifier(observer));
  return observer;
}

function stopPointing(observer: Observer): void {
  if (observer.target !== 0) pointerRemoved(observer.target, observer.api);
  observer.target = 0;
}

/** `id = 0`: clears the path, so the object keeps no listener armed; the property stays. */
function park(observer: Observer): void {
  observer.oid = 0;
  stopPointing(observer);
  chargeCall();
  observer.api.id = 0;
  release(observer);
}

function release(observer: Observer): void {
  observer.oid = 0;
  var list = parked[observer.prop];
  if (!list) list = parked[observer.prop] = [];
  list.push(observer);
  parkedCount++;
}

function bucketOf(observer: Observer, value: Raw): number | null {
  if (observer.quantum > 0 && value.length === 1 && typeof value[0] === "number") return Math.floor((value[0] as number) / observer.quantum);
  return null;
}

function notifier(observer: Observer): (args: Raw) => void {
  return function (args: Raw): void {
    // Max also calls back with ["id", n] when the object changes: only property values are events.
    if (!args || args[0] !== observer.prop || observer.prop === "") return;
    var value: Raw = Array.prototype.slice.call(args, 1);
    if (observer.initial === null) {
      observer.initial = value;
      return;
    }
    if (observer.oid === 0) return;
    if (observer.quantum > 0) {
      // Throttled: song time in 16ths sends at most 4 events a beat instead of one per notification.
      var bucket = bucketOf(observer, value);
      if (bucket !== null && bucket === observer.bucket) return;
      observer.bucket = bucket;
    }
    dispatching++;
    try {
      outlet(0, ([MSG_EVENT, observer.oid] as Atom[]).concat(cutToAtoms(value)));
    } finally {
      dispatching--;
    }
  };
}
