// The device's mapping UI through the whole simulated device: the patcher's messages into the real bundle,
// what the bundle sends back to the UI, the mapping stored with the set, and the knobs acting on it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import type { Atom } from "../../src/lom/protocol";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { Rig } from "../../src/sim/max/Rig";
import { VirtualEc4 } from "../../src/sim/VirtualEc4";
import { appOf } from "../support/rigWith";
import { fixture } from "../sim/simSets";
import { nativePath } from "../../src/host/MaxFiles";

const DEFAULT = defaultMapping as MappingDocument;

async function started(storedMapping?: string): Promise<Rig> {
  const rig = new Rig({ set: LiveSet.fromDescription(fixture("demo")), storedMapping });
  await rig.start();
  return rig;
}

/** The messages the bundle sent to the patcher with this selector, from index `since` of rig.fromNode. */
function sent(rig: Rig, selector: string, since = 0): Atom[][] {
  return rig.fromNode.slice(since).filter((m) => m[0] === selector).map((m) => m.slice(1));
}

async function send(rig: Rig, ...atoms: Atom[]): Promise<number> {
  const mark = rig.fromNode.length;
  rig.sendToNode(...atoms);
  await rig.settle();
  return mark;
}

function encoderLines(group: MappingDocument["groups"][number]): Atom[][] {
  return Array.from({ length: 16 }, (_, i) => {
    const e = group.encoders.find((encoder) => encoder.position === i + 1);
    return [i + 1, e?.label ?? "-", e?.press ?? "-", e?.longPress ?? "-", e?.scroll ?? "-"];
  });
}

function active(rig: Rig): MappingDocument | undefined {
  return appOf(rig).control.store.active;
}

function tempFile(name: string, content?: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "p0-ui-")), name);
  if (content !== undefined) writeFileSync(path, content);
  return path;
}

test("at start the UI gets every action id, the group names and the first group's 16 knobs", async () => {
  const rig = await started();
  const registry = appOf(rig).control.registry;
  assert.equal(sent(rig, "ui_actions").pop(), registry.all().map((a) => a.id));
  assert.equal(sent(rig, "ui_groups").pop(), DEFAULT.groups.map((g) => g.name));
  assert.equal(sent(rig, "ui_encoder").slice(-16), encoderLines(DEFAULT.groups[0]!));
});

test("selecting a group sends its 16 knobs; a group that does not exist is a warning", async () => {
  const rig = await started();
  let mark = await send(rig, "ui_group", 1);
  assert.equal(sent(rig, "ui_encoder", mark), encoderLines(DEFAULT.groups[1]!));
  mark = await send(rig, "ui_group", 99);
  assert.equal(sent(rig, "ui_encoder", mark), []);
  assert.match(String(sent(rig, "status", mark)[0]?.[1]), /no group 99/);
});

test("editing a knob's action stores the new document and the knob then runs the new action", async () => {
  const rig = await started();
  const mark = await send(rig, "ui_action", 1, "press", "log.set");
  const stored = sent(rig, "mapping_store", mark);
  assert.is(stored.length, 1);
  const doc = JSON.parse(String(stored[0]?.[0])) as MappingDocument;
  const expected = JSON.parse(JSON.stringify(DEFAULT)) as MappingDocument;
  expected.groups[0]!.encoders[0]!.press = "log.set";
  assert.equal(doc, expected);
  assert.equal(active(rig), expected);
  assert.equal(sent(rig, "ui_encoder", mark)[0], [1, "TAP", "log.set", "-", "transport.tempo"]);

  const consoleMark = rig.console.length;
  const statusMark = rig.fromNode.length;
  await new VirtualEc4(rig, () => active(rig)).press("Main", 1);
  const said = [...rig.console.slice(consoleMark).map((l) => l.text), ...sent(rig, "status", statusMark).map((s) => s.join(" "))];
  assert.ok(said.some((line) => line.includes("Log set")), said.join("\n"));
  assert.not.ok(said.some((line) => line.includes("Tap tempo")), said.join("\n"));
});

test("clearing an action with '-' and refusing one the gesture cannot take", async () => {
  const rig = await started();
  let mark = await send(rig, "ui_action", 1, "scroll", "-");
  assert.is(active(rig)?.groups[0]?.encoders[0]?.scroll, undefined);
  assert.equal(sent(rig, "ui_encoder", mark)[0], [1, "TAP", "transport.tapTempo", "-", "-"]);
  const before = active(rig);
  mark = await send(rig, "ui_action", 1, "scroll", "track.arm");
  assert.equal(sent(rig, "mapping_store", mark), []);
  assert.equal(active(rig), before);
  assert.equal(sent(rig, "status", mark), [["error", 'mapping unchanged: /groups/0/encoders/0/scroll: action "track.arm" does not accept scroll (1 error)']]);
});

test("importing a valid file replaces the mapping; an invalid one changes nothing and says why", async () => {
  const rig = await started();
  const imported: MappingDocument = { ...DEFAULT, longPressMs: 400, groups: [DEFAULT.groups[1]!] };
  let mark = await send(rig, "mapping_import", tempFile("good.json", JSON.stringify(imported)));
  assert.equal(active(rig), imported);
  assert.equal(JSON.parse(String(sent(rig, "mapping_store", mark)[0]?.[0])), imported);
  assert.equal(sent(rig, "ui_groups", mark), [[imported.groups[0]!.name]]);

  const broken = { ...imported, longPressMs: 1, groups: [{ ...imported.groups[0], addressing: { channel: 40 } }] };
  mark = await send(rig, "mapping_import", tempFile("bad.json", JSON.stringify(broken)));
  assert.equal(active(rig), imported, "nothing replaced");
  assert.equal(sent(rig, "mapping_store", mark), []);
  const [status] = sent(rig, "status", mark);
  assert.is(status?.[0], "error");
  assert.match(String(status?.[1]), /^mapping unchanged: \/longPressMs: must be >= 17 \(2 errors\)$/);

  mark = await send(rig, "mapping_import", tempFile("not.json", "{ nope"));
  assert.is(sent(rig, "status", mark)[0]?.[0], "error");
  mark = await send(rig, "mapping_import", "/no/such/file.json");
  assert.match(String(sent(rig, "status", mark)[0]?.[1]), /no\/such\/file\.json/);
  assert.equal(active(rig), imported);
});

test("a Max-style path is converted before the file is read", async () => {
  const rig = await started();
  const path = tempFile("max.json", JSON.stringify({ ...DEFAULT, longPressMs: 300 }));
  await send(rig, "mapping_import", `Macintosh HD:${path}`);
  assert.is(active(rig)?.longPressMs, 300);
  assert.is(nativePath("C:/Users/me/map.json"), "C:/Users/me/map.json");
  assert.is(nativePath("Macintosh HD:/Users/me/map.json", () => false), "/Users/me/map.json");
  assert.is(nativePath("Data:/maps/map.json", (dir) => dir === "/Volumes/Data"), "/Volumes/Data/maps/map.json");
  assert.is(nativePath("/tmp/x.json"), "/tmp/x.json");
});

test("export writes the active document", async () => {
  const rig = await started();
  await send(rig, "ui_action", 2, "scroll", "track.volume");
  const path = tempFile("export.json");
  const mark = await send(rig, "mapping_export", path);
  assert.equal(JSON.parse(readFileSync(path, "utf8")), active(rig));
  assert.is(sent(rig, "status", mark)[0]?.[0], "info");
});

test("the mapping saved with the set is restored at start; an empty one keeps the default", async () => {
  const saved: MappingDocument = { ...DEFAULT, longPressMs: 500 };
  const rig = await started(JSON.stringify(saved));
  assert.equal(active(rig), saved);
  assert.equal(sent(rig, "mapping_store"), [], "restoring does not store again");
  const fresh = await started();
  assert.equal(active(fresh), DEFAULT);
  const broken = await started('{"version":2}');
  assert.equal(active(broken), DEFAULT);
  assert.is(sent(broken, "status")[0]?.[0], "error");
});

test("after a Node restart the bundle gets the mapping the patcher stored", async () => {
  const rig = await started();
  await send(rig, "ui_action", 1, "press", "log.set");
  const edited = active(rig);
  await rig.restartNode();
  assert.equal(active(rig), edited);
  assert.is(rig.storedMapping, JSON.stringify(edited));
});

test("a ready message refreshes the UI and a malformed edit is a warning, never a throw", async () => {
  const rig = await started();
  let mark = await send(rig, "ready");
  assert.is(sent(rig, "ui_encoder", mark).length, 16);
  mark = await send(rig, "ui_action", "x", "spin");
  assert.is(sent(rig, "status", mark)[0]?.[0], "warn");
  assert.equal(rig.posts("error"), []);
});

test.run();
