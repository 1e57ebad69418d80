import { test } from "uvu";
import * as assert from "uvu/assert";
import type { MaxBox } from "../../scripts/patchers/MaxPatcher";
import { INPUT_AMXD, MAIN_AMXD } from "../../scripts/patchers/generatedFiles";
import { mainDevice } from "../../scripts/patchers/mainDevice";
import { STATUS_COLORS } from "../../scripts/patchers/mainPanel";
import { committedDevice } from "./deviceFiles";
import { type Message, PatchRunner } from "./PatchRunner";
import type { Gesture } from "../../src/actions/Action";
import type { ActionRegistry } from "../../src/actions/ActionRegistry";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import defaultMapping from "../../src/control/defaultMapping.json";
import { MappingStore } from "../../src/control/MappingStore";
import { MappingValidator } from "../../src/control/MappingValidator";
import type { MessageHandler } from "../../src/wire/DevicePort";
import { Logger } from "../../src/log/Logger";
import type { Atom } from "../../src/wire/protocol";
import { DeviceUi } from "../../src/ui/DeviceUi";
import { menuItem } from "../support/menuItems";

function runner(): PatchRunner {
  return new PatchRunner([committedDevice(MAIN_AMXD).patcher.patcher, committedDevice(INPUT_AMXD).patcher.patcher]);
}

function node(r: PatchRunner): MaxBox {
  return r.one("node.script protocol0.js @autostart 1 @watch 0");
}

/** The devices once the script has said p0_ready: the gate in front of node.script is open. */
function running(): PatchRunner {
  const r = runner();
  r.emit(node(r), 0, ["p0_ready"]);
  r.clear();
  return r;
}

const LIFECYCLE = 1;

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
  const r = running();
  const [mainDevice, inputDevice] = r.find((box) => box.text === "live.thisdevice");
  r.emit(mainDevice as MaxBox, 0, ["bang"]);
  assert.equal(r.take(r.one("js lom-shim.js")), [["ready"]]);
  assert.equal(r.take(node(r)), [["ready"]]);
  r.emit(inputDevice as MaxBox, 0, ["bang"]);
  assert.equal(r.take(r.one("js p0-input.js")), [["ready"]]);
});

test("lom_batch goes to the shim with its selector, and the shim's replies go to the bundle", () => {
  const r = running();
  r.emit(node(r), 0, ["lom_batch", '{"rid":1,"ops":[]}']);
  assert.equal(r.take(r.one("js lom-shim.js")), [["lom_batch", '{"rid":1,"ops":[]}']]);
  r.emit(r.one("js lom-shim.js"), 0, ["lom_reply", '{"rid":1,"r":[]}']);
  assert.equal(r.take(node(r)), [["lom_reply", '{"rid":1,"r":[]}']]);
});

test("lom_hello greets the shim and starts the tick", () => {
  const r = running();
  r.emit(node(r), 0, ["lom_hello"]);
  assert.equal(r.take(r.one("js lom-shim.js")), [["lom_hello"]]);
  assert.equal(r.take(r.one("metro 17")), [["bang"]]);
  assert.equal(r.take(node(r)), [], "the stored mapping is read when the bundle asks");
  r.emit(r.one("metro 17"), 0, ["bang"]);
  assert.equal(r.take(node(r)), [["bang"]]);
});

test("every output of the stored mapping reaches the bundle: Live's as mapping_restore, a read's answer as mapping_stored", () => {
  const r = running();
  const pattr = r.one("pattr p0_mapping");
  r.emit(node(r), 0, ["mapping_store", '{"groups":[]}']);
  assert.equal(r.take(pattr), [["set", '{"groups":[]}']]);
  assert.equal(r.take(node(r)), [], "storing sends nothing back (no store loop)");
  r.emit(node(r), 0, ["mapping_read"]);
  assert.equal(r.take(node(r)), [["mapping_stored", '{"groups":[]}']]);
  r.clear();
  // Live gives the parameter a value (set load, preset, undo): the [pattr] outputs it, and the read
  // has switched the gate back.
  r.emit(pattr, 0, ['{"groups":[1]}']);
  assert.equal(r.take(node(r)), [["mapping_restore", '{"groups":[1]}']]);
});

test("an output of the stored mapping before the script is ready is dropped by the inbox gate", () => {
  const r = runner();
  r.emit(r.one("pattr p0_mapping"), 0, ['{"groups":[]}']);
  assert.equal(r.take(node(r)), []);
});

test("the tick stops and the gate shuts when node.script reports the script stopped; nothing is printed", () => {
  for (const state of ["stop", "terminated", "restarting", "start"]) {
    const r = running();
    r.emit(node(r), LIFECYCLE, [state, "success", "dictionary", "u123"]);
    assert.equal(r.take(r.one("metro 17")), [["stop"]], state);
    r.emit(r.one("metro 17"), 0, ["bang"]);
    assert.equal(r.take(node(r)), [], `${state}: the tick no longer reaches node.script`);
  }
  assert.equal(runner().find((box) => box.text === "print p0_node"), [], "no [print] of lifecycle states");
});

test("nothing reaches node.script before p0_ready: MIDI is counted and the count follows p0_ready", () => {
  const r = runner();
  const [thisDevice] = r.find((box) => box.text === "live.thisdevice");
  r.emit(thisDevice as MaxBox, 0, ["bang"]);
  r.emit(r.one("js lom-shim.js"), 0, ["lom_ready"]);
  r.emit(r.one("metro 17"), 0, ["bang"]);
  const input = r.one("js p0-input.js");
  r.emit(input, 0, ["midi", 1, 176, 10, 65]);
  r.emit(input, 0, ["midi", 1, 176, 10, 63]);
  assert.equal(r.take(node(r)), [], "held back by the gate");
  r.emit(node(r), 0, ["p0_ready"]);
  // With each p0_ready the script also learns its state [dict]'s name.
  const stateDict = ["state_dict", "---p0_state"];
  assert.equal(r.take(node(r)), [["midi_dropped", 2], stateDict]);
  r.clear();
  r.emit(input, 0, ["midi", 1, 176, 10, 65]);
  r.emit(r.one("js lom-shim.js"), 0, ["lom_ready"]);
  assert.equal(r.take(node(r)), [["midi", 1, 176, 10, 65], ["lom_ready"]]);

  // A restart shuts the gate until the next p0_ready; the count starts again.
  r.emit(node(r), LIFECYCLE, ["restarting", "success"]);
  r.clear();
  r.emit(input, 0, ["midi", 1, 176, 10, 65]);
  assert.equal(r.take(node(r)), []);
  r.emit(node(r), 0, ["p0_ready"]);
  assert.equal(r.take(node(r)), [["midi_dropped", 1], stateDict]);
  r.clear();
  r.emit(node(r), 0, ["p0_ready"]);
  assert.equal(r.take(node(r)), [stateDict], "nothing dropped, nothing reported");
});

test("the watchdog restarts a terminated script after 1 s, 5 s, 30 s, then shows an error and the Restart button", () => {
  const r = running();
  const start = [["script", "start"]];
  const restarts = () => r.take(node(r)).filter((message) => message[0] === "script");
  const button = r.find((box) => box.maxclass === "live.text" && box.text === "Restart")[0] as MaxBox;
  assert.is(button["hidden"], 1, "hidden on load");
  for (const ms of [1_000, 5_000, 30_000]) {
    r.emit(node(r), LIFECYCLE, ["terminated", "error", "dictionary", "u1"]);
    r.advance(ms - 1);
    assert.equal(restarts(), [], `not before ${ms} ms`);
    r.advance(1);
    assert.equal(restarts(), start, `after ${ms} ms`);
    r.emit(node(r), LIFECYCLE, ["start", "success"]);
    r.clear();
  }
  r.emit(node(r), LIFECYCLE, ["terminated", "error"]);
  r.advance(120_000);
  assert.equal(restarts(), [], "out of attempts");
  assert.equal(r.take(byId(r, ui.status)), [
    ["textcolor", ...STATUS_COLORS.error],
    ["set", "Protocol0", "stopped", "and", "did", "not", "restart:", "press", "Restart"],
  ]);
  assert.equal(r.take(r.one("thispatcher")), [["script", "show", "Restart"]]);

  r.clear();
  r.emit(button, 0, ["bang"]);
  assert.equal(restarts(), start, "the button starts the script");
  r.emit(node(r), 0, ["p0_ready"]);
  assert.equal(r.take(r.one("thispatcher")).pop(), ["script", "hide", "Restart"], "hidden again");
  r.clear();
  r.emit(node(r), LIFECYCLE, ["terminated", "error"]);
  r.advance(1_000);
  assert.equal(restarts(), start, "the button started the count over");
});

test("the watchdog starts over once the script ran 60 s, and leaves a restart node.script makes itself alone", () => {
  const r = running();
  const restarts = () => r.take(node(r)).filter((message) => message[0] === "script");
  r.emit(node(r), LIFECYCLE, ["terminated", "error"]);
  r.advance(1_000);
  r.emit(node(r), 0, ["p0_ready"]);
  r.advance(60_000);
  r.clear();
  r.emit(node(r), LIFECYCLE, ["terminated", "error"]);
  r.advance(1_000);
  assert.equal(restarts(), [["script", "start"]], "1 s again, not 5 s");
  r.clear();

  r.emit(node(r), LIFECYCLE, ["terminated", "error"]);
  r.emit(node(r), LIFECYCLE, ["restarting", "success"]);
  r.advance(60_000);
  assert.equal(restarts(), [], "node.script restarts it itself: no second start");
});

test("status, group names and unknown messages reach the status line, the selector and the console", () => {
  const r = runner();
  r.emit(node(r), 0, ["status", "warn", "no", "armed", "track"]);
  const status = byId(r, ui.status);
  // The text without its level word; the level sets the colour first.
  assert.equal(r.take(status), [["textcolor", ...STATUS_COLORS.warn], ["set", "no", "armed", "track"]]);
  for (const level of ["info", "warn", "error"] as const) {
    r.clear();
    r.emit(node(r), 0, ["status", level, "text"]);
    assert.equal(r.take(status), [["textcolor", ...STATUS_COLORS[level]], ["set", "text"]], level);
  }
  assert.ok(STATUS_COLORS.warn.join() !== STATUS_COLORS.error.join() && STATUS_COLORS.info.join() !== STATUS_COLORS.warn.join());
  r.emit(node(r), 0, ["ui_groups", "Tracks", "Synth"]);
  assert.equal(r.take(r.one("live.menu")), [["_parameter_range", "Tracks", "Synth"]]);
  r.emit(node(r), 0, ["oops", 1]);
  assert.equal(r.take(r.one("print p0_unrouted")), [["oops", 1]]);
});

test("ui_encoder shows a knob's label and action titles in its cell", () => {
  const r = runner();
  r.emit(node(r), 0, ["ui_encoder", 7, "VOL", "press Arm · scroll Volume"]);
  assert.equal(r.take(byId(r, ui.cells[6] ?? "")), [["set", 7, "VOL", "press Arm · scroll Volume"]]);
  assert.ok(ui.cells.filter((_, index) => index !== 6).every((cell) => r.take(byId(r, cell)).length === 0));
  assert.equal(editorMenus(r).map((menu) => r.take(menu)), [[], [], []], "the editor follows ui_knob only");
});

test("ui_knob shows a knob in the editor, whose menus send the chosen index for that knob; ui_editing names it", () => {
  const r = running();
  r.emit(node(r), 0, ["ui_knob", 12, 17, 0, 6]);
  r.emit(node(r), 0, ["ui_editing", "Main knob 12 · SCEN"]);
  assert.equal(r.take(byId(r, ui.editor.heading)), [["set", "Main knob 12 · SCEN"]]);
  assert.equal(editorMenus(r).map((menu) => r.take(menu)), [[["set", 17]], [["set", 0]], [["set", 6]]]);
  const [press, , scroll] = editorMenus(r);
  r.emit(scroll as MaxBox, 0, [5]);
  r.emit(press as MaxBox, 0, [0]);
  r.emit(r.one("live.menu"), 0, [2]);
  assert.equal(r.take(node(r)), [["ui_action", 12, "scroll", 5], ["ui_action", 12, "press", 0], ["ui_group", 2]]);
});

test("ui_knob moves the highlight behind the edited knob's cell, through the device's [thispatcher]", () => {
  const r = running();
  const patcher = r.one("thispatcher");
  const edited = byId(r, ui.edited);
  assert.is(edited.varname, "p0_edited", "[thispatcher] finds it by its scripting name");
  for (const position of [1, 9, 16]) {
    r.emit(node(r), 0, ["ui_knob", position, 0, 0, 0]);
    const [x, y, w, h] = byId(r, ui.cells[position - 1] ?? "").presentation_rect ?? [];
    assert.equal(r.take(patcher), [["script", "sendbox", "p0_edited", "presentation_rect", (x ?? 0) - 1, (y ?? 0) - 1, (w ?? 0) + 2, (h ?? 0) + 2]], `knob ${position}`);
    r.clear();
  }
  assert.equal(edited.presentation_rect, [...(byId(r, ui.cells[0] ?? "").presentation_rect ?? [])].map((v, i) => v + (i < 2 ? -1 : 2)), "saved behind knob 1, the knob a device loads with");
});

test("clicking a knob asks the bundle for it; ui_help fills the line under the editor", () => {
  const r = running();
  r.emit(cellButton(r, 5), 0, ["bang"]);
  r.emit(cellButton(r, 16), 0, ["bang"]);
  assert.equal(r.take(node(r)), [["ui_knob", 5], ["ui_knob", 16]]);
  r.emit(node(r), 0, ["ui_help", "Arm: Toggles the arm of the current track."]);
  assert.equal(r.take(byId(r, ui.editor.help)), [["set", "Arm: Toggles the arm of the current track."]]);
});

test("ui_actions <gesture> refills that gesture's menu only: clear, the no-action item, then each title", () => {
  const r = runner();
  r.emit(node(r), 0, ["ui_actions", "press", "Arm", "Fire scene"]);
  r.emit(node(r), 0, ["ui_actions", "scroll", "Tempo"]);
  assert.is(r.find((box) => box.maxclass === "umenu").length, 3);
  const [press, longPress, scroll] = editorMenus(r);
  assert.equal(r.take(press!), [["clear"], ["append", "-"], ["append", "Arm"], ["append", "Fire scene"]]);
  assert.equal(r.take(longPress!), []);
  assert.equal(r.take(scroll!), [["clear"], ["append", "-"], ["append", "Tempo"]]);
});

/**
 * The real bundle UI behind the committed patcher: what it sends goes through the patcher's cords,
 * and what reaches node.script is handed to its handlers.
 */
function withBundle(r: PatchRunner): { registry: ActionRegistry; store: MappingStore; user(box: MaxBox, outlet: number, message: Message): void } {
  const handlers = new Map<string, MessageHandler>();
  const registry = createActionRegistry();
  const store = new MappingStore(new MappingValidator(registry));
  store.load(defaultMapping);
  const host = { send: (selector: string, ...atoms: Atom[]) => r.emit(node(r), 0, [selector, ...atoms]), on: (selector: string, handler: MessageHandler) => void handlers.set(selector, handler) };
  const files = { read: () => "", write: () => undefined };
  new DeviceUi({ host, store, registry, files, log: new Logger() }).start();
  return {
    registry,
    store,
    user(box, outlet, message) {
      const mark = r.arrivals.length;
      r.emit(box, outlet, message);
      const toBundle = r.arrivals.slice(mark).filter((arrival) => arrival.box === node(r));
      for (const { message: [selector, ...atoms] } of toBundle) handlers.get(String(selector))?.(...atoms);
    },
  };
}

/** The text a box shows: the atoms of the last `set` that reached it. */
function shows(r: PatchRunner, id: string): string {
  const sets = r.take(byId(r, id)).filter((message) => message[0] === "set");
  return (sets.pop() ?? []).slice(1).join(" ");
}

test("through the patcher, the bundle shows titles and descriptions and maps a menu choice back to an id", () => {
  const r = running();
  const bundle = withBundle(r);
  const title = (id: string): string => bundle.registry.get(id)?.title ?? "";
  const item = (id: string, gesture: Gesture): number => menuItem(bundle.registry, gesture, id);
  assert.is(shows(r, ui.status), "ready: 5 groups loaded");
  assert.is(shows(r, ui.cells[0] ?? ""), `1 TAP press ${title("transport.tapTempo")} · scroll ${title("transport.tempo")}`);
  const [press, longPress, scroll] = editorMenus(r).map((menu) => r.take(menu).slice(0, 3));
  assert.equal(press, [["clear"], ["append", "-"], ["append", title("transport.tapTempo")]]);
  assert.equal(longPress, press, "tap tempo takes a long press too");
  assert.equal(scroll, [["clear"], ["append", "-"], ["append", title("transport.tempo")]], "the scroll menu starts with the first action that scrolls");
  assert.ok(shows(r, ui.editor.help).startsWith(`Tap tempo: ${bundle.registry.get("transport.tapTempo")?.description}`));

  r.clear();
  bundle.user(cellButton(r, 16), 0, ["bang"]);
  assert.is(shows(r, ui.editor.heading), "Main knob 16 · SCEN");
  assert.equal(editorMenus(r).map((menu) => r.take(menu)), [[["set", item("scene.fire", "press")]], [["set", item("scene.loop", "longPress")]], [["set", item("nav.scenes", "scroll")]]]);
  assert.ok(shows(r, ui.editor.help).includes(`Loop scene: ${bundle.registry.get("scene.loop")?.description}`));

  r.clear();
  bundle.user(editorMenus(r)[2] as MaxBox, 0, [item("nav.tracks", "scroll")]);
  assert.is(bundle.store.active?.groups[0]?.encoders.find((e) => e.position === 16)?.scroll, "nav.tracks", "the document keeps the id");
  assert.is(shows(r, ui.cells[15] ?? ""), "16 SCEN press Fire scene · long Loop scene · scroll Tracks");
  assert.is(shows(r, ui.status), "Main SCEN scroll: Tracks");
  assert.equal(r.take(r.one("pattr p0_mapping")), [["set", JSON.stringify(bundle.store.active)]]);
});

test("import and export buttons open dialogs whose paths go to the bundle", () => {
  const r = running();
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
  const r = running();
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
  r.emit(input, 0, ["midi", "cc", 3, 10, 65]);
  assert.equal(r.take(node(r)), [["midi", "cc", 3, 10, 65]]);
  const channel = r.find((box) => box.maxclass === "comment" && box.text === "channel: ?")[0] as MaxBox;
  r.emit(input, 1, ["channel", 3]);
  assert.equal(r.take(channel), [["set", "channel", 3]]);
});

test.run();
