// The knob editor's arguments: the edited knob's arguments in a menu ("press bars"), and the chosen
// one's value in the widget its kind needs: a menu for an enumeration (its words, after "default"), a
// number box for a number, a text field for a name (a scene takes a word, a number or a name). Each
// edit changes the mapping through the same path as an action chosen in a menu: validated, refused in
// the musician's words, stored. A list's steps are shown in the help column, edited by export and import.
import type { ActionCall, Gesture } from "../actions/Action";
import { GESTURES } from "../actions/Action";
import { formatArg, type ArgValue, type Param } from "../actions/ActionParams";
import type { ActionRegistry } from "../actions/ActionRegistry";
import { asCall, isList, type EncoderMapping } from "../control/Mapping";
import type { DevicePort } from "../wire/DevicePort";
import { FROM_BUNDLE, TO_BUNDLE } from "../wire/DeviceMessages";
import type { Atom } from "../wire/protocol";
import { GESTURE_NAMES } from "../actions/GestureNames";
import type { Level } from "./StatusLine";

/** The value menu's first item: the argument left out, the action's default. */
export const DEFAULT_ITEM = "default";

/** One argument the edited knob's actions take. */
interface Editable {
  gesture: Gesture;
  key: string;
  param: Param;
  value: ArgValue | undefined;
}

/** The words a value menu lists after "default". */
function words(param: Param): readonly string[] {
  return param.kind === "choice" ? param.values : param.kind === "target" ? param.words : [];
}

export class ArgumentEditor {
  private editables: Editable[] = [];
  /** The argument the value widgets show: its index in the argument menu. */
  private chosen = 0;

  constructor(
    private readonly registry: ActionRegistry,
    private readonly send: (selector: string, ...atoms: Atom[]) => void,
    /** Changes the edited knob; the change answers what it did, for the status line, or undefined when it did nothing. */
    private readonly edit: (change: (encoder: EncoderMapping) => string | undefined) => void,
  ) {}

  start(host: DevicePort, guard: (what: string, body: () => void) => void, status: (level: Level, text: string) => void): void {
    host.on(TO_BUNDLE.uiArgPick, (index) => guard("ui_arg_pick", () => this.pick(index)));
    host.on(TO_BUNDLE.uiArgValue, (index) => guard("ui_arg_value", () => this.chooseWord(index, status)));
    host.on(TO_BUNDLE.uiArgNumber, (value) => guard("ui_arg_number", () => this.setValue(typeof value === "number" ? value : undefined, status)));
    host.on(TO_BUNDLE.uiArgText, (...atoms) => guard("ui_arg_text", () => this.setText(atoms, status)));
  }

  /** The edited knob's arguments into the menu, the chosen one into the value widgets. */
  show(encoder: EncoderMapping | undefined): void {
    this.editables = GESTURES.flatMap((gesture) => {
      const binding = encoder?.[gesture];
      if (binding === undefined || isList(binding)) return [];
      const call = asCall(binding as string | ActionCall);
      const params = this.registry.get(call.action)?.params ?? {};
      return Object.entries(params).map(([key, param]) => ({ gesture, key, param, value: call.args?.[key] }));
    });
    if (this.chosen >= this.editables.length) this.chosen = 0;
    const labels = this.editables.map(({ gesture, key }) => `${GESTURE_NAMES[gesture]} ${key}`);
    this.send(FROM_BUNDLE.uiArgs, ...(labels.length > 0 ? labels : ["-"]));
    this.showValue();
  }

  private showValue(): void {
    const editable = this.editables[this.chosen];
    const items = editable === undefined ? ["-"] : [DEFAULT_ITEM, ...words(editable.param)];
    this.send(FROM_BUNDLE.uiArgValues, ...items);
    const value = editable?.value;
    const word = typeof value === "string" && editable !== undefined ? words(editable.param).indexOf(value) + 1 : 0;
    const fallback = editable?.param.default;
    const number = typeof value === "number" ? value : typeof fallback === "number" ? fallback : 0;
    this.send(FROM_BUNDLE.uiArg, this.chosen, word, number);
    const text = typeof value === "string" && word === 0 ? value : editable !== undefined && value !== undefined ? formatArg(editable.param, value) : "";
    this.send(FROM_BUNDLE.uiArgText, text);
  }

  private pick(index: Atom | undefined): void {
    if (typeof index !== "number" || this.editables[index] === undefined) return;
    this.chosen = index;
    this.showValue();
  }

  private chooseWord(index: Atom | undefined, status: (level: Level, text: string) => void): void {
    const editable = this.editables[this.chosen];
    if (editable === undefined || typeof index !== "number") return;
    if (index === 0) return this.setValue(undefined, status);
    const word = words(editable.param)[index - 1];
    if (word === undefined) return status("warn", `no value ${index} for ${editable.key}`);
    this.setValue(word, status);
  }

  /** Typed text: a number alone is a number (a scene's), anything else a name. */
  private setText(atoms: Atom[], status: (level: Level, text: string) => void): void {
    const editable = this.editables[this.chosen];
    if (editable === undefined) return;
    const [only] = atoms;
    const value = atoms.length === 1 && typeof only === "number" && editable.param.kind !== "text" ? only : atoms.map(String).join(" ").trim();
    this.setValue(value === "" ? undefined : value, status);
  }

  /** Sets the chosen argument (undefined: back to the default), through the mapping's checks. */
  private setValue(value: ArgValue | undefined, status: (level: Level, text: string) => void): void {
    const editable = this.editables[this.chosen];
    if (editable === undefined) return status("warn", "this knob's actions take no arguments");
    const { gesture, key, param } = editable;
    this.edit((encoder) => {
      const binding = encoder[gesture];
      if (binding === undefined || isList(binding)) return undefined;
      const call = asCall(binding as string | ActionCall);
      const { [key]: _old, ...others } = call.args ?? {};
      const args = value === undefined ? others : { ...others, [key]: value };
      encoder[gesture] = Object.keys(args).length === 0 ? call.action : { action: call.action, args };
      return `${gesture} ${key}: ${value === undefined ? DEFAULT_ITEM : formatArg(param, value)}`;
    });
    // Refused, the widgets go back to the mapping's value (accepted, the knob is shown again anyway).
    this.showValue();
  }
}
