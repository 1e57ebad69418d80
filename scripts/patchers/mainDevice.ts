// The main device (audio effect on the master track): bundle, shim, tick, MIDI from the input device,
// mapping storage, and the mapping UI in presentation mode.
import type { MaxPatcherFile, Rect } from "./MaxPatcher";
import { type Box, DEVICE_HEIGHT, PatcherBuilder } from "./PatcherBuilder";
import { DEVICE_TYPES, amxdTypeNumber } from "./amxd";
import { FILES, FROM_BUNDLE, GESTURES, MIDI_SEND_NAME, TO_BUNDLE } from "./deviceMessages";

/** Inlets/outlets of the shim: it declares `inlets = 1; outlets = 1` (Max's defaults). */
export const SHIM_IO: [number, number] = [1, 1];

const ENCODERS = 16;
const COLUMNS = 4;
const PANEL_WIDTH = 124;
const CELL: [number, number] = [140, 36];
const MENU_WIDTH = 44;
export const MAIN_WIDTH = PANEL_WIDTH + 4 + COLUMNS * CELL[0];
const TEXT = { fontsize: 9.0, fontname: "Arial" };

/** Logic: live.thisdevice, metro, node.script ↔ js, MIDI receive, mapping storage, dispatch of UI messages. */
function wireCore(p: PatcherBuilder): { node: Box; dispatch: Box } {
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
  const dispatch = p.obj(
    `route ${[
      FROM_BUNDLE.lomBatch,
      FROM_BUNDLE.lomHello,
      FROM_BUNDLE.status,
      FROM_BUNDLE.uiGroups,
      FROM_BUNDLE.uiEncoder,
      FROM_BUNDLE.uiActions,
      FROM_BUNDLE.mappingStore,
    ].join(" ")}`,
  );
  p.connect(node, 0, dispatch);
  const toShim = p.obj(`prepend ${FROM_BUNDLE.lomBatch}`);
  p.connect(dispatch, 0, toShim);
  p.connect(toShim, 0, shim);
  p.connect(dispatch, 7, p.obj("print p0_unrouted"));

  // On each bundle start: greet the shim, start the tick, hand back the stored mapping.
  // The mapping is a blob parameter of [pattr], which Live saves with the set and restores on load
  // ("blob: ... any type of data you can store with a pattr object", https://docs.cycling74.com/userguide/m4l/live_parameters).
  const onHello = p.obj("t b b b");
  p.connect(dispatch, 1, onHello);
  const hello = p.msg(FROM_BUNDLE.lomHello);
  p.connect(onHello, 0, hello);
  p.connect(hello, 0, shim);
  p.connect(onHello, 1, metro);
  const mapping = p.hiddenParam("pattr p0_mapping", {
    longname: "Mapping",
    shortname: "Mapping",
    type: 3,
    visibility: 1,
  });
  p.connect(onHello, 2, mapping);
  const restore = p.obj(`prepend ${TO_BUNDLE.mappingRestore}`);
  p.connect(mapping, 0, restore);
  p.connect(restore, 0, node);
  const store = p.obj("prepend set");
  p.connect(dispatch, 6, store);
  p.connect(store, 0, mapping);

  p.section();
  const midiIn = p.obj(`receive ${MIDI_SEND_NAME}`);
  const midi = p.obj(`prepend ${TO_BUNDLE.midi}`);
  p.connect(midiIn, 0, midi);
  p.connect(midi, 0, node);
  return { node, dispatch };
}

function cellOrigin(position: number): [number, number] {
  const index = position - 1;
  return [PANEL_WIDTH + 4 + (index % COLUMNS) * CELL[0], 4 + Math.floor(index / COLUMNS) * CELL[1]];
}

/** The left panel: title, group selector, import/export, legend; the status line along the bottom. */
function wirePanel(p: PatcherBuilder, node: Box, dispatch: Box): void {
  p.section();
  p.ui("comment", [4, 2, PANEL_WIDTH - 4, 18], { text: "Protocol0", fontsize: 12.0, fontname: "Arial Bold" });
  p.ui("comment", [4, 20, PANEL_WIDTH - 4, 15], { text: "encoder group", ...TEXT });
  const group = p.param(
    "live.menu",
    [4, 36, PANEL_WIDTH - 8, 15],
    { longname: "Group", shortname: "Group", type: 2, visibility: 1, enums: ["-"] },
  );
  const groups = p.obj("prepend _parameter_range");
  p.connect(dispatch, 3, groups);
  p.connect(groups, 0, group);
  const chosen = p.obj(`prepend ${TO_BUNDLE.uiGroup}`);
  p.connect(group, 0, chosen);
  p.connect(chosen, 0, node);

  // live.text buttons are Hidden parameters: Ableton m4l-production-guidelines, "Hidden is the correct
  // choice ... when using a [live.text] object in Button mode". A click bangs the left outlet
  // (https://docs.cycling74.com/max5/refpages/m4l-ref/live.text.html).
  const half = (PANEL_WIDTH - 12) / 2;
  const dialogs: [string, Rect, string, string][] = [
    ["Import", [4, 58, half, 16], "opendialog", TO_BUNDLE.mappingImport],
    ["Export", [8 + half, 58, half, 16], "savedialog", TO_BUNDLE.mappingExport],
  ];
  for (const [name, rect, dialogObject, message] of dialogs) {
    const button = p.param("live.text", rect, { longname: name, shortname: name, type: 2, visibility: 2, enums: ["off", "on"] }, {
      mode: 0,
      text: name,
      texton: name,
    });
    const dialog = p.obj(dialogObject);
    const toNode = p.obj(`prepend ${message}`);
    p.connect(button, 0, dialog);
    p.connect(dialog, 0, toNode);
    p.connect(toNode, 0, node);
  }
  p.ui("comment", [4, 80, PANEL_WIDTH - 4, 40], {
    text: "menus under each knob: press / long press / scroll",
    linecount: 3,
    ...TEXT,
  });

  const status = p.ui("comment", [4, DEVICE_HEIGHT - 19, MAIN_WIDTH - 8, 15], { text: "starting…", ...TEXT });
  const setStatus = p.obj("prepend set");
  p.connect(dispatch, 2, setStatus);
  p.connect(setStatus, 0, status);
}

/** The 4×4 grid: each knob's label and one action menu per gesture, filled and read by the bundle. */
function wireEncoders(p: PatcherBuilder, node: Box, dispatch: Box): void {
  p.section();
  const positions = Array.from({ length: ENCODERS }, (_, index) => index + 1);
  const byPosition = p.obj(`route ${positions.join(" ")}`);
  p.connect(dispatch, 4, byPosition);

  // ui_actions refills every menu: clear, the "-" (no action) item, then one item per action id.
  p.section();
  const refill = p.obj("t l b b");
  p.connect(dispatch, 5, refill);
  const clear = p.msg("clear");
  const none = p.msg("append -");
  const each = p.obj("iter");
  const append = p.obj("prepend append");
  p.connect(refill, 2, clear);
  p.connect(refill, 1, none);
  p.connect(refill, 0, each);
  p.connect(each, 0, append);

  for (const position of positions) {
    p.section();
    const [x, y] = cellOrigin(position);
    const label = p.ui("comment", [x, y, CELL[0] - 4, 14], { text: `${position}`, ...TEXT });
    const fields = p.obj("unpack s s s s");
    p.connect(byPosition, position - 1, fields);
    const setLabel = p.obj("prepend set");
    p.connect(fields, 0, setLabel);
    p.connect(setLabel, 0, label);
    GESTURES.forEach((gesture, index) => {
      const menu = p.ui("umenu", [x + index * (MENU_WIDTH + 2), y + 15, MENU_WIDTH, 16], {
        items: "-",
        parameter_enable: 0,
        ...TEXT,
      });
      for (const filler of [clear, none, append]) p.connect(filler, 0, menu);
      const show = p.obj("prepend setsymbol");
      p.connect(fields, index + 1, show);
      p.connect(show, 0, menu);
      const edit = p.obj(`prepend ${TO_BUNDLE.uiAction} ${position} ${gesture}`);
      p.connect(menu, 1, edit);
      p.connect(edit, 0, node);
    });
  }
}

export function mainDevicePatcher(): MaxPatcherFile {
  const p = new PatcherBuilder({ [FILES.shim]: SHIM_IO });
  const { node, dispatch } = wireCore(p);
  wirePanel(p, node, dispatch);
  wireEncoders(p, node, dispatch);
  return p.build({ width: MAIN_WIDTH, amxdtype: amxdTypeNumber(DEVICE_TYPES.audioEffect) });
}
