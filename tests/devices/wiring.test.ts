import { test } from "uvu";
import * as assert from "uvu/assert";
import type { MaxBox } from "../../scripts/patchers/MaxPatcher";
import { INPUT_AMXD, MAIN_AMXD } from "../../scripts/patchers/generatedFiles";
import { committedDevice } from "./deviceFiles";
import { PatchRunner } from "./PatchRunner";

function runner(): PatchRunner {
  return new PatchRunner([committedDevice(MAIN_AMXD).patcher.patcher, committedDevice(INPUT_AMXD).patcher.patcher]);
}

function node(r: PatchRunner): MaxBox {
  return r.one("node.script protocol0.js @autostart 1 @watch 0");
}

/** The umenus of a knob's cell, left to right: press, long press, scroll. */
function cellMenus(r: PatchRunner, position: number): MaxBox[] {
  const label = r.find((box) => box.maxclass === "comment" && box.text === String(position))[0];
  const [lx, ly] = label?.presentation_rect ?? [0, 0];
  return r
    .find((box) => box.maxclass === "umenu")
    .filter((box) => {
      const [x, y] = box.presentation_rect ?? [0, 0];
      return y > ly && y < ly + 20 && x >= lx && x < lx + 140;
    })
    .sort((a, b) => (a.presentation_rect?.[0] ?? 0) - (b.presentation_rect?.[0] ?? 0));
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
  const status = r.find((box) => box.maxclass === "comment" && box.text === "starting…")[0] as MaxBox;
  assert.equal(r.take(status), [["set", "warn", "no", "armed", "track"]]);
  r.emit(node(r), 0, ["ui_groups", "Tracks", "Synth"]);
  assert.equal(r.take(r.one("live.menu")), [["_parameter_range", "Tracks", "Synth"]]);
  r.emit(node(r), 0, ["oops", 1]);
  assert.equal(r.take(r.one("print p0_unrouted")), [["oops", 1]]);
});

test("ui_encoder fills one knob's label and its three action menus", () => {
  const r = runner();
  r.emit(node(r), 0, ["ui_encoder", 7, "Volume", "track.arm", "-", "track.volume"]);
  const label = r.find((box) => box.maxclass === "comment" && box.text === "7")[0] as MaxBox;
  assert.equal(r.take(label), [["set", "Volume"]]);
  const menus = cellMenus(r, 7);
  assert.is(menus.length, 3);
  assert.equal(menus.map((menu) => r.take(menu)), [[["setsymbol", "track.arm"]], [["setsymbol", "-"]], [["setsymbol", "track.volume"]]]);
  const others = r.find((box) => box.maxclass === "umenu" && !menus.includes(box));
  assert.ok(others.every((menu) => r.take(menu).length === 0));
});

test("ui_actions refills every action menu: clear, the no-action item, then each action", () => {
  const r = runner();
  r.emit(node(r), 0, ["ui_actions", "track.arm", "scene.fire"]);
  const menus = r.find((box) => box.maxclass === "umenu");
  assert.is(menus.length, 48);
  for (const menu of menus) {
    assert.equal(r.take(menu), [["clear"], ["append", "-"], ["append", "track.arm"], ["append", "scene.fire"]]);
  }
});

test("choosing in a menu or the group selector tells the bundle", () => {
  const r = runner();
  const [, , scroll] = cellMenus(r, 12);
  r.emit(scroll as MaxBox, 1, ["scene.fire"]);
  r.emit(r.one("live.menu"), 0, [2]);
  assert.equal(r.take(node(r)), [["ui_action", 12, "scroll", "scene.fire"], ["ui_group", 2]]);
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
  r.emit(input, 0, [3, 176, 10, 65]);
  assert.equal(r.take(node(r)), [["midi", 3, 176, 10, 65]]);
  const channel = r.find((box) => box.maxclass === "comment" && box.text === "channel: ?")[0] as MaxBox;
  r.emit(input, 1, ["channel", 3]);
  assert.equal(r.take(channel), [["set", "channel", 3]]);
});

test.run();
