// The knob editor: its heading naming the knob, one menu per gesture, and the descriptions of the
// knob's actions in the column beside it.
import { type Box, type PatcherBuilder, infoAttributes } from "./PatcherBuilder";
import { FROM_BUNDLE, TO_BUNDLE } from "../../src/wire/DeviceMessages";
import { GESTURE_NAMES, MENU_GESTURES, type MenuGesture } from "../../src/actions/GestureNames";
import type { Dispatch, NodeInbox } from "./mainCore";
import { BOLD_TEXT, HELP_RECT, PANEL_WIDTH, TEXT } from "./mainLayout";

/** Box ids of the editor: its heading, its press, long press and scroll menus, and the actions' descriptions. */
export interface EditorUi {
  heading: string;
  menus: string[];
  help: string;
}

/** Info View text of the editor's menus, by gesture. */
const GESTURE_INFO: { [gesture in MenuGesture]: { name: string; text: string } } = {
  press: { name: "Press", text: "The action a short press of the edited knob runs." },
  longPress: { name: "Long press", text: "The action a long press of the edited knob runs." },
  scroll: { name: "Turn", text: "The action turning the edited knob runs." },
};

/**
 * The knob editor: one menu per gesture, filled with the action titles of its `ui_actions`. The bundle
 * sends `ui_knob <position> <press> <longPress> <scroll>` (menu indexes) for the knob to edit and
 * `ui_editing <text>` for the heading; a choice goes back as `ui_action <position> <gesture> <index>`,
 * and `ui_help` fills the help column.
 * umenu's `set <int>` shows an item without output; its left outlet sends the chosen index
 * (https://docs.cycling74.com/max5/refpages/max-ref/umenu.html).
 */
export function wireEditor(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch): EditorUi {
  p.section();
  const heading = p.ui("comment", [4, 22, PANEL_WIDTH, 15], { text: "knob 1", ...BOLD_TEXT });
  const setHeading = p.obj("prepend set");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiEditing), setHeading);
  p.connect(setHeading, 0, heading);
  const fields = p.obj("unpack i i i i");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiKnob), fields);

  // ui_actions <gesture> <titles> goes to that gesture's menu.
  p.section();
  const byGesture = p.obj(`route ${MENU_GESTURES.join(" ")}`);
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiActions), byGesture);

  const menus = MENU_GESTURES.map((gesture, index) => wireGestureMenu(p, { byGesture, fields, node }, gesture, index));

  p.section();
  const help = p.ui("comment", HELP_RECT, { text: "", ...TEXT });
  const setHelp = p.obj("prepend set");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiHelp), setHelp);
  p.connect(setHelp, 0, help);
  return { heading: heading.id, menus, help: help.id };
}

/**
 * One gesture's menu: refilled by its `ui_actions` titles, set to the edited knob's choice (`ui_knob`'s
 * field `index + 1`), its choice sent as `ui_action <position> <gesture> <index>`. Answers its box id.
 */
function wireGestureMenu(
  p: PatcherBuilder,
  from: { byGesture: Box; fields: Box; node: NodeInbox },
  gesture: MenuGesture,
  index: number,
): string {
  const { byGesture, fields, node } = from;
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
  const y = 40 + index * 18;
  p.ui("comment", [4, y, 40, 15], { text: GESTURE_NAMES[gesture], ...TEXT });
  // Not a parameter: the menus show the edited knob, the mapping document keeps the choice. Max saves a
  // umenu's items as they stand (maxdiff/known_objects.py: an empty one as "<empty>"); these are saved
  // as the "-" item the bundle's `clear, append -, append <titles>` starts from.
  const menu = p.ui("umenu", [46, y, 4 + PANEL_WIDTH - 46, 16], {
    items: ["-"],
    parameter_enable: 0,
    ...infoAttributes(GESTURE_INFO[gesture]),
    ...TEXT,
  });
  for (const filler of [clear, none, append]) p.connect(filler, 0, menu);
  const current = p.obj("prepend set");
  p.connect(fields, index + 1, current);
  p.connect(current, 0, menu);
  // The choice goes out with the edited knob's position, which `set` updates in [prepend].
  const edit = p.obj(`prepend ${TO_BUNDLE.uiAction} 1 ${gesture}`);
  p.connect(menu, 0, edit);
  p.connect(edit, 0, node.box, node.inlet);
  const retarget = p.msg(`set ${TO_BUNDLE.uiAction} $1 ${gesture}`);
  p.connect(fields, 0, retarget);
  p.connect(retarget, 0, edit);
  return menu.id;
}
