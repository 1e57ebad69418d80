// The main device's lifecycle as its patcher wires it: ready, the shim's cords, the stored mapping, the
// gate in front of node.script and the watchdog (the committed devices, run by PatchRunner).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { MaxBox } from "../../scripts/patchers/MaxPatcher";
import { STATUS_COLORS } from "../../scripts/patchers/mainPanel";
import { LIFECYCLE, byId, node, running, runner, ui } from "./wiringRig";

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

test("every output of the stored mapping reaches the bundle as mapping_stored: a read's answer and Live's own", () => {
  const r = running();
  const pattr = r.one("pattr p0_mapping");
  r.emit(node(r), 0, ["mapping_store", '{"groups":[]}']);
  assert.equal(r.take(pattr), [["set", '{"groups":[]}']]);
  assert.equal(r.take(node(r)), [], "storing sends nothing back (no store loop)");
  r.emit(node(r), 0, ["mapping_read"]);
  assert.equal(r.take(node(r)), [["mapping_stored", '{"groups":[]}']]);
  r.clear();
  // Live gives the parameter a value (set load, preset, undo): the [pattr] outputs it, as for a read.
  r.emit(pattr, 0, ['{"groups":[1]}']);
  assert.equal(r.take(node(r)), [["mapping_stored", '{"groups":[1]}']]);
});

test("the Actions button's folder dialog reaches the bundle; the stored folder is set without output, and its every output reaches the bundle", () => {
  const r = running();
  const button = r.find((box) => box.maxclass === "live.text" && box.text === "Actions")[0] as MaxBox;
  r.emit(button, 0, ["bang"]);
  assert.equal(r.take(r.one("opendialog fold")), [["bang"]]);
  r.emit(r.one("opendialog fold"), 0, ["Macintosh HD:/Users/me/my actions/"]);
  assert.equal(r.take(node(r)), [["actions_folder", "Macintosh HD:/Users/me/my actions/"]]);
  r.clear();
  const pattr = r.one("pattr p0_actions");
  r.emit(node(r), 0, ["actions_folder_store", "Macintosh HD:/Users/me/my actions/"]);
  assert.equal(r.take(pattr), [["set", "Macintosh HD:/Users/me/my actions/"]]);
  assert.equal(r.take(node(r)), [], "storing sends nothing back");
  r.emit(node(r), 0, ["actions_folder_read"]);
  assert.equal(r.take(node(r)), [["actions_folder_stored", "Macintosh HD:/Users/me/my actions/"]]);
  r.clear();
  // Live's own output (a set load, an undo) reaches the bundle the same way.
  r.emit(pattr, 0, ["/Users/me/other"]);
  assert.equal(r.take(node(r)), [["actions_folder_stored", "/Users/me/other"]]);
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
  // The shim counts what the gate held back: its real file runs behind the [js] box.
  const r = runner({ shim: true });
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

test.run();
