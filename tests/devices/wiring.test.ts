import { test } from "uvu";
import * as assert from "uvu/assert";
import type { MaxBox } from "../../scripts/patchers/MaxPatcher";
import { INPUT_AMXD, MAIN_AMXD } from "../../scripts/patchers/generatedFiles";
import { mainDevice } from "../../scripts/patchers/mainDevice";
import { committedDevice } from "./deviceFiles";
import { PatchRunner } from "./PatchRunner";

function runner(): PatchRunner {
  return new PatchRunner([committedDevice(MAIN_AMXD).patcher.patcher, committedDevice(INPUT_AMXD).patcher.patcher]);
}

function node(r: PatchRunner): MaxBox {
  return r.one("node.script protocol0.js @autostart 1 @watch 0");
}

const ui = mainDevice().ui;

/** The main device's box `id` (the committed devices are the generated ones: amxd.test.ts). */
function byId(r: PatchRunner, id: string): MaxBox {
  return r.box(0, id);
}

/** The editor's menus, top to bottom: press, long press, scroll. */
function editorMenus(r: PatchRunner): MaxBox[] {
  return ui.editor.menus.map((id) => byId(r, id));
}

/** The transparent button over knob `position`'s cell. */
function cellButton(r: PatchRunner, position: number): MaxBox {
  const [cx, cy] = byId(r, ui.cells[position - 1] ?? "").presentation_rect ?? [0, 0];
  const found = r.find((box) => box.maxclass === "ubutton" && box.presentation_rect?.[0] === cx && box.presentation_rect[1] === cy);
  return found[0] as MaxBox;
}

test("live.thisdevice sends ready to the shim and the bundle, and to the input script", () => {
  const r = runner();
  const [mainDevice, inputDevice] = r.find((box) => box.text === "live.thisdevice");
  r.emit(mainDevice as MaxBox, 0, ["bang"]);
  assert.equal(r.take(r.one("js lom-shim.js")), [["ready"]]);
  assert.equal(r.take(node(r)), [["ready"]]);
  r.emit(inputDevice as MaxBox, 0, ["bang"]);
  assert.equal(r.take(r.one("js p0-input.js")), [["ready"]]);
});

test("lom_batch goes to the shim with its selector, and the shim's replies go to the bundle", () => {
  const r = runner();
  r.emit(node(r), 0, ["lom_batch", '{"rid":1,"ops":[]}']);
  assert.equal(r.take(r.one("js lom-shim.js")), [["lom_batch", '{"rid":1,"ops":[]}']]);
  r.emit(r.one("js lom-shim.js"), 0, ["lom_reply", '{"rid":1,"r":[]}']);
  assert.equal(r.take(node(r)), [["lom_reply", '{"rid":1,"r":[]}']]);
});

test("lom_hello greets the shim, starts the tick and hands the stored mapping back", () => {
  const r = runner();
  r.emit(node(r), 0, ["mapping_store", '{"groups":[]}']);
  assert.equal(r.take(node(r)), [], "storing sends nothing back");
  r.emit(node(r), 0, ["lom_hello"]);
  assert.equal(r.take(r.one("js lom-shim.js")), [["lom_hello"]]);
  assert.equal(r.take(r.one("metro 17")), [["bang"]]);
  assert.equal(r.take(node(r)), [["mapping_restore", '{"groups":[]}']]);
  r.clear();
  r.emit(r.one("pattr p0_mapping"), 0, ['{"groups":[]}']);
  assert.equal(r.take(node(r)), [], "the value restored with the set waits for the bundle to ask");
  r.emit(r.one("metro 17"), 0, ["bang"]);
  assert.equal(r.take(node(r)), [["bang"]]);
});

test("the tick stops when node.script reports the script stopped", () => {
  const r = runner();
  r.emit(node(r), 1, ["terminated", "success", "dictionary", "u123"]);
  assert.equal(r.take(r.one("metro 17")), [["stop"]]);
  assert.equal(r.take(r.one("print p0_node")), [["terminated", "success", "dictionary", "u123"]]);
});

test("status, group names and unknown messages reach the status line, the selector and the console", () => {
  const r = runner();
  r.emit(node(r), 0, ["status", "warn", "no", "armed", "track"]);
  const status = byId(r, ui.status);
  assert.equal(r.take(status), [["set", "warn", "no", "armed", "track"]]);
  r.emit(node(r), 0, ["ui_groups", "Tracks", "Synth"]);
  assert.equal(r.take(r.one("live.menu")), [["_parameter_range", "Tracks", "Synth"]]);
  r.emit(node(r), 0, ["oops", 1]);
  assert.equal(r.take(r.one("print p0_unrouted")), [["oops", 1]]);
});

test("ui_encoder shows a knob's label and actions in its cell, and in the editor when it is selected", () => {
  const r = runner();
  r.emit(node(r), 0, ["ui_encoder", 7, "Volume", "track.arm", "-", "track.volume"]);
  assert.equal(r.take(byId(r, ui.cells[6] ?? "")), [["set", 7, "Volume", "track.arm", "-", "track.volume"]]);
  assert.ok(ui.cells.filter((_, index) => index !== 6).every((cell) => r.take(byId(r, cell)).length === 0));
  assert.equal(editorMenus(r).map((menu) => r.take(menu)), [[], [], []], "knob 1 is selected");

  r.emit(node(r), 0, ["ui_encoder", 1, "Tap", "transport.tapTempo", "-", "transport.tempo"]);
  assert.equal(r.take(byId(r, ui.editor.heading)), [["set", "knob", "Tap"]]);
  assert.equal(editorMenus(r).map((menu) => r.take(menu)), [
    [["setsymbol", "transport.tapTempo"]],
    [["setsymbol", "-"]],
    [["setsymbol", "transport.tempo"]],
  ]);
});

test("clicking a knob shows its last actions in the editor, and the editor edits that knob", () => {
  const r = runner();
  r.emit(node(r), 0, ["ui_encoder", 12, "Scenes", "scene.fire", "scene.loop", "nav.scenes"]);
  r.clear();
  r.emit(cellButton(r, 12), 0, ["bang"]);
  assert.equal(r.take(byId(r, ui.editor.heading)), [["set", "knob", "Scenes"]]);
  assert.equal(editorMenus(r).map((menu) => r.take(menu)), [
    [["setsymbol", "scene.fire"]],
    [["setsymbol", "scene.loop"]],
    [["setsymbol", "nav.scenes"]],
  ]);
  const [press, , scroll] = editorMenus(r);
  r.emit(scroll as MaxBox, 1, ["nav.tracks"]);
  r.emit(press as MaxBox, 1, ["-"]);
  r.emit(r.one("live.menu"), 0, [2]);
  assert.equal(r.take(node(r)), [["ui_action", 12, "scroll", "nav.tracks"], ["ui_action", 12, "press", "-"], ["ui_group", 2]]);

  r.clear();
  r.emit(node(r), 0, ["ui_encoder", 3, "Other", "track.arm", "-", "-"]);
  assert.equal(r.take(byId(r, ui.editor.heading)), [], "another knob leaves the editor alone");
  r.emit(node(r), 0, ["ui_encoder", 12, "Scenes", "scene.fire", "scene.loop", "nav.tracks"]);
  assert.equal(r.take(editorMenus(r)[2] as MaxBox), [["setsymbol", "nav.tracks"]], "the selected knob's update shows");
});

test("ui_actions refills the editor's menus: clear, the no-action item, then each action", () => {
  const r = runner();
  r.emit(node(r), 0, ["ui_actions", "track.arm", "scene.fire"]);
  assert.is(r.find((box) => box.maxclass === "umenu").length, 3);
  for (const menu of editorMenus(r)) {
    assert.equal(r.take(menu), [["clear"], ["append", "-"], ["append", "track.arm"], ["append", "scene.fire"]]);
  }
});

test("import and export buttons open dialogs whose paths go to the bundle", () => {
  const r = runner();
  for (const [button, dialog, message] of [
    ["Import", "opendialog", "mapping_import"],
    ["Export", "savedialog", "mapping_export"],
  ] as const) {
    const text = r.find((box) => box.maxclass === "live.text" && box.text === button)[0] as MaxBox;
    r.emit(text, 0, ["bang"]);
    assert.equal(r.take(r.one(dialog)), [["bang"]]);
    r.emit(r.one(dialog), 0, ["/Users/me/ec4 map.json"]);
    assert.equal(r.take(node(r)), [[message, "/Users/me/ec4 map.json"]]);
    r.clear();
  }
});

test("the input device tags MIDI through its script, sends it to the main device, and passes it through when Thru is on", () => {
  const r = runner();
  const input = r.one("js p0-input.js");
  const midiIn = r.one("midiin");
  r.emit(r.one("live.toggle"), 0, [1]);
  r.emit(midiIn, 0, [176]);
  assert.equal(r.take(input), [[176]]);
  assert.equal(r.take(r.one("midiout")), [[176]]);
  r.clear();
  r.emit(r.one("live.toggle"), 0, [0]);
  r.emit(midiIn, 0, [177]);
  assert.equal(r.take(input), [[177]]);
  assert.equal(r.take(r.one("midiout")), []);
  r.emit(input, 0, ["midi", 3, 176, 10, 65]);
  assert.equal(r.take(node(r)), [["midi", 3, 176, 10, 65]]);
  const channel = r.find((box) => box.maxclass === "comment" && box.text === "channel: ?")[0] as MaxBox;
  r.emit(input, 1, ["channel", 3]);
  assert.equal(r.take(channel), [["set", "channel", 3]]);
});

test.run();
