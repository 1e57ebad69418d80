// The bundle's reads of [pattr p0_mapping] crossing Live's own outputs, end to end through the rig, the
// real bundle and the real shim: the patcher sends every output as mapping_stored, and the bundle tells a
// read's answer from Live's output by order (src/ui/StoredMappingReads.ts). Whatever the order, the device
// ends on what the [pattr] holds, the musician's edit is kept, and nothing Live handed it is stored back.
import { test } from "uvu";
import * as assert from "uvu/assert";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import type { Rig } from "../../src/sim/max/Rig";
import { appOf } from "../support/rigWith";
import { active, edit, item, sent, started } from "../support/storedMappingRig";

const DEFAULT = defaultMapping as MappingDocument;

/** What [pattr p0_mapping] holds, as a document; the default when it holds nothing. */
function held(rig: Rig): MappingDocument {
  const stored = rig.storedMapping;
  return stored === undefined ? DEFAULT : (JSON.parse(stored) as MappingDocument);
}

/** How many times the active mapping changes from now on. */
function changes(rig: Rig): { count: number } {
  const seen = { count: 0 };
  appOf(rig).control.store.onChange(() => seen.count++);
  return seen;
}

const orders = ["read, edit, undo", "read, undo, edit", "undo, read, edit", "edit, read, undo"] as const;

test("Live's undo output while a read waits, after a store: the device ends on what the [pattr] holds, the edit kept", async () => {
  for (const order of orders) {
    const rig = await started({ undo: "outputs" });
    const first = await edit(rig, "log.set");
    await edit(rig, "scene.fire");
    const mark = rig.fromNode.length;
    // Each step only queues its messages (Max hands them over asynchronously), except Live's undo,
    // which changes the [pattr] at once and queues its output: the bundle sees them in this order.
    const steps = {
      read: () => appOf(rig).ui.readStored(),
      edit: () => rig.sendToNode("ui_action", 1, "press", item(rig, "transport.tapTempo")),
      undo: () => rig.undoMappingEdit(),
    };
    for (const step of order.split(", ")) steps[step as keyof typeof steps]();
    assert.equal(rig.storedAtoms, [JSON.stringify(first)], `${order}: Live undid the second edit`);
    await rig.settle();
    assert.equal(active(rig), held(rig), order);
    assert.is(active(rig)?.groups[0]?.encoders[0]?.press, "transport.tapTempo", `${order}: the edit is kept`);
    assert.is(sent(rig, "mapping_store", mark).length, 1, `${order}: only the edit is stored, nothing Live handed back`);
    assert.equal(rig.posts("error"), [], order);
  }
});

test("an empty [pattr] that does not answer a read, then Live's undo: applied, not ignored", async () => {
  // One edit: the undo empties the [pattr], whose output the read asked again would never bring.
  const one = await started({ emptyBang: "nothing" });
  assert.is(one.storedMapping, undefined);
  await edit(one, "log.set");
  one.undoMappingEdit();
  await one.settle();
  assert.is(one.storedMapping, undefined);
  assert.equal(active(one), DEFAULT, "the undo to nothing stored brings the default back");

  // Two edits: the undo's output counts as the read's answer, older than the edits: asked again.
  const two = await started({ emptyBang: "nothing" });
  const first = await edit(two, "log.set");
  await edit(two, "scene.fire");
  const seen = changes(two);
  two.undoMappingEdit();
  await two.settle();
  assert.equal(active(two), first, "the undo is applied");
  assert.equal(active(two), held(two));
  assert.is(seen.count, 1, "once, by the answer to the read asked again");
  two.undoMappingEdit();
  await two.settle();
  assert.equal(active(two), DEFAULT, "no read waits now: Live's output is applied at once");
  assert.equal(sent(two, "mapping_store").length, 2, "only the two edits were stored");
});

test("a read answered after the bundle stored again: the answer is ignored, the read asked again, and it ends on the edit", async () => {
  const rig = await started();
  await edit(rig, "log.set");
  const mark = rig.fromNode.length;
  const seen = changes(rig);
  appOf(rig).ui.readStored();
  rig.sendToNode("ui_action", 1, "press", item(rig, "scene.fire"));
  await rig.settle();
  assert.is(sent(rig, "mapping_read", mark).length, 2, "the read, and the read asked again");
  assert.is(seen.count, 1, "only the edit changed the mapping: the stale answer never did");
  assert.not.ok(sent(rig, "status", mark).some((line) => String(line[1]).startsWith("restored")), "nothing restored");
  assert.is(active(rig)?.groups[0]?.encoders[0]?.press, "scene.fire");
  assert.equal(active(rig), held(rig));
});

test("two reads crossing an edit (a preset load's and the ready's): neither answer brings the older copy back", async () => {
  const rig = await started();
  await edit(rig, "log.set");
  const seen = changes(rig);
  appOf(rig).ui.readStored();
  rig.sendToNode("ui_action", 1, "press", item(rig, "transport.tapTempo"));
  appOf(rig).ui.readStored();
  await rig.settle();
  assert.is(seen.count, 1, "only the edit changed the mapping");
  assert.is(active(rig)?.groups[0]?.encoders[0]?.press, "transport.tapTempo");
  assert.equal(active(rig), held(rig));
});

test.run();
