// The main device (audio effect on the master track): bundle, shim, tick, MIDI from the input device,
// mapping storage, and the mapping UI in presentation mode.
import type { MaxPatcherFile, Rect } from "./MaxPatcher";
import { type Box, DEVICE_HEIGHT, PatcherBuilder, infoAttributes } from "./PatcherBuilder";
import { DEVICE_TYPES, amxdTypeNumber } from "./amxd";
import {
  FILES,
  FROM_BUNDLE,
  GAVE_UP_STATUS,
  MIDI_SEND_NAME,
  RESTART_BACKOFF_MS,
  RESTART_BUTTON,
  STABLE_MS,
  TO_BUNDLE,
} from "../../src/wire/DeviceMessages";
import { GESTURES } from "../../src/actions/Action";
import { GESTURE_NAMES } from "../../src/ui/GestureNames";

/** Inlets/outlets of the shim: it declares `inlets = 1; outlets = 1` (Max's defaults). */
export const SHIM_IO: [number, number] = [1, 1];

const ENCODERS = 16;
const COLUMNS = 4;
/** The left panel: the title, Import and Export in one row (4 + 70 + 2 + 48 + 2 + 48 = 174 px) and a margin. */
const PANEL_WIDTH = 176;
/**
 * A knob's cell, 4 px apart: 34 px high, three lines of 9 pt text (a line is 11 px), and 120 px wide,
 * the narrowest in which every knob of the default mapping shows its label and all its actions in those
 * three lines ("9 REC press Record · long Record unlimited · scroll Recording length" is the longest;
 * at 118 px it takes four). tests/devices/patchers.test.ts checks both, so the width follows the content.
 */
export const CELL: [number, number] = [124, 36];
export const CELL_LINES = 3;
/**
 * 678 px: the panel, a 6 px gap and four columns of cells, with the same 4 px margin on the left and the
 * right (guidelines checklist, "Positioning"). Ableton m4l-production-guidelines, "Device Width": "reducing
 * the width of each device as much as possible"; the 4×4 grid shows a whole EC4 group at once, which is
 * the device's point, so it does not fold away.
 */
export const MAIN_WIDTH = PANEL_WIDTH + 6 + COLUMNS * CELL[0];
/**
 * Live's font on every box that shows text (Ableton m4l-production-guidelines, "Fonts": "Ableton Sans is
 * included as a standard font in Max ... Use this type face for a look that is consistent with Live's
 * devices"; checklist: "All UI fonts are set to Live's font"), at the 9 pt of Ableton's own device text
 * (maxdevtools Test.amxd's live.tab "Time Mode": fontsize 9.0). "Ableton Sans Medium" and "Ableton Sans
 * Bold" are the names Max patchers carry for its regular and bold cuts.
 */
export const FONT = "Ableton Sans Medium";
export const BOLD_FONT = "Ableton Sans Bold";
const TEXT = { fontsize: 9.0, fontname: FONT };

/**
 * The status line's text colour by level: warnings and errors told apart without a level word. A
 * comment takes `textcolor r g b a` (Max's common box attributes); it is saved in the info colour, its
 * state when the device loads (guidelines checklist: "Colors and texts that are changed dynamically are
 * saved in their default state"). Warn is Live's orange accent, the live.menu's colour in the picture.
 */
export const STATUS_COLORS = {
  info: [0.847, 0.847, 0.847, 1.0],
  warn: [1.0, 0.678, 0.337, 1.0],
  error: [1.0, 0.376, 0.376, 1.0],
} as const satisfies { [level: string]: readonly [number, number, number, number] };
export type StatusLevel = keyof typeof STATUS_COLORS;
export const STATUS_LEVELS = Object.keys(STATUS_COLORS) as StatusLevel[];

/** Box ids of the parts of the UI the bundle fills, for pictures of the device. */
export interface MainDeviceUi {
  group: string;
  status: string;
  /** The knob editor: its heading, its press, long press and scroll menus, and the actions' descriptions. */
  editor: { heading: string; menus: string[]; help: string };
  /** Per knob position 1..16: the text showing its label and actions. */
  cells: string[];
}

export interface MainDevice {
  file: MaxPatcherFile;
  ui: MainDeviceUi;
}

/** The [route] that sorts the bundle's messages by selector, and the outlet of each selector. */
interface Dispatch {
  box: Box;
  outlet(selector: string): number;
}

/** Where messages bound for node.script go in: the right inlet of the [gate] in front of it. */
export interface NodeInbox {
  box: Box;
  inlet: number;
}

/** Logic: live.thisdevice, metro, node.script ↔ js, MIDI receive, mapping storage, dispatch of UI messages. */
function wireCore(p: PatcherBuilder): { node: Box; inbox: NodeInbox; dispatch: Dispatch; restart: Box } {
  const thisDevice = p.obj("live.thisdevice");
  const ready = p.msg(TO_BUNDLE.ready);
  const shim = p.obj(`js ${FILES.shim}`);
  const node = p.obj(`node.script ${FILES.bundle} @autostart 1 @watch 0`, {
    saved_object_attributes: { autostart: 1, defer: 0, watch: 0 },
  });
  // A message reaching node.script before its script has run is dropped with "Node script not ready
  // can't handle message …" on the Max console, and the lifecycle `start` comes before the script has
  // loaded (https://docs.cycling74.com/max8/vignettes/08_n4m_lifecycle). So everything bound for it
  // passes this [gate], opened by the script's p0_ready and closed when it stops. A closed gate drops
  // silently; what it dropped the script asks for again at start (lom_hello; its UI fills itself).
  const gate = p.obj("gate");
  p.connect(gate, 0, node);
  const inbox: NodeInbox = { box: gate, inlet: 1 };
  const toNode = (from: Box, outlet = 0) => p.connect(from, outlet, gate, 1);
  const open = p.msg("1");
  const shut = p.msg("0");
  p.connect(open, 0, gate);
  p.connect(shut, 0, gate);
  p.connect(thisDevice, 0, ready);
  p.connect(ready, 0, shim);
  toNode(ready);
  toNode(shim);

  // The tick starts with the bundle's first lom_hello and stops when node.script reports the script
  // stopped (lifecycle events out of its right outlet, the docs above; no [print] of them: Ableton
  // m4l-production-guidelines, "There are no prints in the Max Console on load").
  p.section();
  const metro = p.obj("metro 17");
  toNode(metro);
  const lifecycle = p.obj("route stop terminated restarting start");
  p.connect(node, 1, lifecycle);
  const stopMetro = p.msg("stop");
  p.connect(stopMetro, 0, metro);
  for (let outlet = 0; outlet < 4; outlet++) {
    p.connect(lifecycle, outlet, stopMetro);
    p.connect(lifecycle, outlet, shut);
  }

  p.section();
  const routed = [
    FROM_BUNDLE.lomBatch,
    FROM_BUNDLE.lomHello,
    FROM_BUNDLE.status,
    FROM_BUNDLE.uiGroups,
    FROM_BUNDLE.uiEncoder,
    FROM_BUNDLE.uiKnob,
    FROM_BUNDLE.uiHelp,
    FROM_BUNDLE.uiActions,
    FROM_BUNDLE.mappingStore,
    FROM_BUNDLE.mappingRead,
    FROM_BUNDLE.clearConsole,
    FROM_BUNDLE.scriptReady,
  ];
  const router = p.obj(`route ${routed.join(" ")}`);
  p.connect(node, 0, router);
  const dispatch: Dispatch = { box: router, outlet: (selector) => routed.indexOf(selector) };
  const toShim = p.obj(`prepend ${FROM_BUNDLE.lomBatch}`);
  p.connect(router, dispatch.outlet(FROM_BUNDLE.lomBatch), toShim);
  p.connect(toShim, 0, shim);
  // Only a bug prints here: every message the bundle sends is routed.
  p.connect(router, routed.length, p.obj("print p0_unrouted"));
  // `clearmaxwindow` is a message of the `max` object (Max's messages to Max reference).
  p.connect(router, dispatch.outlet(FROM_BUNDLE.clearConsole), p.msg("; max clearmaxwindow"));

  // On each bundle start: greet the shim, start the tick.
  const onHello = p.obj("t b b");
  p.connect(router, dispatch.outlet(FROM_BUNDLE.lomHello), onHello);
  const hello = p.msg(FROM_BUNDLE.lomHello);
  p.connect(onHello, 0, hello);
  p.connect(hello, 0, shim);
  p.connect(onHello, 1, metro);
  wireMappingStorage(p, router, dispatch, toNode);

  // The input script sends whole `midi cc|note <channel> <number> <value>` messages (src/wire/ControllerMidi.ts).
  // Until the script is ready they take the [gate]'s second outlet, where they are only counted; the
  // count goes to the script with p0_ready (a debug line, nothing on the console).
  p.section();
  const midiIn = p.obj(`receive ${MIDI_SEND_NAME}`);
  const midiGate = p.obj("gate 2 2");
  p.connect(midiIn, 0, midiGate, 1);
  toNode(midiGate, 0);
  const counting = p.msg("2");
  p.connect(counting, 0, midiGate);
  p.connect(open, 0, midiGate);
  for (let outlet = 0; outlet < 4; outlet++) p.connect(lifecycle, outlet, counting);
  const dropped = p.obj("t b");
  p.connect(midiGate, 1, dropped);
  const count = p.obj("i");
  const increment = p.obj("+ 1");
  const keep = p.obj("t i i");
  const report = p.obj("zl.reg");
  p.connect(dropped, 0, count);
  p.connect(count, 0, increment);
  p.connect(increment, 0, keep);
  p.connect(keep, 1, count, 1);
  p.connect(keep, 0, report, 1);
  const toReport = p.obj(`prepend ${TO_BUNDLE.midiDropped}`);
  p.connect(report, 0, toReport);
  toNode(toReport);
  const zero = p.msg("0");
  const forget = p.msg("zlclear");
  p.connect(zero, 0, count, 1);
  p.connect(forget, 0, report);

  // p0_ready, right to left: let messages in, report the dropped MIDI, reset its count, start the
  // watchdog's stable timer.
  const onReady = p.obj("t b b b b");
  p.connect(router, dispatch.outlet(FROM_BUNDLE.scriptReady), onReady);
  p.connect(onReady, 3, open);
  p.connect(onReady, 2, report);
  p.connect(onReady, 1, zero);
  p.connect(onReady, 1, forget);
  // What is under way (a recording, a looping scene) lives in a [dict] of the device's own, which a
  // Node restart leaves alone and Live does not save (so it costs no undo step): the script learns its
  // name, `---` made unique to the device by Max for Live (m4l-production-guidelines, "Local and
  // global naming"), with each p0_ready (src/actions/InFlight.ts).
  p.obj(`dict ${STATE_DICT_NAME}`);
  const stateDict = p.msg(`${TO_BUNDLE.stateDict} ${STATE_DICT_NAME}`);
  p.connect(onReady, 2, stateDict);
  toNode(stateDict);
  const restart = wireWatchdog(p, node, lifecycle, onReady);
  return { node, inbox, dispatch, restart };
}

/**
 * The mapping is a blob parameter of [pattr], which Live saves with the set and with device presets
 * ("blob: any type of data you can store with a pattr object", https://docs.cycling74.com/userguide/m4l/live_parameters),
 * and which outputs its value when the patcher loads (autorestore, https://docs.cycling74.com/reference/pattr).
 * Every output reaches the bundle, whatever made it: Live's own (a set or preset load, an undo) as
 * mapping_restore, the answer to the bundle's mapping_read as mapping_stored. A [gate 2 1] tells them
 * apart: the read switches it to its second outlet, bangs the [pattr] and switches back ([t] fires
 * right to left). The bundle stores with `set`, which sends nothing back (no store loop). While the
 * script is not ready the inbox [gate] drops an output: the bundle reads the stored copy at each start.
 */
function wireMappingStorage(p: PatcherBuilder, router: Box, dispatch: Dispatch, toNode: (from: Box, outlet?: number) => void): void {
  const mapping = p.paramObject("pattr p0_mapping", {
    longname: "Mapping",
    shortname: "Mapping",
    type: 3,
    visibility: 1,
  });
  const which = p.obj("gate 2 1");
  p.connect(mapping, 0, which, 1);
  const fromLive = p.obj(`prepend ${TO_BUNDLE.mappingRestore}`);
  p.connect(which, 0, fromLive);
  toNode(fromLive);
  const answer = p.obj(`prepend ${TO_BUNDLE.mappingStored}`);
  p.connect(which, 1, answer);
  toNode(answer);
  const onRead = p.obj("t b b b");
  p.connect(router, dispatch.outlet(FROM_BUNDLE.mappingRead), onRead);
  const toAnswer = p.msg("2");
  const toLive = p.msg("1");
  p.connect(onRead, 2, toAnswer);
  p.connect(toAnswer, 0, which);
  p.connect(onRead, 1, mapping);
  p.connect(onRead, 0, toLive);
  p.connect(toLive, 0, which);
  const store = p.obj("prepend set");
  p.connect(router, dispatch.outlet(FROM_BUNDLE.mappingStore), store);
  p.connect(store, 0, mapping);
}

/** The device's own [dict] for what is under way. */
export const STATE_DICT_NAME = "---p0_state";

/**
 * Restarts a script that terminated: `script start` into node.script after RESTART_BACKOFF_MS[n] for
 * the nth attempt in a row, then an error on the status line and the Restart button. An int into
 * [delay]'s left inlet sets its time and starts it, `stop` cancels it (https://docs.cycling74.com/reference/delay).
 * node.script may restart a crashed script by itself ("Automatic Restarting", the lifecycle page):
 * its `restarting` or `start` cancels the pending restart. Answers the box the status line's give-up
 * message leaves from.
 */
function wireWatchdog(p: PatcherBuilder, node: Box, lifecycle: Box, onReady: Box): Box {
  p.section();
  const attempts = p.obj("i");
  const nextAttempt = p.obj("+ 1");
  const attempt = p.obj("t i i");
  const died = p.obj("t b");
  p.connect(lifecycle, 1, died);
  p.connect(died, 0, attempts);
  p.connect(attempts, 0, attempt);
  p.connect(attempt, 1, nextAttempt);
  p.connect(nextAttempt, 0, attempts, 1);
  const backoff = p.obj(`route ${RESTART_BACKOFF_MS.map((_, index) => index).join(" ")}`);
  p.connect(attempt, 0, backoff);
  const later = p.obj("delay");
  RESTART_BACKOFF_MS.forEach((ms, index) => {
    const wait = p.msg(String(ms));
    p.connect(backoff, index, wait);
    p.connect(wait, 0, later);
  });
  const start = p.msg("script start");
  p.connect(later, 0, start);
  p.connect(start, 0, node);
  const cancel = p.msg("stop");
  p.connect(cancel, 0, later);
  p.connect(lifecycle, 2, cancel);
  p.connect(lifecycle, 3, cancel);

  // Once it has run STABLE_MS, a script that dies again starts from the first delay.
  const stable = p.obj(`delay ${STABLE_MS}`);
  const reset = p.msg("0");
  p.connect(onReady, 0, stable);
  p.connect(stable, 0, reset);
  p.connect(reset, 0, attempts, 1);
  const unstable = p.msg("stop");
  p.connect(unstable, 0, stable);
  for (let outlet = 0; outlet < 4; outlet++) p.connect(lifecycle, outlet, unstable);

  // Out of attempts: say so and show the button; p0_ready hides it again. `script show|hide <name>`
  // to [thispatcher] acts on the box of that scripting name (its varname).
  const patcher = p.obj("thispatcher", { save: ["#N", "thispatcher", ";", "#Q", "end", ";"] });
  const gaveUp = p.obj("t b b");
  p.connect(backoff, RESTART_BACKOFF_MS.length, gaveUp);
  const show = p.msg(`script show ${RESTART_BUTTON}`);
  const hide = p.msg(`script hide ${RESTART_BUTTON}`);
  p.connect(gaveUp, 1, show);
  p.connect(show, 0, patcher);
  p.connect(onReady, 0, hide);
  p.connect(hide, 0, patcher);
  // Into the status line's level router, like the bundle's `status <level> <text>`.
  const status = p.msg(GAVE_UP_STATUS);
  p.connect(gaveUp, 0, status);

  // The button: a Hidden live.text, hidden until needed; a click starts over from the first delay.
  const button = p.param(
    "live.text",
    [MAIN_WIDTH - 60, DEVICE_HEIGHT - 20, 56, 16],
    {
      longname: RESTART_BUTTON,
      shortname: RESTART_BUTTON,
      type: 2,
      visibility: 2,
      enums: ["off", "on"],
      info: { name: "Restart", text: "Starts Protocol0's script again after it stopped and did not restart by itself." },
    },
    { mode: 0, text: RESTART_BUTTON, texton: RESTART_BUTTON, hidden: 1, ...TEXT },
  );
  const manual = p.obj("t b b");
  p.connect(button, 0, manual);
  p.connect(manual, 1, reset);
  p.connect(manual, 0, start);
  p.connect(manual, 0, hide);
  return status;
}

/** Info View text of the editor's menus, by gesture. */
const GESTURE_INFO: { [gesture in (typeof GESTURES)[number]]: { name: string; text: string } } = {
  press: { name: "Press", text: "The action a short press of the edited knob runs." },
  longPress: { name: "Long press", text: "The action a long press of the edited knob runs." },
  scroll: { name: "Scroll", text: "The action turning the edited knob runs." },
};

function cellRect(position: number): Rect {
  const index = position - 1;
  const x = PANEL_WIDTH + 6 + (index % COLUMNS) * CELL[0];
  const y = 4 + Math.floor(index / COLUMNS) * CELL[1];
  return [x, y, CELL[0] - 4, CELL[1] - 2];
}

/** The left panel: title, import/export, group selector; the status line along the bottom. */
function wirePanel(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch, gaveUp: Box): Pick<MainDeviceUi, "group" | "status"> {
  p.section();
  p.ui("comment", [4, 2, 70, 18], { text: "Protocol0", fontsize: 12.0, fontname: BOLD_FONT });
  // The group selector is a view choice filled by the script (`_parameter_range <names>`: "the members of
  // the enumerated list (for Enum types)", Cycling '74 parameter attributes, docs.cycling74.com/max5/
  // refpages/m4l-ref/paraminspector.html), so it is Hidden: neither automated nor stored (Ableton
  // m4l-production-guidelines, "Saving Parameters": Hidden when a parameter "affects other ... parameters",
  // to spare Live's undo history and preset storage). Stored, Live would bring back an index into the
  // list of the previous session, which the next mapping may not have. What the file saves is the list
  // as loaded: one item "-" and its item count (parameter_mmax 0), until the bundle's ui_groups replaces
  // both.
  const group = p.param(
    "live.menu",
    [4, 22, PANEL_WIDTH - 4, 15],
    {
      longname: "Group",
      shortname: "Group",
      type: 2,
      visibility: 2,
      enums: ["-"],
      info: { name: "Group", text: "The EC4 group whose 16 knobs the grid shows and the editor edits." },
    },
    TEXT,
  );
  const groups = p.obj("prepend _parameter_range");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiGroups), groups);
  p.connect(groups, 0, group);
  const chosen = p.obj(`prepend ${TO_BUNDLE.uiGroup}`);
  p.connect(group, 0, chosen);
  p.connect(chosen, 0, node.box, node.inlet);

  // live.text buttons are Hidden parameters: Ableton m4l-production-guidelines, "Hidden is the correct
  // choice ... when using a [live.text] object in Button mode". A click bangs the left outlet
  // (https://docs.cycling74.com/max5/refpages/m4l-ref/live.text.html).
  const dialogs: [string, Rect, string, string, string][] = [
    ["Import", [76, 3, 48, 16], "opendialog", TO_BUNDLE.mappingImport, "Loads a mapping from a JSON file; an invalid file leaves the current mapping as it is."],
    ["Export", [126, 3, 48, 16], "savedialog", TO_BUNDLE.mappingExport, "Saves the current mapping to a JSON file."],
  ];
  for (const [name, rect, dialogObject, message, text] of dialogs) {
    const button = p.param(
      "live.text",
      rect,
      { longname: name, shortname: name, type: 2, visibility: 2, enums: ["off", "on"], info: { name, text } },
      { mode: 0, text: name, texton: name, ...TEXT },
    );
    const dialog = p.obj(dialogObject);
    const toNode = p.obj(`prepend ${message}`);
    p.connect(button, 0, dialog);
    p.connect(dialog, 0, toNode);
    p.connect(toNode, 0, node.box, node.inlet);
  }

  // The status line: `status <level> <text>` shows the text alone, coloured by its level. [route] strips
  // the level; [t l b] fires right to left: the colour, then the text.
  const status = p.ui("comment", [4, DEVICE_HEIGHT - 19, MAIN_WIDTH - 8, 15], {
    text: "starting…",
    textcolor: [...STATUS_COLORS.info],
    ...TEXT,
  });
  const byLevel = p.obj(`route ${STATUS_LEVELS.join(" ")}`);
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.status), byLevel);
  p.connect(gaveUp, 0, byLevel);
  const setStatus = p.obj("prepend set");
  p.connect(setStatus, 0, status);
  STATUS_LEVELS.forEach((level, outlet) => {
    const colourThenText = p.obj("t l b");
    p.connect(byLevel, outlet, colourThenText);
    const colour = p.msg(`textcolor ${STATUS_COLORS[level].join(" ")}`);
    p.connect(colourThenText, 1, colour);
    p.connect(colour, 0, status);
    p.connect(colourThenText, 0, setStatus);
  });
  // A line without a known level is shown whole, in the colour of the last one.
  p.connect(byLevel, STATUS_LEVELS.length, setStatus);
  return { group: group.id, status: status.id };
}

/**
 * The knob editor: one menu per gesture, filled with the action titles of its `ui_actions`. The bundle
 * sends `ui_knob <position> <label> <press> <longPress> <scroll>` (menu indexes) for the knob to edit;
 * a choice goes back as `ui_action <position> <gesture> <index>`, and `ui_help` fills the line below.
 * umenu's `set <int>` shows an item without output; its left outlet sends the chosen index
 * (https://docs.cycling74.com/max5/refpages/max-ref/umenu.html).
 */
function wireEditor(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch): MainDeviceUi["editor"] {
  p.section();
  const heading = p.ui("comment", [4, 42, PANEL_WIDTH - 4, 15], { text: "knob 1", fontsize: 9.0, fontname: BOLD_FONT });
  const fields = p.obj("unpack i s i i i");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiKnob), fields);
  const setHeading = p.obj("prepend set knob");
  p.connect(fields, 1, setHeading);
  p.connect(setHeading, 0, heading);

  // ui_actions <gesture> <titles> goes to that gesture's menu.
  p.section();
  const byGesture = p.obj(`route ${GESTURES.join(" ")}`);
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiActions), byGesture);

  const menus = GESTURES.map((gesture, index) => {
    p.section();
    // Its titles refill the menu: clear, the "-" (no action) item, then one item per action title.
    const refill = p.obj("t l b b");
    p.connect(byGesture, index, refill);
    const clear = p.msg("clear");
    const none = p.msg("append -");
    const each = p.obj("iter");
    const append = p.obj("prepend append");
    p.connect(refill, 2, clear);
    p.connect(refill, 1, none);
    p.connect(refill, 0, each);
    p.connect(each, 0, append);
    const y = 60 + index * 18;
    p.ui("comment", [4, y, 40, 15], { text: GESTURE_NAMES[gesture], ...TEXT });
    // Not a parameter: the menus show the edited knob, the mapping document keeps the choice. Max saves a
    // umenu's items as they stand (maxdiff/known_objects.py: an empty one as "<empty>"); these are saved
    // as the "-" item the bundle's `clear, append -, append <titles>` starts from.
    const menu = p.ui("umenu", [46, y, PANEL_WIDTH - 46, 16], {
      items: ["-"],
      parameter_enable: 0,
      ...infoAttributes(GESTURE_INFO[gesture]),
      ...TEXT,
    });
    for (const filler of [clear, none, append]) p.connect(filler, 0, menu);
    const current = p.obj("prepend set");
    p.connect(fields, index + 2, current);
    p.connect(current, 0, menu);
    // The choice goes out with the edited knob's position, which `set` updates in [prepend].
    const edit = p.obj(`prepend ${TO_BUNDLE.uiAction} 1 ${gesture}`);
    p.connect(menu, 0, edit);
    p.connect(edit, 0, node.box, node.inlet);
    const retarget = p.msg(`set ${TO_BUNDLE.uiAction} $1 ${gesture}`);
    p.connect(fields, 0, retarget);
    p.connect(retarget, 0, edit);
    return menu.id;
  });

  p.section();
  // Three lines, between the last menu (ends at 112) and the status line (starts at DEVICE_HEIGHT - 19).
  const help = p.ui("comment", [4, 114, PANEL_WIDTH - 4, DEVICE_HEIGHT - 19 - 114], { text: "", ...TEXT });
  const setHelp = p.obj("prepend set");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiHelp), setHelp);
  p.connect(setHelp, 0, help);
  return { heading: heading.id, menus, help: help.id };
}

/** The 4×4 grid: each knob's label and its actions' titles; clicking a knob asks the bundle to edit it. */
function wireEncoders(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch): string[] {
  p.section();
  const positions = Array.from({ length: ENCODERS }, (_, index) => index + 1);
  const byPosition = p.obj(`route ${positions.join(" ")}`);
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiEncoder), byPosition);

  return positions.map((position) => {
    p.section();
    const rect = cellRect(position);
    const cell = p.ui("comment", rect, { text: `${position}`, ...TEXT });
    const show = p.obj(`prepend set ${position}`);
    p.connect(byPosition, position - 1, show);
    p.connect(show, 0, cell);
    const click = p.ui("ubutton", rect, {
      hilite: 1,
      ...infoAttributes({ name: `Knob ${position}`, text: `Knob ${position} of the group: its label and actions. Click to edit it.` }),
    });
    const select = p.msg(`${TO_BUNDLE.uiKnob} ${position}`);
    p.connect(click, 0, select);
    p.connect(select, 0, node.box, node.inlet);
    return cell.id;
  });
}

/**
 * An audio effect must pass its input on, or the master track goes silent: [plugin~] → [plugout~], both
 * channels, as Ableton maxdevtools cpu-reporter/CPU Reporter.amxd wires them (Cycling '74 plugout~
 * reference: "the input is copied to the audio outputs of the plug-in").
 */
function wireAudio(p: PatcherBuilder): void {
  const input = p.obj("plugin~");
  const output = p.obj("plugout~");
  p.connect(input, 0, output, 0);
  p.connect(input, 1, output, 1);
  p.section();
}

export function mainDevice(): MainDevice {
  const p = new PatcherBuilder({ [FILES.shim]: SHIM_IO });
  wireAudio(p);
  const { inbox, dispatch, restart } = wireCore(p);
  const panel = wirePanel(p, inbox, dispatch, restart);
  const editor = wireEditor(p, inbox, dispatch);
  const cells = wireEncoders(p, inbox, dispatch);
  const file = p.build({ width: MAIN_WIDTH, amxdtype: amxdTypeNumber(DEVICE_TYPES.audioEffect) });
  return { file, ui: { ...panel, editor, cells } };
}
