// Observers: one LiveAPI object per observed property, each pushing `lom_event` on change.
import type { Raw, Target } from "../lom/protocol";
import { MSG_EVENT } from "../lom/protocol";
import { requireProperty } from "./classShape";
import { retarget } from "./target";

interface Observer {
  api: LiveAPI;
  /** The value Live sends at once when it accepts the observation; null until then. */
  initial: Raw | null;
}

var observers: { [oid: string]: Observer } = {};
var dispatching = 0;

/** True while an observer callback runs: Live refuses LOM writes from a notification. */
export function inNotification(): boolean {
  return dispatching > 0;
}

/**
 * Starts observing and answers the current value. `locator` is the shared worker: it checks the target,
 * so each observer costs exactly one LiveAPI object. Live answers a new observation with the current
 * value at once; that value is the op's result, not an event (events are changes: one message per
 * observer at sync would make the sync cost grow with the set). Silence means Live refused (no such
 * property, or one that cannot be observed), which it reports on the Max console only.
 */
export function observe(locator: LiveAPI, oid: number, target: Target, prop: string): Raw {
  unobserve(oid);
  retarget(locator, target);
  var observer = { initial: null } as Observer;
  observer.api = new LiveAPI(notifier(oid, prop, observer));
  observer.api.id = Number(locator.id);
  observer.api.property = prop;
  if (observer.initial === null) {
    silence(observer.api);
    requireProperty(locator, prop);
    throw new Error(prop + " of " + locator.type + " cannot be observed");
  }
  observers[String(oid)] = observer;
  return observer.initial;
}

/** Drops an observer; answers whether it existed. */
export function unobserve(oid: number): boolean {
  var key = String(oid);
  var observer = observers[key];
  if (!observer) return false;
  delete observers[key];
  silence(observer.api);
  return true;
}

export function resetObservers(): void {
  for (var key in observers) {
    if (Object.prototype.hasOwnProperty.call(observers, key)) silence(observers[key].api);
  }
  observers = {};
}

function notifier(oid: number, prop: string, observer: Observer): (args: Raw) => void {
  return function (args: Raw): void {
    // Max also calls back with ["id", n] when the object changes: only property values are events.
    if (!args || args[0] !== prop) return;
    var value: Raw = Array.prototype.slice.call(args, 1);
    if (observer.initial === null) {
      observer.initial = value;
      return;
    }
    dispatching++;
    try {
      outlet(0, MSG_EVENT, JSON.stringify({ oid: oid, v: value }));
    } finally {
      dispatching--;
    }
  };
}

function silence(api: LiveAPI): void {
  api.property = "";
  api.id = 0;
}
