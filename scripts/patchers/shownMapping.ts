// What the main device shows with the real bundle UI running on a mapping: its messages, as the
// patcher routes them to boxes (tests/devices/wiring.test.ts checks that routing), for the picture
// and for the layout test.
import type { MappingDocument } from "../../src/control/Mapping";
import { GESTURES } from "../../src/actions/Action";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import { MappingStore } from "../../src/control/MappingStore";
import { MappingValidator } from "../../src/control/MappingValidator";
import { FROM_BUNDLE, TO_BUNDLE } from "../../src/wire/DeviceMessages";
import type { MessageHandler } from "../../src/wire/DevicePort";
import { Logger } from "../../src/log/Logger";
import type { Atom } from "../../src/wire/protocol";
import { DeviceUi } from "../../src/ui/DeviceUi";
import { POSITIONS } from "../../src/ui/KnobEditing";
import type { MainDeviceUi } from "./mainDevice";
import { STATUS_COLORS, type StatusLevel } from "./mainPanel";
import type { Shown } from "./textBoxes";
import { cellParts } from "../../src/wire/GridCell";
import { type Word, cellWords } from "../../src/cell/CellLayout";

/** The device with one knob in the editor: its group's index and its position. */
export interface ShownKnob {
  group: number;
  knob: number;
  shown: Shown;
}

/** Every knob position of every group of `mapping` in the editor, in turn. */
export function shownKnobs(ui: MainDeviceUi, mapping: MappingDocument): ShownKnob[] {
  const text: Shown["text"] = {};
  const textcolor: { [boxId: string]: readonly number[] } = {};
  const cells: { [boxId: string]: Word[] } = {};
  const titles = new Map<string, string[]>();
  const show: { [selector: string]: (atoms: Atom[]) => void } = {
    // The status line shows the text without its level, in the level's colour.
    [FROM_BUNDLE.status]: ([level, ...words]) => {
      text[ui.status] = words.join(" ");
      const colour = STATUS_COLORS[String(level) as StatusLevel];
      if (colour) textcolor[ui.status] = colour;
    },
    [FROM_BUNDLE.uiGroups]: ([first]) => (text[ui.group] = String(first)),
    [FROM_BUNDLE.uiActions]: ([gesture, ...atoms]) => titles.set(String(gesture), ["-", ...atoms.map(String)]),
    // The cell's [jsui] gets `cell <position> <label> <parts...>` (the patcher's [prepend cell <position>]).
    [FROM_BUNDLE.uiEncoder]: ([position, label, ...atoms]) => {
      const cell = ui.cells[Number(position) - 1];
      if (cell === undefined) return;
      cells[cell] = cellWords(String(position), String(label), cellParts(atoms));
    },
    [FROM_BUNDLE.uiKnob]: ([, ...items]) =>
      ui.editor.menus.forEach((menu, index) => (text[menu] = titles.get(GESTURES[index] ?? "")?.[Number(items[index])] ?? "-")),
    [FROM_BUNDLE.uiEditing]: (words) => (text[ui.editor.heading] = words.join(" ")),
    [FROM_BUNDLE.uiHelp]: (words) => (text[ui.editor.help] = words.join(" ")),
    ...argumentShows(ui, text),
  };
  const handlers = new Map<string, MessageHandler>();
  const host = {
    send: (selector: string, ...atoms: Atom[]) => show[selector]?.(atoms),
    on: (selector: string, handler: MessageHandler) => void handlers.set(selector, handler),
  };
  startUi(host, mapping);
  const states: ShownKnob[] = [];
  mapping.groups.forEach((_, group) => {
    handlers.get(TO_BUNDLE.uiGroup)?.(group);
    for (let knob = 1; knob <= POSITIONS; knob++) {
      handlers.get(TO_BUNDLE.uiKnob)?.(knob);
      states.push({ group, knob, shown: { text: { ...text }, textcolor: { ...textcolor }, cells: { ...cells } } });
    }
  });
  return states;
}

/** The bundle's UI on `mapping`, speaking to `host`. */
function startUi(host: ConstructorParameters<typeof DeviceUi>[0]["host"], mapping: MappingDocument): void {
  const registry = createActionRegistry();
  const store = new MappingStore(new MappingValidator(registry));
  store.load(mapping);
  new DeviceUi({ host, store, registry, files: { read: () => "", write: () => undefined }, log: new Logger() }).start();
}

/** The argument widgets: each menu shows its chosen item, kept with its items until `ui_arg` says which. */
function argumentShows(ui: MainDeviceUi, text: Shown["text"]): { [selector: string]: (atoms: Atom[]) => void } {
  const items: { [menu: string]: string[] } = {};
  return {
    [FROM_BUNDLE.uiArgs]: (atoms) => (items[ui.args.argument] = atoms.map(String)),
    [FROM_BUNDLE.uiArgValues]: (atoms) => (items[ui.args.value] = atoms.map(String)),
    [FROM_BUNDLE.uiArg]: ([argument, value, number]) => {
      text[ui.args.argument] = items[ui.args.argument]?.[Number(argument)] ?? "-";
      text[ui.args.value] = items[ui.args.value]?.[Number(value)] ?? "-";
      text[ui.args.number] = String(number);
    },
    [FROM_BUNDLE.uiArgText]: (words) => (text[ui.args.text] = words.join(" ")),
  };
}

/** What the device shows once the bundle UI has started on `mapping`: its first knob in the editor. */
export function shownMapping(ui: MainDeviceUi, mapping: MappingDocument): Shown {
  const [first] = shownKnobs(ui, mapping);
  if (first === undefined) throw new Error("a mapping without groups shows no knob");
  return first.shown;
}
