// The main device's [live.remote~] pool behind the shim's REMOTE_OUTLET: [route 0 1 …] picks a slot's
// object, its [route id] sends `id N` to the right inlet and a value to the left (scripts/patchers/remotes.ts).
// Each [live.remote~] as Cycling '74's reference describes it:
// - right inlet `id N`: "Sets the current object … The message has no effect if the id is not a
//   DeviceParameter"; `id 0` "means no object, i.e. the remote stops controlling the DeviceParameter";
// - left inlet, a number: applied to the parameter "with a constant latency of a single audio buffer" (well
//   inside a 17 ms tick), each event ramped over `smoothing`, 1 ms by default: modelled as at once;
// - while it holds a parameter, Live disables it (is_enabled 0), "the value in the Live set is not changed"
//   and "no undo steps are created" (src/sim/live/DeviceParameter.ts).
// Silent in the reference, so the cautious case: what a parameter plays between being taken and the first
// value is its stored value, and once let go it plays its stored value again (not the remote's last) until
// a write lands. A value outside [min, max] is clamped.
import type { Atom } from "../../wire/protocol";
import { DeviceParameter } from "../live/DeviceParameter";
import type { LiveSet } from "../live/LiveSet";

export class LiveRemote {
  private held: DeviceParameter | null = null;

  constructor(private readonly set: LiveSet) {}

  /** Right inlet: `id N`. */
  id(id: number): void {
    const next = id === 0 ? null : this.set.objectById(id);
    if (next !== null && !(next instanceof DeviceParameter)) return;
    if (this.held) this.held.remote = null;
    this.held = next;
    if (next) next.remote = next.value;
  }

  /** Left inlet: a value Live plays on the held parameter. */
  value(value: number): void {
    const held = this.held;
    if (!held || !held.alive) return;
    held.remote = Math.min(held.max, Math.max(held.min, value));
  }

  /** The parameter it holds (tests look). */
  get holds(): DeviceParameter | null {
    return this.held;
  }
}

/** The pool as the patcher routes the shim's messages to it: `<slot> id N` or `<slot> <value>`. */
export class LiveRemotes {
  readonly slots: readonly LiveRemote[];

  constructor(set: LiveSet, count: number) {
    this.slots = Array.from({ length: count }, () => new LiveRemote(set));
  }

  receive(atoms: readonly Atom[]): string | null {
    const [slot, first, second] = atoms;
    const remote = typeof slot === "number" ? this.slots[slot] : undefined;
    // [route 0 1 …] passes what matches no slot out of its last outlet, which nothing takes.
    if (!remote) return `no live.remote~ slot ${String(slot)}`;
    if (first === "id" && typeof second === "number") remote.id(second);
    else if (typeof first === "number" && atoms.length === 2) remote.value(first);
    else return `live.remote~ does not understand ${atoms.slice(1).join(" ")}`;
    return null;
  }
}
