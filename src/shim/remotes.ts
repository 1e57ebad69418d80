// The device's [live.remote~] objects, out of the shim's second outlet: `<slot> id <n>` takes hold of a
// DeviceParameter, `<slot> id 0` lets it go, `<slot> <value>` sets what Live plays (the patcher routes each
// slot to its own [live.remote~]: scripts/patchers/remotes.ts). Cycling '74's live.remote~ reference: a
// held parameter follows the values "with a constant latency of a single audio buffer", Live disables it
// and keeps the value stored in the set, and "no undo steps are created". So a knob's turn on a parameter
// goes through a remote detent by detent, and only the write once the knob rests reaches the undo history.
//
// A pool of REMOTE_SLOTS, one slot a parameter held at once: two hands turn two knobs, and one knob may
// turn several volumes together. A parameter beyond the pool is written with LiveAPI, an undo entry a
// detent, as Live records any write.
import type { Atom, Target } from "../wire/protocol";
import { REMOTE_OUTLET, REMOTE_SLOTS } from "../wire/protocol";
import { chargeCall } from "./budget";
import { at, forgetPointed } from "./target";

/** The target each slot holds (by the target as the bundle names it), "" when free. */
var held: string[] = [];
for (var s = 0; s < REMOTE_SLOTS; s++) held.push("");

/** LiveAPI calls `hold` may make: resolving a path or a re-target, and the write when the pool is full. */
export var HOLD_CALLS = 2;

/** Sends `value` to the slot holding `target`, taking a free one first; with none free, writes it with LiveAPI. */
export function hold(target: Target, value: number): void {
  var slot = held.indexOf(String(target));
  if (slot < 0) {
    slot = held.indexOf("");
    if (slot < 0) return writeValue(target, value);
    var id = typeof target === "number" ? target : Number(at(target).id);
    held[slot] = String(target);
    outlet(REMOTE_OUTLET, slot, "id", id);
  }
  outlet(REMOTE_OUTLET, slot, value);
}

/** Lets `target` go (`id 0`): Live enables it again and plays its stored value until it is written. */
export function release(target: Target): void {
  var slot = held.indexOf(String(target));
  if (slot < 0) return;
  held[slot] = "";
  outlet(REMOTE_OUTLET, slot, "id", 0);
}

/** Lets every parameter go: a bundle that stopped mid-turn left them held (the next one's hello). */
export function releaseAll(): void {
  for (var slot = 0; slot < REMOTE_SLOTS; slot++) {
    if (held[slot] === "") continue;
    held[slot] = "";
    outlet(REMOTE_OUTLET, slot, "id", 0);
  }
}

function writeValue(target: Target, value: number): void {
  var api = at(target);
  chargeCall();
  forgetPointed();
  api.set("value", value as Atom);
}
