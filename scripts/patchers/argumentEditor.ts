// The knob editor's arguments: a menu of the edited knob's arguments, and for the chosen one a menu of
// its words, a text field and a number box; the bundle fills them (ui_args, ui_arg_values, ui_arg,
// ui_arg_text) and checks each edit as it checks an action chosen in a menu.
import { type Box, type PatcherBuilder, infoAttributes } from "./PatcherBuilder";
import { FROM_BUNDLE, TO_BUNDLE } from "../../src/wire/DeviceMessages";
import type { Dispatch, NodeInbox } from "./mainCore";
import { ARGUMENT_ROWS, PANEL_WIDTH, TEXT } from "./mainLayout";

/** Box ids of the argument editor. */
export interface ArgumentUi {
  argument: string;
  value: string;
  text: string;
  number: string;
}

const [TOP, BOTTOM] = ARGUMENT_ROWS;
const HALF = (PANEL_WIDTH - 2) / 2;

/** A umenu refilled by `selector` (clear, then one item per atom) whose choice goes out as `message <index>`. */
function refilledMenu(p: PatcherBuilder, from: { dispatch: Dispatch; node: NodeInbox }, rect: [number, number, number, number], selector: string, message: string, info: { name: string; text: string }): Box {
  const refill = p.obj("t l b");
  p.connect(from.dispatch.box, from.dispatch.outlet(selector), refill);
  const clear = p.msg("clear");
  const each = p.obj("iter");
  const append = p.obj("prepend append");
  p.connect(refill, 1, clear);
  p.connect(refill, 0, each);
  p.connect(each, 0, append);
  const menu = p.ui("umenu", rect, { items: ["-"], parameter_enable: 0, ...infoAttributes(info), ...TEXT });
  p.connect(clear, 0, menu);
  p.connect(append, 0, menu);
  const out = p.obj(`prepend ${message}`);
  p.connect(menu, 0, out);
  p.connect(out, 0, from.node.box, from.node.inlet);
  return menu;
}

/**
 * `ui_arg <argument> <value> <number>` sets the two menus and the number box without output (`set`).
 * A number box outputs while it is dragged; [mousefilter] passes only what arrives with the mouse up, so
 * a typed number is one edit and a drag none (Cycling '74, mousefilter: "Pass numbers only when the mouse
 * button is up"). The text field sends `text <atoms>` on Return: [route text] takes the word off.
 */
export function wireArguments(p: PatcherBuilder, node: NodeInbox, dispatch: Dispatch): ArgumentUi {
  const { argument, value, text, number } = argumentBoxes(p, { dispatch, node });
  p.section();
  const fields = p.obj("unpack i i f");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiArg), fields);
  [argument, value, number].forEach((box, index) => {
    const set = p.obj("prepend set");
    p.connect(fields, index, set);
    p.connect(set, 0, box);
  });
  const setText = p.obj("prepend set");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.uiArgText), setText);
  p.connect(setText, 0, text);
  const typed = p.obj("route text");
  p.connect(text, 0, typed);
  const textOut = p.obj(`prepend ${TO_BUNDLE.uiArgText}`);
  p.connect(typed, 0, textOut);
  p.connect(typed, 1, textOut);
  p.connect(textOut, 0, node.box, node.inlet);
  const mouseUp = p.obj("mousefilter");
  p.connect(number, 0, mouseUp);
  const numberOut = p.obj(`prepend ${TO_BUNDLE.uiArgNumber}`);
  p.connect(mouseUp, 0, numberOut);
  p.connect(numberOut, 0, node.box, node.inlet);
  return { argument: argument.id, value: value.id, text: text.id, number: number.id };
}

/** The four boxes in presentation: the two menus on the first row, the text field and the number box on the second. */
function argumentBoxes(p: PatcherBuilder, from: { dispatch: Dispatch; node: NodeInbox }): { argument: Box; value: Box; text: Box; number: Box } {
  p.section();
  const argument = refilledMenu(p, from, [4, TOP, HALF, 16], FROM_BUNDLE.uiArgs, TO_BUNDLE.uiArgPick, {
    name: "Argument",
    text: "The edited knob's arguments (by gesture); the widgets beside and under it show and edit the chosen one.",
  });
  const value = refilledMenu(p, from, [6 + HALF, TOP, HALF, 16], FROM_BUNDLE.uiArgValues, TO_BUNDLE.uiArgValue, {
    name: "Value",
    text: "The chosen argument's value among its words, or default: the argument left out.",
  });
  const text = p.ui("textedit", [4, BOTTOM, PANEL_WIDTH - 60, 16], { lines: 1, keymode: 1, parameter_enable: 0, ...infoAttributes({ name: "Name", text: "A name (a track's, a scene's) or a scene's number: type it and press Return." }), ...TEXT });
  const number = p.ui("flonum", [PANEL_WIDTH - 54, BOTTOM, 58, 16], { parameter_enable: 0, ...infoAttributes({ name: "Number", text: "A number argument (bars, a step): type it and press Return." }), ...TEXT });
  return { argument, value, text, number };
}
