import { test } from "uvu";
import * as assert from "uvu/assert";
import type { MaxPatcherFile } from "../../scripts/patchers/MaxPatcher";
import { layoutProblems } from "../../scripts/patchers/layoutCheck";
import { mainDevice } from "../../scripts/patchers/mainDevice";
import { inputDevicePatcher } from "../../scripts/patchers/inputDevice";
import { shownKnobs } from "../../scripts/patchers/shownMapping";
import { ALL_CHANNELS_HINT, GAVE_UP_STATUS } from "../../src/wire/DeviceMessages";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import { textWidth, wrap } from "../../scripts/patchers/textMetrics";
import { DEVICE_HEIGHT } from "../../scripts/patchers/PatcherBuilder";
import { placedAt } from "../../scripts/patchers/cellBoxes";
import { CELL } from "../../scripts/patchers/mainLayout";
import { cellWords } from "../../src/cell/CellLayout";
import { cellParts } from "../../src/wire/GridCell";

const none = { text: {}, textcolor: {} };

test("every knob of the default mapping in the editor: every text fits its box, inside the device, and no two text boxes overlap", () => {
  const device = mainDevice();
  const states = shownKnobs(device.ui, defaultMapping as MappingDocument);
  assert.is(states.length, defaultMapping.groups.length * 16);
  for (const { group, knob, shown } of states) {
    assert.equal(layoutProblems(device.file, shown), [], `group ${group} knob ${knob}`);
  }
});

test("the saved texts fit, and so does the status line once the watchdog gives up (the Restart button shown)", () => {
  const device = mainDevice();
  const gaveUp = GAVE_UP_STATUS.split(" ").slice(1).join(" ");
  assert.equal(layoutProblems(device.file, { text: { [device.ui.status]: gaveUp }, textcolor: {} }), []);
  assert.equal(layoutProblems(device.file, none), []);
  const input = { patcher: inputDevicePatcher().patcher } as MaxPatcherFile;
  assert.equal(layoutProblems(input, none), []);
  // The input device's channel comment with the main device's All Channels hint (outlet 1: `channel <text>`).
  const channel = input.patcher.boxes.find(({ box }) => box.maxclass === "comment" && String(box.text).startsWith("channel"))?.box.id;
  if (channel === undefined) throw new Error("no channel comment");
  assert.equal(layoutProblems(input, { text: { [channel]: `channel ${ALL_CHANNELS_HINT}` }, textcolor: {} }), []);
});

test("the check finds a text too long for its box, a box below the device and two text boxes overlapping", () => {
  const device = mainDevice();
  const help = device.ui.editor.help;
  const long = "word ".repeat(400).trim();
  assert.ok(layoutProblems(device.file, { text: { [help]: long }, textcolor: {} }).some((line) => line.includes(help) && line.includes("lines need")));
  const wide = "W".repeat(60);
  assert.ok(layoutProblems(device.file, { text: { [device.ui.editor.heading]: wide }, textcolor: {} }).some((line) => line.includes("needs")));
  const moved = mainDevice().file;
  const status = moved.patcher.boxes.find(({ box }) => box.id === device.ui.status)?.box;
  const heading = moved.patcher.boxes.find(({ box }) => box.id === device.ui.editor.heading)?.box;
  if (!status?.presentation_rect || !heading?.presentation_rect) throw new Error("no status line or heading");
  status.presentation_rect = [4, DEVICE_HEIGHT - 10, 100, 15];
  heading.presentation_rect = [...device.file.patcher.boxes.find(({ box }) => box.id === device.ui.editor.menus[0])!.box.presentation_rect!];
  const problems = layoutProblems(moved, none);
  assert.ok(problems.some((line) => line.includes(status.id) && line.includes("leaves")), problems.join("\n"));
  assert.ok(problems.some((line) => line.includes("overlaps") && line.includes(heading.id)), problems.join("\n"));
});

test("a grid cell wraps as a comment, a separator never starting a line; the check finds a cell too full", () => {
  const device = mainDevice();
  const rec = cellWords("9", "REC", cellParts(["press", "Record", "long", "Record unlimited", "turn", "Recording length"]));
  const lines: string[] = [];
  for (const word of placedAt(CELL[0], rec)) lines[word.line] = lines[word.line] === undefined ? word.text : `${lines[word.line]} ${word.text}`;
  assert.equal(lines, ["9 REC press Record", "long Record unlimited", "turn Recording length"], "the widest knob: one gesture a line");
  const full = cellWords("9", "REC", cellParts(["press", "Record", "long", "Record unlimited", "double", "Recording length", "turn", "Recording length"]));
  const cell = device.ui.cells[8] ?? "";
  const problems = layoutProblems(device.file, { text: {}, textcolor: {}, cells: { [cell]: full } });
  assert.ok(problems.some((line) => line.includes(cell) && line.includes("5 lines need 59 px, the cell is 37 px high")), problems.join("\n"));
});

test("text widths are an upper bound: Arial's widths and more, a wider bold, and any unknown glyph as wide as the widest", () => {
  const regular = { size: 9, bold: false };
  // Arial's "Record" is 3.223 em: R 722, e 556, c 500, o 556, r 333, d 556 (per 1000 em).
  assert.ok(textWidth("Record", regular) > (3223 / 1000) * 9);
  assert.ok(textWidth("Record", { size: 9, bold: true }) > textWidth("Record", regular));
  assert.ok(textWidth("漢", regular) >= textWidth("W", regular));
  assert.equal(wrap("a b c", textWidth("a b", regular), regular), ["a b", "c"]);
  assert.equal(wrap("unbreakable", 1, regular), ["unbreakable"], "a word wider than the line stays whole, and the check finds it");
});

test.run();
