// The left panel's top row (the group selector, Import and Export), the status line under the editor and
// the Actions button under it.
import type { Rect } from "./MaxPatcher";
import type { Box, PatcherBuilder } from "./PatcherBuilder";
import { FROM_BUNDLE, TO_BUNDLE } from "../../src/wire/DeviceMessages";
import type { Dispatch, NodeInbox } from "./mainCore";
import { STATUS_RECT, TEXT } from "./mainLayout";
import { wireActionsButton } from "./actionsFolder";

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

/** The group selector, Import and Export; the status line. */
export function wirePanel(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch, gaveUp: Box): { group: string; status: string } {
  p.section();
  const group = wireGroupSelector(p, node, dispatch);
  wireDialogs(p, node);
  wireActionsButton(p, node);
  const status = wireStatusLine(p, dispatch, gaveUp);
  return { group: group.id, status: status.id };
}

/** The group selector, filled by `ui_groups`; a choice goes to the bundle as `ui_group <index>`. */
function wireGroupSelector(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch): Box {
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
    [4, 3, 72, 16],
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
  return group;
}

/** Import and Export: each button opens its file dialog, whose path goes to the bundle. */
function wireDialogs(p: PatcherBuilder, node: NodeInbox): void {
  // live.text buttons are Hidden parameters: Ableton m4l-production-guidelines, "Hidden is the correct
  // choice ... when using a [live.text] object in Button mode". A click bangs the left outlet
  // (https://docs.cycling74.com/max5/refpages/m4l-ref/live.text.html).
  const dialogs: [string, Rect, string, string, string][] = [
    ["Import", [78, 3, 48, 16], "opendialog", TO_BUNDLE.mappingImport, "Loads a mapping from a JSON file; an invalid file leaves the current mapping as it is."],
    ["Export", [128, 3, 48, 16], "savedialog", TO_BUNDLE.mappingExport, "Saves the current mapping to a JSON file."],
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
}

/** The status line: the bundle's `status <level> <text>` and the watchdog's give-up message. */
function wireStatusLine(p: PatcherBuilder, dispatch: Dispatch, gaveUp: Box): Box {
  // The status line: `status <level> <text>` shows the text alone, coloured by its level. [route] strips
  // the level; [t l b] fires right to left: the colour, then the text.
  const status = p.ui("comment", STATUS_RECT, {
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
  return status;
}
