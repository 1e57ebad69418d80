// The device's mapping UI through the whole simulated device: the patcher's messages into the real bundle,
// what the bundle sends back to the UI, the mapping stored with the set, and the knobs acting on it.
import { bindingTitle } from "../../src/ui/BindingText";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import type { Gesture } from "../../src/actions/Action";
import type { ActionRegistry } from "../../src/actions/ActionRegistry";
import type { Atom } from "../../src/wire/protocol";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { Rig } from "../../src/sim/max/Rig";
import { VirtualEc4 } from "../../src/sim/VirtualEc4";
import { appOf } from "../support/rigWith";
import { fixture } from "../sim/simSets";
import { nativePath } from "../../src/host/MaxFiles";
import { menuIds, menuItem } from "../support/menuItems";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

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

type Group = MappingDocument["groups"][number];

function registryOf(rig: Rig): ActionRegistry {
  return appOf(rig).control.registry;
}

function menu(rig: Rig, gesture: Gesture): string[] {
  return menuIds(registryOf(rig), gesture);
}

/** The menu index the patcher sends for an action: 0 is "-", n the nth title of that gesture's ui_actions. */
function item(rig: Rig, id: string, gesture: Gesture = "press"): number {
  const index = menuItem(registryOf(rig), gesture, id);
  assert.ok(index > 0, id);
  return index;
}

/** The grid cells a group should show, written out from the catalogue's titles. */
function encoderLines(rig: Rig, group: Group): Atom[][] {
  const names = { press: "press", longPress: "long", doublePress: "double", scroll: "turn" } as const;
  return Array.from({ length: 16 }, (_, i) => {
    const e = group.encoders.find((encoder) => encoder.position === i + 1);
    if (e === undefined) return [i + 1, "-"];
    // The shift knob says so; shift actions are in the help column, not the cell.
    // Each part a gesture word and its title; the shift knob's role has no gesture word ("-").
    const actions = (["press", "longPress", "doublePress", "scroll"] as const).flatMap((g) => {
      const binding = e[g];
      return binding === undefined ? [] : [names[g], bindingTitle(registryOf(rig), binding)];
    });
    if (e.role === "shift") actions.unshift("-", "shift");
    return [i + 1, e.label, ...actions];
  });
}

function active(rig: Rig): MappingDocument | undefined {
  return appOf(rig).control.store.active;
}

function tempFile(name: string, content?: string): string {
  const path = join(temporaryFolder("p0-ui"), name);
  if (content !== undefined) writeFileSync(path, content);
  return path;
}

test("at start each gesture's menu gets the titles of the actions that accept it, then the groups, the first group's 16 knobs and a ready status", async () => {
  const rig = await started();
  const titles = (gesture: Gesture) => menu(rig, gesture).map((id) => registryOf(rig).get(id)?.title ?? id);
  assert.equal(sent(rig, "ui_actions").slice(-3), (["press", "longPress", "scroll"] as const).map((g) => [g, ...titles(g)]));
  assert.ok(titles("scroll").includes("Tempo") && !titles("scroll").includes("Metronome"), "a press-only action is not in the scroll menu");
  assert.ok(titles("press").includes("Metronome") && !titles("press").includes("Tempo"), "a scroll-only action is not in the press menu");
  for (const gesture of ["press", "longPress", "scroll"] as const) {
    assert.is(new Set(titles(gesture)).size, titles(gesture).length, "menu items are told apart by their titles");
  }
  assert.equal(sent(rig, "ui_groups").pop(), DEFAULT.groups.map((g) => g.name));
  assert.equal(sent(rig, "ui_encoder").slice(-16), encoderLines(rig, DEFAULT.groups[0]!));
  assert.equal(sent(rig, "ui_encoder").slice(-16)[0], [1, "TAP", "press", "Tap tempo", "turn", "Tempo"]);
  assert.equal(sent(rig, "ui_knob").pop(), [1, item(rig, "transport.tapTempo"), 0, item(rig, "transport.tempo", "scroll")]);
  assert.equal(sent(rig, "ui_editing").pop(), ["Main knob 1 · TAP"]);
  assert.equal(sent(rig, "ui_help").pop(), [
    "With shift: press Metronome · turn Tempo (fine). Tap tempo: Taps the song tempo. Tempo: Changes the song tempo, one BPM a detent unless the mapping gives another step (a fast turn moves further). Metronome: Toggles the metronome. Tempo (fine): Changes the song tempo by 0.1 BPM a detent (a fast turn moves further).",
  ]);
  assert.equal(sent(rig, "status")[0], ["info", `ready: ${defaultMapping.groups.length} groups loaded`]);
});

test("clicking a knob shows its actions in the editor and describes them; the knob stays edited across groups", async () => {
  const rig = await started();
  let mark = await send(rig, "ui_knob", 16);
  assert.equal(sent(rig, "ui_knob", mark), [[16, item(rig, "scene.fire"), item(rig, "scene.loop", "longPress"), item(rig, "nav.scenes", "scroll")]]);
  assert.equal(sent(rig, "ui_editing", mark), [["Main knob 16 · SCEN"]], "the heading names the group and the position");
  const help = String(sent(rig, "ui_help", mark)[0]?.[0]);
  for (const id of ["scene.fire", "scene.loop", "nav.scenes"]) {
    const action = registryOf(rig).get(id);
    assert.ok(help.includes(`${action?.title}: ${action?.description}`), help);
  }
  assert.is(appOf(rig).ui.selectedKnob, 16);

  mark = await send(rig, "ui_group", 4);
  assert.is(DEFAULT.groups[4]?.encoders.find((e) => e.position === 16), undefined, "the Test group has no knob 16");
  assert.equal(sent(rig, "ui_knob", mark), [[16, 0, 0, 0]]);
  assert.equal(sent(rig, "ui_editing", mark), [["Test knob 16"]], "an unmapped knob has no label");
  assert.equal(sent(rig, "ui_help", mark), [["no action on this knob"]]);

  mark = await send(rig, "ui_knob", 17);
  assert.equal(sent(rig, "ui_knob", mark), []);
  assert.equal(sent(rig, "status", mark), [["warn", "no knob 17"]]);
});

test("selecting a group sends its 16 knobs; a group that does not exist is a warning", async () => {
  const rig = await started();
  let mark = await send(rig, "ui_group", 1);
  assert.equal(sent(rig, "ui_encoder", mark), encoderLines(rig, DEFAULT.groups[1]!));
  mark = await send(rig, "ui_group", 99);
  assert.equal(sent(rig, "ui_encoder", mark), []);
  assert.match(String(sent(rig, "status", mark)[0]?.[1]), /no group 99/);
});

test("editing a knob's action stores the new document and the knob then runs the new action", async () => {
  const rig = await started();
  const mark = await send(rig, "ui_action", 1, "press", item(rig, "log.set"));
  const stored = sent(rig, "mapping_store", mark);
  assert.is(stored.length, 1);
  const doc = JSON.parse(String(stored[0]?.[0])) as MappingDocument;
  const expected = JSON.parse(JSON.stringify(DEFAULT)) as MappingDocument;
  expected.groups[0]!.encoders[0]!.press = "log.set";
  assert.equal(doc, expected);
  assert.equal(active(rig), expected);
  assert.equal(sent(rig, "ui_encoder", mark)[0], [1, "TAP", "press", "Log set", "turn", "Tempo"]);
  assert.equal(sent(rig, "ui_knob", mark), [[1, item(rig, "log.set"), 0, item(rig, "transport.tempo", "scroll")]]);
  assert.equal(sent(rig, "status", mark), [["info", "Main TAP press: Log set"]]);

  const consoleMark = rig.console.length;
  const statusMark = rig.fromNode.length;
  await new VirtualEc4(rig, () => active(rig)).press("Main", 1);
  const said = [...rig.console.slice(consoleMark).map((l) => l.text), ...sent(rig, "status", statusMark).map((s) => s.join(" "))];
  assert.ok(said.some((line) => line.includes("Set: ") && line.includes("lines in the log")), said.join("\n"));
  assert.not.ok(said.some((line) => line.includes("Tap tempo")), said.join("\n"));
});

test("clearing an action with '-'; an imported action the gesture cannot take is refused in the device's words", async () => {
  const rig = await started();
  let mark = await send(rig, "ui_action", 1, "scroll", 0);
  assert.is(active(rig)?.groups[0]?.encoders[0]?.scroll, undefined);
  assert.equal(sent(rig, "ui_encoder", mark)[0], [1, "TAP", "press", "Tap tempo"]);
  assert.equal(sent(rig, "ui_help", mark), [["With shift: press Metronome · turn Tempo (fine). Tap tempo: Taps the song tempo. Metronome: Toggles the metronome. Tempo (fine): Changes the song tempo by 0.1 BPM a detent (a fast turn moves further)."]]);
  const before = active(rig);
  const doc = JSON.parse(JSON.stringify(DEFAULT)) as MappingDocument;
  doc.groups[0]!.encoders[3]!.scroll = "transport.metronome";
  mark = await send(rig, "mapping_import", tempFile("turned.json", JSON.stringify(doc)));
  assert.equal(sent(rig, "mapping_store", mark), []);
  assert.equal(active(rig), before);
  const error = "Main knob 4, turn: Metronome cannot be turned (/groups/0/encoders/3/scroll)";
  assert.equal(sent(rig, "status", mark), [["error", `mapping unchanged: ${error}`]]);
  assert.equal(sent(rig, "ui_help", mark), [[`1 error: 1. ${error}`]]);
});

test("a document with many errors: the status line names the first, the help area lists ten and counts the rest", async () => {
  const rig = await started();
  const doc = JSON.parse(JSON.stringify(DEFAULT)) as { groups: { encoders: { cc: unknown }[] }[] };
  for (const group of doc.groups) for (const encoder of group.encoders) encoder.cc = "one";
  const total = doc.groups.reduce((n, g) => n + g.encoders.length, 0);
  const mark = await send(rig, "mapping_import", tempFile("many.json", JSON.stringify(doc)));
  const first = "Main knob 1, CC: must be integer (/groups/0/encoders/0/cc)";
  assert.equal(sent(rig, "status", mark), [["error", `mapping unchanged: ${first}, and ${total - 1} more below`]]);
  const help = String(sent(rig, "ui_help", mark)[0]?.[0]);
  assert.ok(help.startsWith(`${total} errors: 1. ${first} 2. Main knob 2, CC: must be integer`), help);
  assert.ok(help.includes(" 10. ") && !help.includes(" 11. "), help);
  assert.ok(help.endsWith(`and ${total - 10} more`), help);
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
  assert.is(status?.[1], "mapping unchanged: long press time: must be >= 17 (/longPressMs), and 1 more below");

  mark = await send(rig, "mapping_import", tempFile("not.json", '{\n  "version": 1,\n  nope\n}'));
  assert.equal(sent(rig, "status", mark), [["error", "import not.json: not JSON: line 3, column 3: expected a property name in double quotes"]]);
  mark = await send(rig, "mapping_import", "/no/such/file.json");
  assert.equal(sent(rig, "status", mark), [["error", "import: file.json not found"]]);
  assert.equal(active(rig), imported);
});

test("an imported document with an unknown action and no version: migrated, kept whole, the unknown knob named", async () => {
  const rig = await started();
  const { version: _version, ...old } = JSON.parse(JSON.stringify(DEFAULT)) as MappingDocument;
  old.groups[1]!.encoders[0]!.scroll = "clip.loopp";
  const mark = await send(rig, "mapping_import", tempFile("old.json", JSON.stringify(old)));
  assert.equal(active(rig), { version: 2, ...old });
  assert.equal(JSON.parse(String(sent(rig, "mapping_store", mark)[0]?.[0])), { version: 2, ...old }, "stored as the current version");
  const knob = old.groups[1]!.encoders[0]!;
  assert.equal(sent(rig, "status", mark).pop(), ["warn", `Cut knob ${knob.position}, turn: unknown: clip.loopp, kept and doing nothing: choose another action`]);
  let shown = await send(rig, "ui_group", 1);
  assert.equal(sent(rig, "ui_encoder", shown)[knob.position - 1]?.slice(-2), ["turn", "unknown: clip.loopp"]);
  shown = await send(rig, "ui_knob", knob.position);
  assert.is(sent(rig, "ui_knob", shown)[0]?.[3], 0, "the scroll menu lists real actions only");
  assert.ok(String(sent(rig, "ui_help", shown)[0]?.[0]).includes("unknown: clip.loopp: no action has this id (renamed or misspelled); it does nothing"));
  shown = await send(rig, "ui_action", knob.position, "press", 0);
  assert.is(active(rig)?.groups[1]?.encoders[0]?.scroll, "clip.loopp", "editing another gesture keeps the unknown entry");
  assert.not.ok(sent(rig, "status", shown).some((line) => line[0] === "warn"), "told once, not at every edit");
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
  await send(rig, "ui_action", 2, "scroll", item(rig, "track.volume", "scroll"));
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
  assert.ok(sent(rig, "status").some((line) => line.join(" ") === `info restored: ${defaultMapping.groups.length} groups loaded`), "the status line says so");
  const fresh = await started();
  assert.equal(active(fresh), DEFAULT);
  const broken = await started('{"version":2}');
  assert.equal(active(broken), DEFAULT);
  assert.equal(sent(broken, "status").pop()?.[0], "error");
});

test("after a Node restart the bundle gets the mapping the patcher stored", async () => {
  const rig = await started();
  await send(rig, "ui_action", 1, "press", item(rig, "log.set"));
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
  const menuSize = menu(rig, "press").length;
  for (const bad of [menuSize + 1, -1, 1.5, "log.set"]) {
    mark = await send(rig, "ui_action", 1, "press", bad);
    assert.equal(sent(rig, "status", mark), [["warn", `no menu item ${bad} (0-${menuSize})`]]);
  }
  assert.is(active(rig)?.groups[0]?.encoders[0]?.press, "transport.tapTempo");
  assert.equal(rig.posts("error"), []);
});

test.run();
