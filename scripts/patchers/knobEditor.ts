// The knob editor: its heading, one menu per gesture, and the descriptions of the knob's actions.
import { DEVICE_HEIGHT, type PatcherBuilder, infoAttributes } from "./PatcherBuilder";
import { FROM_BUNDLE, TO_BUNDLE } from "../../src/wire/DeviceMessages";
import { GESTURES } from "../../src/actions/Action";
import { GESTURE_NAMES } from "../../src/ui/GestureNames";
import type { Dispatch, NodeInbox } from "./mainCore";
import { BOLD_FONT, PANEL_WIDTH, TEXT } from "./mainLayout";

/** Box ids of the editor: its heading, its press, long press and scroll menus, and the actions' descriptions. */
export interface EditorUi {
  heading: string;
  menus: string[];
  help: string;
}

/** Info View text of the editor's menus, by gesture. */
const GESTURE_INFO: { [gesture in (typeof GESTURES)[number]]: { name: string; text: string } } = {
  press: { name: "Press", text: "The action a short press of the edited knob runs." },
  longPress: { name: "Long press", text: "The action a long press of the edited knob runs." },
  scroll: { name: "Scroll", text: "The action turning the edited knob runs." },
};

/**
 * The knob editor: one menu per gesture, filled with the action titles of `ui_actions`. The bundle
 * sends `ui_knob <position> <label> <press> <longPress> <scroll>` (menu indexes) for the knob to edit;
 * a choice goes back as `ui_action <position> <gesture> <index>`, and `ui_help` fills the line below.
 * umenu's `set <int>` shows an item without output; its left outlet sends the chosen index
 * (https://docs.cycling74.com/max5/refpages/max-ref/umenu.html).
 */
export function wireEditor(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch): EditorUi {
  p.section();
  const heading = p.ui("comment", [4, 42, PANEL_WIDTH - 4, 15], { text: "knob 1", fontsize: 9.0, fontname: BOLD_FONT });
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
