// Observers: one LiveAPI object per observed property, each pushing `lom_event` on change.
import type { Raw, Target } from "../lom/protocol";
import { MSG_EVENT } from "../lom/protocol";
import { requireProperty } from "./classShape";
import { retarget } from "./target";

var observers: { [oid: string]: LiveAPI } = {};
var dispatching = 0;

/** True while an observer callback runs: Live refuses LOM writes from a notification. */
export function inNotification(): boolean {
  return dispatching > 0;
}

/** `locator` is the shared worker: it checks the target, so each observer costs exactly one LiveAPI object. */
export function observe(locator: LiveAPI, oid: number, target: Target, prop: string): void {
  unobserve(oid);
  retarget(locator, target);
  requireProperty(locator, prop);
  var api = new LiveAPI(notifier(oid, prop));
  api.id = Number(locator.id);
  // Setting the property starts observation; Live answers with the current value at once.
  api.property = prop;
  observers[String(oid)] = api;
}

/** Drops an observer; answers whether it existed. */
export function unobserve(oid: number): boolean {
  var key = String(oid);
  var observer = observers[key];
  if (!observer) return false;
  delete observers[key];
  silence(observer);
  return true;
}

export function resetObservers(): void {
  for (var key in observers) {
    if (Object.prototype.hasOwnProperty.call(observers, key)) silence(observers[key]);
  }
  observers = {};
}

function notifier(oid: number, prop: string): (args: Raw) => void {
  return function (args: Raw): void {
    // Max also calls back with ["id", n] when the object changes: only property values are events.
    if (!args || args[0] !== prop) return;
    dispatching++;
    try {
      outlet(0, MSG_EVENT, JSON.stringify({ oid: oid, v: Array.prototype.slice.call(args, 1) }));
    } finally {
      dispatching--;
    }
  };
}

function silence(api: LiveAPI): void {
  api.property = "";
  api.id = 0;
}
