// The main device's UI as its patcher wires it: the status line, the grid, the knob editor, import and
// export, and the input device's MIDI (the committed devices, run by PatchRunner).
import { test } from "uvu";
import defaultMapping from "../../src/control/defaultMapping.json";
import * as assert from "uvu/assert";
import type { MaxBox } from "../../scripts/patchers/MaxPatcher";
import { STATUS_COLORS } from "../../scripts/patchers/mainPanel";
import type { Gesture } from "../../src/actions/Action";
import { menuItem } from "../support/menuItems";
import { byId, cellButton, cellShows, drawnCells, editorMenus, node, running, runner, shows, ui, withBundle } from "./wiringRig";
import { textWidth } from "../../scripts/patchers/textMetrics";
import { BOLD_FONT, CELL_INSET, DIM_COLOR, REGULAR_FONT, TEXT_COLOR, baseline } from "../../src/cell/CellLayout";

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

test("ui_encoder reaches its cell's [jsui], which draws the number and gesture words dimmer, the label bold, the titles plain", () => {
  const r = runner();
  const cells = drawnCells(r);
  r.emit(node(r), 0, ["ui_encoder", 7, "VOL", "press", "Arm", "long", "Fold group", "turn", "Volume"]);
  assert.equal(r.take(byId(r, ui.cells[6] ?? "")), [["cell", 7, "VOL", "press", "Arm", "long", "Fold group", "turn", "Volume"]]);
  assert.ok(ui.cells.filter((_, index) => index !== 6).every((cell) => r.take(byId(r, cell)).length === 0));
  assert.equal(editorMenus(r).map((menu) => r.take(menu)), [[], [], []], "the editor follows ui_knob only");
  const drawn = cells[6]!.refresh();
  const dim = { font: REGULAR_FONT, color: DIM_COLOR };
  const plain = { font: REGULAR_FONT, color: TEXT_COLOR };
  assert.equal(
    drawn.map(({ text, font, color }) => ({ text, font, color })),
    [
      { text: "7", ...dim },
      { text: "VOL", font: BOLD_FONT, color: TEXT_COLOR },
      { text: "press", ...dim },
      { text: "Arm", ...plain },
      { text: "·", ...dim },
      { text: "long", ...dim },
      { text: "Fold group", ...plain },
      { text: "· turn", ...dim },
      { text: "Volume", ...plain },
    ],
  );
  assert.ok(drawn.every(({ size }) => size === 9), "9 pt, as the device's other text");
  // Every run inside the cell: from the inset to the right edge, on one of its three baselines.
  const [width] = cells[6]!.mgraphics.size;
  const baselines = [0, 1, 2].map(baseline);
  for (const run of drawn) {
    assert.ok(run.x >= CELL_INSET[0] && run.x + textWidth(run.text, { size: 9, bold: run.font === BOLD_FONT }) <= width - CELL_INSET[0], run.text);
    assert.ok(baselines.includes(run.y), `${run.text} at ${run.y}`);
  }
  assert.equal(cells.map((cell) => cell.paints), cells.map((_, index) => (index === 6 ? 2 : 1)), "drawn when shown, then once for the message");
  assert.equal(cells[0]!.refresh().map(({ text }) => text), ["1"], "a cell the bundle has not filled shows its knob's number");
});

test("the BANK cell's '·' between the device and its bank is dim, as the gestures', and not drawn where a line starts", () => {
  const r = runner();
  const cells = drawnCells(r);
  const bank = (device: string) => {
    r.emit(node(r), 0, ["ui_encoder", 9, "BANK", "-", device, "-", "·", "-", "Parameters 1–8", "-", "1/2"]);
    return cells[8]!.refresh().map(({ text, font, color, y }) => ({ text, font, color, y }));
  };
  const dim = { font: REGULAR_FONT, color: DIM_COLOR };
  const plain = { font: REGULAR_FONT, color: TEXT_COLOR };
  assert.equal(bank("Delay"), [
    { text: "9", ...dim, y: baseline(0) },
    { text: "BANK", font: BOLD_FONT, color: TEXT_COLOR, y: baseline(0) },
    { text: "Delay", ...plain, y: baseline(0) },
    { text: "·", ...dim, y: baseline(0) },
    { text: "Parameters 1–8 1/2", ...plain, y: baseline(1) },
  ]);
  // "Wavetable" ends the first line: the break separates it from its bank, which no "·" begins.
  assert.equal(bank("Wavetable"), [
    { text: "9", ...dim, y: baseline(0) },
    { text: "BANK", font: BOLD_FONT, color: TEXT_COLOR, y: baseline(0) },
    { text: "Wavetable", ...plain, y: baseline(0) },
    { text: "Parameters 1–8 1/2", ...plain, y: baseline(1) },
  ]);
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

test("a full grid refresh (another group chosen): one message into each cell's [jsui], one paint each", () => {
  const r = running();
  const cells = drawnCells(r);
  const bundle = withBundle(r);
  for (const cell of cells) cell.refresh();
  const paints = cells.map((cell) => cell.paints);
  r.clear();
  bundle.user(r.one("live.menu"), 0, [1]);
  const told = ui.cells.map((id) => r.take(byId(r, id)));
  // As many as the comments got before (one `set` a cell): the parts travel in the one message.
  assert.equal(told.map((messages) => messages.length), ui.cells.map(() => 1));
  assert.ok(told.every(([message]) => message?.[0] === "cell" && message.length <= 3 + 2 * 4), "position, label, at most four gesture–title pairs");
  assert.equal(cells.map((cell) => cell.mgraphics.pending), ui.cells.map(() => 1), "each asked for one redraw");
  for (const cell of cells) cell.refresh();
  assert.equal(cells.map((cell, index) => cell.paints - (paints[index] ?? 0)), ui.cells.map(() => 1));
  assert.is(cellShows(r, ui.cells[0] ?? ""), `1 ${defaultMapping.groups[1]!.encoders[0]!.label} turn Clip start`);
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
  assert.is(r.find((box) => box.maxclass === "umenu").length, 5, "the three gestures' menus, the argument and value menus");
  const [press, longPress, scroll] = editorMenus(r);
  assert.equal(r.take(press!), [["clear"], ["append", "-"], ["append", "Arm"], ["append", "Fire scene"]]);
  assert.equal(r.take(longPress!), []);
  assert.equal(r.take(scroll!), [["clear"], ["append", "-"], ["append", "Tempo"]]);
});

test("through the patcher, the bundle shows titles and descriptions and maps a menu choice back to an id", () => {
  const r = running();
  drawnCells(r);
  const bundle = withBundle(r);
  const title = (id: string): string => bundle.registry.get(id)?.title ?? "";
  const item = (id: string, gesture: Gesture): number => menuItem(bundle.registry, gesture, id);
  assert.is(shows(r, ui.status), `ready: ${defaultMapping.groups.length} groups loaded`);
  assert.is(cellShows(r, ui.cells[0] ?? ""), `1 TAP press ${title("transport.tapTempo")} · turn ${title("transport.tempo")}`);
  const [press, longPress, scroll] = editorMenus(r).map((menu) => r.take(menu).slice(0, 3));
  assert.equal(press, [["clear"], ["append", "-"], ["append", title("transport.tapTempo")]]);
  assert.equal(longPress, press, "tap tempo takes a long press too");
  assert.equal(scroll, [["clear"], ["append", "-"], ["append", title("transport.tempo")]], "the scroll menu starts with the first action that scrolls");
  const shifted = `With shift: press ${title("transport.metronome")} · turn ${title("transport.tempoFine")}.`;
  assert.ok(shows(r, ui.editor.help).startsWith(`${shifted} Tap tempo: ${bundle.registry.get("transport.tapTempo")?.description}`));

  r.clear();
  bundle.user(cellButton(r, 16), 0, ["bang"]);
  assert.is(shows(r, ui.editor.heading), "Main knob 16 · SCEN");
  assert.equal(editorMenus(r).map((menu) => r.take(menu)), [[["set", item("scene.fire", "press")]], [["set", item("scene.loop", "longPress")]], [["set", item("nav.scenes", "scroll")]]]);
  assert.ok(shows(r, ui.editor.help).includes(`Loop scene: ${bundle.registry.get("scene.loop")?.description}`));

  r.clear();
  bundle.user(editorMenus(r)[2] as MaxBox, 0, [item("nav.tracks", "scroll")]);
  assert.is(bundle.store.active?.groups[0]?.encoders.find((e) => e.position === 16)?.scroll, "nav.tracks", "the document keeps the id");
  assert.is(cellShows(r, ui.cells[15] ?? ""), "16 SCEN press Fire scene · long Loop scene · turn Tracks");
  assert.is(shows(r, ui.status), "Main SCEN turn: Tracks");
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
  r.emit(input, 1, ["channel:", 3]);
  assert.equal(r.take(channel), [["set", "channel:", 3]]);
});

test.run();
