// The mapping stored with the set follows Live, end to end through the rig and the real bundle: what
// Live puts in [pattr p0_mapping] (set load, preset load, undo and redo of a mapping edit, with the
// undo making the [pattr] output or restoring it silently: src/sim/max/StoredParameter.ts) becomes the
// active mapping when valid; an invalid copy is kept out and the status line says so; the bundle never
// stores back what Live handed it.
import { MAPPING_VERSION } from "../../src/control/MappingMigrations";
import { test } from "uvu";
import * as assert from "uvu/assert";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { Rig } from "../../src/sim/max/Rig";
import type { UndoNotice } from "../../src/sim/max/StoredParameter";
import { REFUSED } from "../../src/ui/StatusLine";
import { appOf } from "../support/rigWith";
import { fixture } from "../sim/simSets";
import { VirtualEc4 } from "../../src/sim/VirtualEc4";
import { active, edit, item, sent, started } from "../support/storedMappingRig";

const DEFAULT = defaultMapping as MappingDocument;

const withPress = (id: string): MappingDocument => {
  const doc = JSON.parse(JSON.stringify(DEFAULT)) as MappingDocument;
  const first = doc.groups[0]?.encoders[0];
  if (first) first.press = id;
  return doc;
};

const lastStatus = (rig: Rig): string => (sent(rig, "status").pop() ?? []).join(" ");

test("set reload: the copy Live saved is output at load, dropped before the script runs, and read at start", async () => {
  const first = await started();
  const edited = await edit(first, "log.set");
  const rig = new Rig({ set: LiveSet.fromDescription(fixture("demo")), storedMapping: first.storedMapping });
  await rig.start();
  assert.equal(active(rig), edited);
  assert.equal(sent(rig, "mapping_store"), [], "nothing stored back");
  // Said once the stored copy is read; the end of reading the set may say ready after it.
  assert.ok(sent(rig, "status").some((line) => line.join(" ") === `info restored: ${DEFAULT.groups.length} groups loaded`));
  assert.equal(rig.console, [], "nothing on the console on load");
});

test("preset load: the preset's mapping becomes active, its second ready reads it again, nothing is stored back", async () => {
  const rig = await started();
  await edit(rig, "log.set");
  const preset = withPress("transport.tapTempo");
  preset.longPressMs = 700;
  const mark = rig.fromNode.length;
  rig.loadPreset(JSON.stringify(preset));
  await rig.advance(300);
  assert.equal(active(rig), preset);
  assert.is(rig.storedMapping, JSON.stringify(preset));
  assert.equal(sent(rig, "mapping_store", mark), []);
  assert.ok(sent(rig, "status", mark).some((line) => line.join(" ") === `info restored: ${DEFAULT.groups.length} groups loaded`));
  assert.is(appOf(rig).syncCount, 1, "a structure check, not a resync");
  assert.equal(rig.posts("error"), []);
});

test("a preset without a stored mapping brings the default back", async () => {
  const rig = await started();
  await edit(rig, "log.set");
  rig.loadPreset(undefined);
  await rig.advance(300);
  assert.equal(active(rig), DEFAULT);
});

test("undo that makes the [pattr] output: the edit is undone at once, redo brings it back, nothing is stored back", async () => {
  const rig = await started({ undo: "outputs" });
  const before = await edit(rig, "log.set");
  const edited = await edit(rig, "scene.fire");
  const mark = rig.fromNode.length;
  rig.undoMappingEdit();
  await rig.settle();
  assert.equal(active(rig), before);
  assert.equal(sent(rig, "ui_encoder", mark).find((cell) => cell[0] === 1)?.slice(2, 4), ["press", "Log set"], "the grid shows it");
  rig.redoMappingEdit();
  await rig.settle();
  assert.equal(active(rig), edited);
  rig.undoMappingEdit();
  rig.undoMappingEdit();
  await rig.settle();
  assert.equal(active(rig), DEFAULT, "undoing the first edit: nothing stored, the default");
  assert.equal(sent(rig, "mapping_store", mark), [], "no store loop");
  assert.equal(rig.posts("error"), []);
});

test("a silent undo: the next moment the bundle can read (a second ready, a restart, a reload) it follows Live", async () => {
  for (const moment of ["second ready", "Node restart", "set reload"] as const) {
    const rig = await started({ undo: "silent" });
    const before = await edit(rig, "log.set");
    await edit(rig, "scene.fire");
    rig.undoMappingEdit();
    await rig.settle();
    assert.is(active(rig)?.groups[0]?.encoders[0]?.press, "scene.fire", `${moment}: the bundle cannot know yet`);
    const mark = rig.fromNode.length;
    let now = rig;
    if (moment === "second ready") {
      rig.thisDeviceBangs();
      await rig.advance(300);
    } else if (moment === "Node restart") {
      await rig.restartNode();
    } else {
      now = new Rig({ set: LiveSet.fromDescription(fixture("demo")), storedMapping: rig.storedMapping });
      await now.start();
    }
    assert.equal(active(now), before, moment);
    assert.equal(sent(now, "mapping_store", now === rig ? mark : 0), [], `${moment}: nothing stored back`);
    assert.is(now.storedMapping, JSON.stringify(before), moment);
  }
});

test("a silent undo then an edit: the edit builds on what the device shows, and Live's copy is the active one again", async () => {
  const rig = await started({ undo: "silent" });
  await edit(rig, "log.set");
  rig.undoMappingEdit();
  await rig.settle();
  const edited = await edit(rig, "scene.fire");
  assert.is(rig.storedMapping, JSON.stringify(edited));
  await rig.restartNode();
  assert.equal(active(rig), edited);
});

test("no store loop: Live handing back the document the bundle stored changes nothing and sends nothing", async () => {
  const rig = await started();
  await edit(rig, "log.set");
  const mark = rig.fromNode.length;
  rig.mapping.recall(rig.storedMapping);
  await rig.settle();
  appOf(rig).ui.readStored();
  await rig.settle();
  assert.equal(rig.fromNode.slice(mark).filter((m) => m[0] !== "mapping_read"), [], "no store, no status, no UI refresh");
});

test("an invalid stored copy arriving is kept out: the active mapping stays, the status line says so, nothing is stored", async () => {
  for (const bad of ['{"version":2}', "{not json", JSON.stringify({ ...DEFAULT, longPressMs: -5 })]) {
    const rig = await started();
    const edited = await edit(rig, "log.set");
    const mark = rig.fromNode.length;
    rig.loadPreset(bad);
    await rig.advance(300);
    assert.equal(active(rig), edited, bad);
    const statuses = sent(rig, "status", mark).map((line) => line.join(" "));
    assert.ok(statuses.length > 0 && statuses.every((line) => line.startsWith(`error ${REFUSED}: `)), statuses.join(" | "));
    assert.equal(sent(rig, "mapping_store", mark), [], bad);
    assert.is(rig.storedMapping, bad, "Live's copy is Live's: not overwritten");
  }
});

test("a refused stored copy is never replaced by an edit of the mapping in use; an import may replace it", async () => {
  const rig = await started();
  const newer = JSON.stringify({ ...DEFAULT, version: MAPPING_VERSION + 1 });
  rig.loadPreset(newer);
  await rig.advance(300);
  const mark = rig.fromNode.length;
  rig.sendToNode("ui_action", 1, "press", item(rig, "log.set"));
  await rig.advance(100);
  assert.equal(sent(rig, "mapping_store", mark), [], "nothing stored over the musician's copy");
  assert.is(rig.storedMapping, newer);
  assert.match(lastStatus(rig), /^warn the mapping stored with the set was not applied: import a mapping/);
});

test("a read answered after the bundle stored again is ignored: the newer edit stays", async () => {
  const rig = await started();
  await edit(rig, "log.set");
  // The read goes out, then a knob edit arrives before the answer comes back.
  appOf(rig).ui.readStored();
  rig.sendToNode("ui_action", 1, "press", item(rig, "scene.fire"));
  await rig.settle();
  assert.is(active(rig)?.groups[0]?.encoders[0]?.press, "scene.fire");
  assert.is(rig.storedMapping, JSON.stringify(active(rig)));
});

test("a stored copy naming an action no action has keeps everything else: shown as unknown, doing nothing, told once", async () => {
  const saved = withPress("transport.tapTempoo");
  saved.longPressMs = 600;
  const stored = JSON.stringify(saved);
  const rig = new Rig({ set: LiveSet.fromDescription(fixture("demo")), storedMapping: stored });
  await rig.start();
  await rig.advance(100);
  assert.equal(active(rig), saved, "the whole stored document is the active mapping");
  const warnings = sent(rig, "status").filter((line) => line[0] === "warn");
  assert.equal(warnings, [["warn", "Main knob 1, press: unknown: transport.tapTempoo, kept and doing nothing: choose another action"]]);
  assert.equal(sent(rig, "ui_encoder").filter((cell) => cell[0] === 1).pop()?.slice(2, 4), ["press", "unknown: transport.tapTempoo"]);
  assert.equal(sent(rig, "mapping_store"), [], "the stored copy is not replaced");

  const mark = rig.fromNode.length;
  const consoleMark = rig.console.length;
  await new VirtualEc4(rig, () => active(rig)).press("Main", 1);
  const said = sent(rig, "status", mark).map((line) => line.join(" "));
  assert.equal(said.length, 1, said.join(" | "));
  assert.match(said[0] ?? "", /^warn .*unknown action "transport\.tapTempoo"/);
  assert.equal(rig.console.slice(consoleMark).filter((line) => line.text.includes("tapTempoo")).length, 1, "one warning a press");

  rig.thisDeviceBangs();
  await rig.advance(300);
  assert.not.ok(sent(rig, "status", mark).some((line) => line[1] !== undefined && String(line[1]).startsWith("Main knob 1, press: unknown")), "told once");
  assert.is(rig.storedMapping, stored, "Live's copy stays as it was stored");

  await edit(rig, "log.set");
  assert.is(active(rig)?.longPressMs, 600, "an edit builds on the stored document, not on the default");
});

const variants: UndoNotice[] = ["outputs", "silent"];
test("either undo variant: after a restart the active mapping is Live's stored copy", async () => {
  for (const undo of variants) {
    const rig = await started({ undo });
    await edit(rig, "log.set");
    await edit(rig, "scene.fire");
    rig.undoMappingEdit();
    await rig.settle();
    await rig.restartNode();
    assert.is(JSON.stringify(active(rig)), rig.storedMapping, undo);
  }
});

test.run();
