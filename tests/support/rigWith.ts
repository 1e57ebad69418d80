// Starts the real bundle and shim over a simulated set built from a fixture or a description.
import { LiveSet, type LiveOptions, type SetDescription } from "../../src/sim/live/LiveSet";
import { fixture } from "../sim/simSets";
import { Rig, type RigOptions } from "../../src/sim/max/Rig";
import type { Protocol0 } from "../../src/host/Protocol0";

export interface Running {
  set: LiveSet;
  rig: Rig;
  app: Protocol0;
}

/** The app inside the bundle the rig runs now (a new object after a Node restart). */
export function appOf(rig: Rig): Protocol0 {
  return (rig.bundle as { app: Protocol0 }).app;
}

/**
 * `options`: what the simulated Live application is (its version, whether it has undo steps); `device`:
 * what the device holds when the set opens (its stored parameters).
 */
export async function rigWith(description: SetDescription | string, options: LiveOptions = {}, device: Omit<RigOptions, "set"> = {}): Promise<Running> {
  const set = LiveSet.fromDescription(typeof description === "string" ? fixture(description) : description, options);
  const rig = new Rig({ ...device, set });
  await rig.start();
  return { set, rig, get app() { return appOf(rig); } };
}
