// The 4×4 grid of the selected group's knobs, with the edited one highlighted.
import { type PatcherBuilder, infoAttributes } from "./PatcherBuilder";
import { FROM_BUNDLE, TO_BUNDLE } from "../../src/wire/DeviceMessages";
import type { Dispatch, NodeInbox } from "./mainCore";
import { ENCODERS, TEXT, cellRect } from "./mainLayout";

/** The 4×4 grid: each knob's label and its actions' titles; clicking a knob asks the bundle to edit it. */
export function wireEncoders(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch): string[] {
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
