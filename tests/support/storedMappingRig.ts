// The demo set in a rig whose device keeps its mapping in [pattr p0_mapping], and the musician's edits of
// it in the device: what the tests of the stored mapping share.
import * as assert from "uvu/assert";
import type { MappingDocument } from "../../src/control/Mapping";
import type { Atom } from "../../src/wire/protocol";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { Rig, type RigOptions } from "../../src/sim/max/Rig";
import { appOf } from "./rigWith";
import { fixture } from "../sim/simSets";
import { menuItem } from "./menuItems";

export async function started(options: Omit<RigOptions, "set"> = {}): Promise<Rig> {
  const rig = new Rig({ set: LiveSet.fromDescription(fixture("demo")), ...options });
  await rig.start();
  await rig.advance(100);
  return rig;
}

export function active(rig: Rig): MappingDocument | undefined {
  return appOf(rig).control.store.active;
}

export function sent(rig: Rig, selector: string, since = 0): Atom[][] {
  return rig.fromNode.slice(since).filter((m) => m[0] === selector).map((m) => m.slice(1));
}

/** The index of action `id` in the press menu (0 is "-"). */
export function item(rig: Rig, id: string): number {
  return menuItem(appOf(rig).control.registry, "press", id);
}

/** The musician edits knob 1's press in the device: one mapping edit, stored with the set. */
export async function edit(rig: Rig, id: string): Promise<MappingDocument> {
  rig.sendToNode("ui_action", 1, "press", item(rig, id));
  await rig.settle();
  const doc = active(rig);
  assert.is(doc?.groups[0]?.encoders[0]?.press, id);
  assert.is(rig.storedMapping, JSON.stringify(doc));
  return JSON.parse(JSON.stringify(doc)) as MappingDocument;
}
