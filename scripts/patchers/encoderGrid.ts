// The 4×4 grid of the selected group's knobs, with the edited one highlighted.
import type { Rect } from "./MaxPatcher";
import { type Box, type PatcherBuilder, infoAttributes } from "./PatcherBuilder";
import { FILES, FROM_BUNDLE, TO_BUNDLE } from "../../src/wire/DeviceMessages";
import type { Dispatch, NodeInbox } from "./mainCore";
import { ENCODERS, cellRect } from "./mainLayout";

/** The scripting name of the panel behind the edited knob's cell. */
const EDITED = "p0_edited";
/** The highlight: a little lighter than Live's device background, framed in its orange accent. */
const EDITED_COLORS = { bgcolor: [0.2, 0.2, 0.2, 1.0], bordercolor: [1.0, 0.678, 0.337, 1.0] };

/**
 * The 4×4 grid: each knob's label and its actions' titles, each cell a [jsui] drawing them in their
 * styles (src/cell/main.ts); clicking a knob asks the bundle to edit it.
 * The panel behind the edited knob's cell follows `ui_knob`'s position: `script sendbox <name>
 * presentation_rect …` to the device's [thispatcher] moves the box of that scripting
 * name (https://docs.cycling74.com/reference/thispatcher). Drawn first, it lies behind the cells' text.
 */
export function wireEncoders(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch, patcher: Box): { cells: string[]; edited: string } {
  p.section();
  const positions = Array.from({ length: ENCODERS }, (_, index) => index + 1);
  const edited = p.ui("panel", highlight(1), { varname: EDITED, border: 1, rounded: 2, ...EDITED_COLORS });
  const editedAt = p.obj(`route ${positions.join(" ")}`);
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiKnob), editedAt);
  for (const position of positions) {
    const move = p.msg(`script sendbox ${EDITED} presentation_rect ${highlight(position).join(" ")}`);
    p.connect(editedAt, position - 1, move);
    p.connect(move, 0, patcher);
  }

  p.section();
  const byPosition = p.obj(`route ${positions.join(" ")}`);
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiEncoder), byPosition);
  const cells = positions.map((position) => {
    p.section();
    const rect = cellRect(position);
    // No border, clicks through to the [ubutton] above (as Cycling '74's help patchers save their [jsui]
    // titles: border 0, ignoreclick 1); its text until the bundle speaks is the knob's number.
    const cell = p.ui("jsui", rect, { filename: FILES.cell, jsarguments: [position], border: 0, ignoreclick: 1, parameter_enable: 0 });
    const show = p.obj(`prepend cell ${position}`);
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
  return { cells, edited: edited.id };
}

/** The highlight's rect: the cell's, out into the gap around it by 1 px. */
function highlight(position: number): Rect {
  const [x, y, w, h] = cellRect(position);
  return [x - 1, y - 1, w + 2, h + 2];
}
