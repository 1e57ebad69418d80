// The main device (audio effect on the master track): bundle, shim, tick, MIDI from the input device,
// mapping storage, and the mapping UI in presentation mode.
import type { MaxPatcherFile, Rect } from "./MaxPatcher";
import { type Box, DEVICE_HEIGHT, PatcherBuilder } from "./PatcherBuilder";
import { DEVICE_TYPES, amxdTypeNumber } from "./amxd";
import { FILES, FROM_BUNDLE, GESTURE_NAMES, MIDI_SEND_NAME, TO_BUNDLE } from "../../src/host/DeviceMessages";
import { GESTURES } from "../../src/actions/Action";

/** Inlets/outlets of the shim: it declares `inlets = 1; outlets = 1` (Max's defaults). */
export const SHIM_IO: [number, number] = [1, 1];

const ENCODERS = 16;
const COLUMNS = 4;
const PANEL_WIDTH = 176;
const CELL: [number, number] = [150, 36];
export const MAIN_WIDTH = PANEL_WIDTH + 6 + COLUMNS * CELL[0];
const TEXT = { fontsize: 9.0, fontname: "Arial" };

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

/** Logic: live.thisdevice, metro, node.script ↔ js, MIDI receive, mapping storage, dispatch of UI messages. */
function wireCore(p: PatcherBuilder): { node: Box; dispatch: Dispatch } {
  const thisDevice = p.obj("live.thisdevice");
  const ready = p.msg(TO_BUNDLE.ready);
  const shim = p.obj(`js ${FILES.shim}`);
  const node = p.obj(`node.script ${FILES.bundle} @autostart 1 @watch 0`, {
    saved_object_attributes: { autostart: 1, defer: 0, watch: 0 },
  });
  p.connect(thisDevice, 0, ready);
  p.connect(ready, 0, shim);
  p.connect(ready, 0, node);
  p.connect(shim, 0, node);

  // The tick starts with the bundle's first lom_hello (so it never bangs a script that is not running)
  // and stops when node.script reports the script stopped
  // (lifecycle events out of the right outlet: https://docs.cycling74.com/max8/vignettes/08_n4m_lifecycle).
  p.section();
  const metro = p.obj("metro 17");
  p.connect(metro, 0, node);
  const lifecycle = p.obj("print p0_node");
  p.connect(node, 1, lifecycle);
  const stopped = p.obj("route stop terminated restarting");
  p.connect(node, 1, stopped);
  const stopMetro = p.msg("stop");
  for (let outlet = 0; outlet < 3; outlet++) p.connect(stopped, outlet, stopMetro);
  p.connect(stopMetro, 0, metro);

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
    FROM_BUNDLE.clearConsole,
  ];
  const router = p.obj(`route ${routed.join(" ")}`);
  p.connect(node, 0, router);
  const dispatch: Dispatch = { box: router, outlet: (selector) => routed.indexOf(selector) };
  const toShim = p.obj(`prepend ${FROM_BUNDLE.lomBatch}`);
  p.connect(router, dispatch.outlet(FROM_BUNDLE.lomBatch), toShim);
  p.connect(toShim, 0, shim);
  p.connect(router, routed.length, p.obj("print p0_unrouted"));
  // `clearmaxwindow` is a message of the `max` object (Max's messages to Max reference).
  p.connect(router, dispatch.outlet(FROM_BUNDLE.clearConsole), p.msg("; max clearmaxwindow"));

  // On each bundle start: greet the shim, start the tick, hand back the stored mapping.
  // The mapping is a blob parameter of [pattr], which Live saves with the set and restores on load
  // ("blob: ... any type of data you can store with a pattr object", https://docs.cycling74.com/userguide/m4l/live_parameters).
  // The [gate] opens only while the bundle asks, so the value [pattr] outputs when the set loads
  // never reaches a script that is not running yet. [t] fires right to left: open, bang, close.
  const onHello = p.obj("t b b b b b");
  p.connect(router, dispatch.outlet(FROM_BUNDLE.lomHello), onHello);
  const hello = p.msg(FROM_BUNDLE.lomHello);
  p.connect(onHello, 0, hello);
  p.connect(hello, 0, shim);
  p.connect(onHello, 1, metro);
  const mapping = p.paramObject("pattr p0_mapping", {
    longname: "Mapping",
    shortname: "Mapping",
    type: 3,
    visibility: 1,
  });
  const asked = p.obj("gate");
  const open = p.msg("1");
  const close = p.msg("0");
  p.connect(onHello, 4, open);
  p.connect(open, 0, asked);
  p.connect(onHello, 3, mapping);
  p.connect(onHello, 2, close);
  p.connect(close, 0, asked);
  p.connect(mapping, 0, asked, 1);
  const restore = p.obj(`prepend ${TO_BUNDLE.mappingRestore}`);
  p.connect(asked, 0, restore);
  p.connect(restore, 0, node);
  const store = p.obj("prepend set");
  p.connect(router, dispatch.outlet(FROM_BUNDLE.mappingStore), store);
  p.connect(store, 0, mapping);

  p.section();
  // The input script sends whole `midi <channel> <status> <data1> <data2>` messages (src/control/TaggedMidi.ts).
  const midiIn = p.obj(`receive ${MIDI_SEND_NAME}`);
  p.connect(midiIn, 0, node);
  return { node, dispatch };
}

function cellRect(position: number): Rect {
  const index = position - 1;
  const x = PANEL_WIDTH + 6 + (index % COLUMNS) * CELL[0];
  const y = 4 + Math.floor(index / COLUMNS) * CELL[1];
  return [x, y, CELL[0] - 4, CELL[1] - 2];
}

/** The left panel: title, import/export, group selector; the status line along the bottom. */
function wirePanel(p: PatcherBuilder, node: Box, dispatch: Dispatch): Pick<MainDeviceUi, "group" | "status"> {
  p.section();
  p.ui("comment", [4, 2, 70, 18], { text: "Protocol0", fontsize: 12.0, fontname: "Arial Bold" });
  const group = p.param("live.menu", [4, 22, PANEL_WIDTH - 4, 15], {
    longname: "Group",
    shortname: "Group",
    type: 2,
    visibility: 1,
    enums: ["-"],
  });
  const groups = p.obj("prepend _parameter_range");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiGroups), groups);
  p.connect(groups, 0, group);
  const chosen = p.obj(`prepend ${TO_BUNDLE.uiGroup}`);
  p.connect(group, 0, chosen);
  p.connect(chosen, 0, node);

  // live.text buttons are Hidden parameters: Ableton m4l-production-guidelines, "Hidden is the correct
  // choice ... when using a [live.text] object in Button mode". A click bangs the left outlet
  // (https://docs.cycling74.com/max5/refpages/m4l-ref/live.text.html).
  const dialogs: [string, Rect, string, string][] = [
    ["Import", [76, 3, 48, 16], "opendialog", TO_BUNDLE.mappingImport],
    ["Export", [126, 3, 48, 16], "savedialog", TO_BUNDLE.mappingExport],
  ];
  for (const [name, rect, dialogObject, message] of dialogs) {
    const button = p.param(
      "live.text",
      rect,
      { longname: name, shortname: name, type: 2, visibility: 2, enums: ["off", "on"] },
      { mode: 0, text: name, texton: name },
    );
    const dialog = p.obj(dialogObject);
    const toNode = p.obj(`prepend ${message}`);
    p.connect(button, 0, dialog);
    p.connect(dialog, 0, toNode);
    p.connect(toNode, 0, node);
  }

  const status = p.ui("comment", [4, DEVICE_HEIGHT - 19, MAIN_WIDTH - 8, 15], { text: "starting…", ...TEXT });
  const setStatus = p.obj("prepend set");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.status), setStatus);
  p.connect(setStatus, 0, status);
  return { group: group.id, status: status.id };
}

/**
 * The knob editor: one menu per gesture, filled with the action titles of `ui_actions`. The bundle
 * sends `ui_knob <position> <label> <press> <longPress> <scroll>` (menu indexes) for the knob to edit;
 * a choice goes back as `ui_action <position> <gesture> <index>`, and `ui_help` fills the line below.
 * umenu's `set <int>` shows an item without output; its left outlet sends the chosen index
 * (https://docs.cycling74.com/max5/refpages/max-ref/umenu.html).
 */
function wireEditor(p: PatcherBuilder, node: Box, dispatch: Dispatch): MainDeviceUi["editor"] {
  p.section();
  const heading = p.ui("comment", [4, 42, PANEL_WIDTH - 4, 15], { text: "knob 1", fontsize: 9.0, fontname: "Arial Bold" });
  const fields = p.obj("unpack i s i i i");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiKnob), fields);
  const setHeading = p.obj("prepend set knob");
  p.connect(fields, 1, setHeading);
  p.connect(setHeading, 0, heading);

  // ui_actions refills the menus: clear, the "-" (no action) item, then one item per action title.
  p.section();
  const refill = p.obj("t l b b");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiActions), refill);
  const clear = p.msg("clear");
  const none = p.msg("append -");
  const each = p.obj("iter");
  const append = p.obj("prepend append");
  p.connect(refill, 2, clear);
  p.connect(refill, 1, none);
  p.connect(refill, 0, each);
  p.connect(each, 0, append);

  const menus = GESTURES.map((gesture, index) => {
    p.section();
    const y = 60 + index * 18;
    p.ui("comment", [4, y, 40, 15], { text: GESTURE_NAMES[gesture], ...TEXT });
    const menu = p.ui("umenu", [46, y, PANEL_WIDTH - 46, 16], { items: ["-"], parameter_enable: 0, ...TEXT });
    for (const filler of [clear, none, append]) p.connect(filler, 0, menu);
    const current = p.obj("prepend set");
    p.connect(fields, index + 2, current);
    p.connect(current, 0, menu);
    // The choice goes out with the edited knob's position, which `set` updates in [prepend].
    const edit = p.obj(`prepend ${TO_BUNDLE.uiAction} 1 ${gesture}`);
    p.connect(menu, 0, edit);
    p.connect(edit, 0, node);
    const retarget = p.msg(`set ${TO_BUNDLE.uiAction} $1 ${gesture}`);
    p.connect(fields, 0, retarget);
    p.connect(retarget, 0, edit);
    return menu.id;
  });

  p.section();
  const help = p.ui("comment", [4, 116, PANEL_WIDTH - 4, DEVICE_HEIGHT - 137], { text: "", ...TEXT });
  const setHelp = p.obj("prepend set");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiHelp), setHelp);
  p.connect(setHelp, 0, help);
  return { heading: heading.id, menus, help: help.id };
}

/** The 4×4 grid: each knob's label and its actions' titles; clicking a knob asks the bundle to edit it. */
function wireEncoders(p: PatcherBuilder, node: Box, dispatch: Dispatch): string[] {
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
    const click = p.ui("ubutton", rect, { hilite: 1 });
    const select = p.msg(`${TO_BUNDLE.uiKnob} ${position}`);
    p.connect(click, 0, select);
    p.connect(select, 0, node);
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
  const { node, dispatch } = wireCore(p);
  const panel = wirePanel(p, node, dispatch);
  const editor = wireEditor(p, node, dispatch);
  const cells = wireEncoders(p, node, dispatch);
  const file = p.build({ width: MAIN_WIDTH, amxdtype: amxdTypeNumber(DEVICE_TYPES.audioEffect) });
  return { file, ui: { ...panel, editor, cells } };
}
