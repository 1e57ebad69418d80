import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type MaxBox, type MaxPatcher, objectName, parameterNames } from "../../scripts/patchers/MaxPatcher";
import { DEVICE_HEIGHT } from "../../scripts/patchers/PatcherBuilder";
import { DEVICE_TYPES } from "../../scripts/patchers/amxd";
import { mainDevice } from "../../scripts/patchers/mainDevice";
import { CELL, CELL_LINES, MAIN_WIDTH } from "../../scripts/patchers/mainLayout";
import { STATUS_COLORS } from "../../scripts/patchers/mainPanel";
import { shownKnobs, shownMapping } from "../../scripts/patchers/shownMapping";
import { lineCount, placedAt } from "../../scripts/patchers/cellBoxes";
import { CELL_INSET, LINE_STEP } from "../../src/cell/CellLayout";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import { audioPassthroughErrors } from "./audioPassthrough";
import { DEVICES, boxes, committedDevice, root } from "./deviceFiles";

/**
 * Real Max / Max for Live objects (box classes, and the first word of `newobj` texts), as listed in
 * Ableton's maxdiff/known_objects.py (github.com/Ableton/maxdevtools) plus node.script (Node for Max).
 */
const KNOWN_OBJECTS = new Set([
  // box classes
  "newobj", "message", "comment", "live.comment", "live.tab", "live.menu", "live.text", "live.toggle",
  "live.dial", "live.numbox", "umenu", "textedit", "panel", "button", "toggle", "number", "flonum", "inlet", "outlet",
  "bpatcher", "ubutton", "jsui",
  // objects
  "live.thisdevice", "live.path", "live.object", "live.observer", "metro", "node.script", "js", "route",
  "prepend", "receive", "send", "r", "s", "midiin", "midiout", "print", "dict", "pattr", "pattrstorage",
  "opendialog", "savedialog", "iter", "gate", "t", "trigger", "unpack", "pack", "select", "sel", "loadbang",
  "deferlow", "defer", "tosymbol", "fromsymbol", "zl", "zl.reg", "thispatcher", "plugin~", "plugout~",
  "delay", "i", "+", "live.remote~", "mousefilter",
]);

/**
 * Short names show on the device ("generally in a range of 5 to 7 characters",
 * https://docs.cycling74.com/max5/refpages/m4l-ref/parameters.html). Long names name automation lanes
 * and must be unique per device (Ableton m4l-production-guidelines); no hard maximum is documented, so
 * 32 characters is this project's own bound, to keep them readable in Live's choosers.
 */
const SHORT_NAME_MAX = 7;
const LONG_NAME_MAX = 32;

function eachDevice(check: (patcher: MaxPatcher, path: string) => void): void {
  for (const { path } of DEVICES) check(committedDevice(path).patcher.patcher, path);
}

test("every box is a real Max or Max for Live object", () => {
  eachDevice((patcher, path) => {
    for (const box of boxes(patcher)) {
      assert.ok(KNOWN_OBJECTS.has(box.maxclass), `${path}: unknown box class ${box.maxclass}`);
      assert.ok(KNOWN_OBJECTS.has(objectName(box)), `${path}: unknown object [${box.text ?? ""}]`);
    }
  });
});

test("every patch cord joins existing boxes on existing outlets and inlets", () => {
  eachDevice((patcher, path) => {
    const byId = new Map(boxes(patcher).map((box) => [box.id, box]));
    assert.ok(patcher.lines.length > 0, path);
    for (const { patchline } of patcher.lines) {
      const [from, outlet] = patchline.source;
      const [to, inlet] = patchline.destination;
      const source = byId.get(from);
      const destination = byId.get(to);
      assert.ok(source && destination, `${path}: cord ${from} → ${to} joins a missing box`);
      assert.ok(outlet >= 0 && outlet < source.numoutlets, `${path}: ${from} has no outlet ${outlet}`);
      assert.ok(inlet >= 0 && inlet < destination.numinlets, `${path}: ${to} has no inlet ${inlet}`);
    }
  });
});

test("box ids are unique and every box has its outlet types", () => {
  eachDevice((patcher, path) => {
    const ids = boxes(patcher).map((box) => box.id);
    assert.is(new Set(ids).size, ids.length, path);
    for (const box of boxes(patcher)) {
      assert.is((box.outlettype ?? []).length, box.numoutlets, `${path}: ${box.id} outlettype`);
    }
  });
});

/** Script files named by [js] and [node.script] boxes. */
function scripts(patcher: MaxPatcher): { box: MaxBox; file: string }[] {
  return boxes(patcher)
    .filter((box) => ["js", "node.script"].includes(objectName(box)))
    .map((box) => ({ box, file: (box.text ?? "").split(" ")[1] ?? "" }));
}

test("the files the patchers load exist in device/ and declare the inlets and outlets the boxes show", () => {
  const loaded = new Set<string>();
  eachDevice((patcher, path) => {
    for (const { box, file } of scripts(patcher)) {
      loaded.add(file);
      const script = join(root, "device", file);
      assert.ok(existsSync(script), `${path} loads device/${file}, which does not exist`);
      if (objectName(box) !== "js") continue;
      // Max reads a [js] box's inlet and outlet counts from the script's `inlets`/`outlets` globals (default 1).
      const source = readFileSync(script, "utf8");
      const declared = (name: string): number => Number(new RegExp(`\\b${name}\\s*=\\s*(\\d+)`).exec(source)?.[1] ?? 1);
      assert.is(declared("inlets"), box.numinlets, `${file} inlets`);
      assert.is(declared("outlets"), box.numoutlets, `${file} outlets`);
    }
  });
  assert.equal([...loaded].sort(), ["lom-shim.js", "p0-input.js", "protocol0.js"]);
});

test("parameter names are unique per device, short, and settings are kept out of automation", () => {
  eachDevice((patcher, path) => {
    const params = boxes(patcher)
      .map((box) => ({ box, names: parameterNames(box) }))
      .filter((entry) => entry.names !== undefined);
    assert.ok(params.length > 0, path);
    const longNames = params.map(({ names }) => names?.longname ?? "");
    assert.is(new Set(longNames).size, longNames.length, `${path}: duplicate long names ${longNames.join(", ")}`);
    for (const { box, names } of params) {
      if (!names) continue;
      assert.ok(names.longname.length > 0 && names.longname.length <= LONG_NAME_MAX, `${path}: long name ${names.longname}`);
      assert.ok(names.shortname.length > 0 && names.shortname.length <= SHORT_NAME_MAX, `${path}: short name ${names.shortname}`);
      // Every parameter of these devices is a setting or a button: Stored Only (1) or Hidden (2).
      assert.ok(names.invisible === 1 || names.invisible === 2, `${path}: ${names.longname} is automatable`);
      if (box.maxclass === "live.text" && box["mode"] === 0) assert.is(names.invisible, 2, `${names.longname} button`);
      assert.equal(patcher.parameters[box.id], [names.longname, names.shortname, 0], `${path}: parameters entry of ${box.id}`);
    }
  });
});

test("the presentation fits Live's device view and opens in presentation mode", () => {
  eachDevice((patcher, path) => {
    assert.is(patcher.openinpresentation, 1, path);
    const [, , width, height] = patcher.openrect;
    assert.is(height, DEVICE_HEIGHT, path);
    const shown = boxes(patcher).filter((box) => box.presentation === 1);
    assert.ok(shown.length > 0, path);
    for (const box of shown) {
      const [x, y, w, h] = box.presentation_rect ?? [-1, -1, 0, 0];
      assert.ok(x >= 0 && y >= 0 && w > 0 && h > 0, `${path}: ${box.id} rect`);
      assert.ok(y + h <= DEVICE_HEIGHT, `${path}: ${box.id} ends at ${y + h} px, below ${DEVICE_HEIGHT}`);
      assert.ok(x + w <= width, `${path}: ${box.id} ends at ${x + w} px, past the device width ${width}`);
    }
  });
});

test("every audio-effect device passes both audio channels from [plugin~] to [plugout~]", () => {
  const audioEffects = DEVICES.filter(({ type }) => type === DEVICE_TYPES.audioEffect);
  assert.ok(audioEffects.length > 0);
  for (const { path } of audioEffects) assert.equal(audioPassthroughErrors(committedDevice(path).patcher.patcher), [], path);
});

test("the audio check fails a patcher that drops a channel or has no plugout~", () => {
  const dropped = mainDevice().file.patcher;
  const plugin = boxes(dropped).find((box) => objectName(box) === "plugin~")!;
  dropped.lines = dropped.lines.filter(({ patchline }) => !(patchline.source[0] === plugin.id && patchline.source[1] === 1));
  assert.equal(audioPassthroughErrors(dropped), ["channel 2 does not pass from [plugin~] to [plugout~]"]);

  const silent = mainDevice().file.patcher;
  silent.boxes = silent.boxes.filter(({ box }) => objectName(box) !== "plugout~");
  assert.equal(audioPassthroughErrors(silent), ["no [plugout~]"]);
});

/** Boxes a musician operates in the device view. */
const CONTROLS = new Set(["live.menu", "live.text", "live.toggle", "live.dial", "live.numbox", "live.tab", "umenu", "ubutton", "textedit", "button", "toggle"]);
/** Boxes that show text in the device view. */
const TEXT_BOXES = new Set(["comment", "live.comment", "umenu", "live.text", "live.menu", "live.tab", "message", "textedit"]);

function valueofOf(box: MaxBox): Record<string, unknown> | undefined {
  return (box["saved_attribute_attributes"] as { valueof?: Record<string, unknown> } | undefined)?.valueof;
}

test("every control has Info View text: an annotation name and an annotation (also in a parameter's valueof)", () => {
  eachDevice((patcher, path) => {
    const controls = boxes(patcher).filter((box) => box.presentation === 1 && CONTROLS.has(box.maxclass));
    assert.ok(controls.length > 0, path);
    for (const box of controls) {
      const what = `${path}: ${box.maxclass} ${box.id}`;
      assert.type(box["annotation_name"], "string", what);
      assert.type(box["annotation"], "string", what);
      assert.ok(String(box["annotation_name"]).length > 0 && String(box["annotation"]).length > 10, what);
      const valueof = valueofOf(box);
      if (valueof) assert.is(valueof["parameter_annotation_name"], box["annotation_name"], what);
    }
  });
});

test("the group selector is Hidden and every enum saves its item count", () => {
  const [main] = DEVICES;
  const group = boxes(committedDevice(main?.path ?? "").patcher.patcher).find((box) => box.maxclass === "live.menu");
  assert.is(parameterNames(group as MaxBox)?.longname, "Group");
  assert.is(parameterNames(group as MaxBox)?.invisible, 2, "Hidden: neither automated nor stored");
  eachDevice((patcher, path) => {
    for (const box of boxes(patcher)) {
      const enums = valueofOf(box)?.["parameter_enum"];
      if (Array.isArray(enums)) assert.is(valueofOf(box)?.["parameter_mmax"], enums.length - 1, `${path}: ${box.id}`);
    }
  });
});

test("every box that shows text in the device view uses Ableton Sans", () => {
  eachDevice((patcher, path) => {
    const texts = boxes(patcher).filter((box) => box.presentation === 1 && TEXT_BOXES.has(box.maxclass));
    assert.ok(texts.length > 0, path);
    for (const box of texts) {
      assert.ok(String(box["fontname"] ?? "").startsWith("Ableton Sans"), `${path}: ${box.maxclass} ${box.id} uses ${String(box["fontname"])}`);
    }
  });
});

test("a named [receive] has no inlet, as Max saves it", () => {
  let named = 0;
  eachDevice((patcher, path) => {
    for (const box of boxes(patcher).filter((b) => ["receive", "r"].includes(objectName(b)))) {
      const hasName = (box.text ?? "").trim().split(/\s+/).length > 1;
      if (hasName) named++;
      assert.is(box.numinlets, hasName ? 0 : 1, `${path}: [${box.text ?? ""}]`);
    }
  });
  assert.ok(named > 0);
});

test("[js] boxes save their file name and the patchers list the scripts they load, as Max does", () => {
  eachDevice((patcher, path) => {
    const loaded: string[] = [];
    for (const box of boxes(patcher)) {
      const [object, file = ""] = (box.text ?? "").split(" ");
      if (box.maxclass !== "newobj" || !["js", "node.script"].includes(object ?? "")) continue;
      loaded.push(file);
      if (object === "js") assert.equal(box["saved_object_attributes"], { filename: file, parameter_enable: 0 }, `${path}: [${box.text ?? ""}]`);
    }
    assert.equal(patcher.dependency_cache, loaded.sort().map((name) => ({ name, type: "TEXT", implicit: 1 })), path);
  });
});

test("the status line: the text without a level word, coloured by level, saved in the info colour, so pictured", () => {
  const device = mainDevice();
  const status = boxes(device.file.patcher).find((box) => box.id === device.ui.status) as MaxBox;
  assert.equal(status["textcolor"], [...STATUS_COLORS.info]);
  const shown = shownMapping(device.ui, defaultMapping as MappingDocument);
  assert.is(shown.text[device.ui.status], `ready: ${defaultMapping.groups.length} groups loaded`);
  assert.equal(shown.textcolor[device.ui.status], STATUS_COLORS.info);
  const picture = readFileSync(join(root, "docs/device.svg"), "utf8");
  // The Actions button shares the status line's row: the status's own box is found by its corner.
  const [x, y] = status.presentation_rect ?? [];
  const line = picture.split("\n").find((l) => l.includes(`<rect x="${x}" y="${y}"`) && l.includes("<text"));
  assert.ok(line?.includes(`>ready: ${defaultMapping.groups.length} groups loaded<`), line);
  assert.ok(line?.includes('fill="#d8d8d8"'), line);
});

test("the device is as wide as its content: the narrowest cells that show every default knob in three lines", () => {
  const device = mainDevice();
  assert.is(device.file.patcher.openrect[2], MAIN_WIDTH);
  // Each group's 16 cells as the bundle fills them, laid out as their [jsui] does (src/cell/CellLayout.ts).
  const cells = shownKnobs(device.ui, defaultMapping as MappingDocument)
    .filter(({ knob }) => knob === 1)
    .flatMap(({ shown }) => device.ui.cells.map((id) => shown.cells?.[id] ?? []));
  assert.is(cells.length, defaultMapping.groups.length * 16);
  const cell = boxes(device.file.patcher).find((box) => box.id === device.ui.cells[0]) as MaxBox;
  const [, , width, height] = cell.presentation_rect ?? [0, 0, 0, 0];
  assert.is(CELL_LINES * LINE_STEP + 2 * CELL_INSET[1], height, "the cell is as high as its lines");
  const mostLines = (w: number) => Math.max(...cells.map((words) => lineCount(placedAt(w, words))));
  assert.is(mostLines(width), CELL_LINES, `${width} px shows every knob in ${CELL_LINES} lines`);
  // One px narrower and some knob needs a fourth line: the cell is no wider than it must be.
  assert.ok(mostLines(width - 1) > CELL_LINES, `${width} px is wider than needed`);
  assert.equal([width, height], CELL);
});

test.run();
