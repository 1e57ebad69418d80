// Every file the device generator writes, computed in memory: the generator writes them, the device
// tests compare them with what is committed.
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import { DEVICE_TYPES, packAmxd, patcherText } from "./amxd";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import { MappingStore } from "../../src/control/MappingStore";
import { MappingValidator } from "../../src/control/MappingValidator";
import { FROM_BUNDLE } from "../../src/wire/DeviceMessages";
import { Logger } from "../../src/log/Logger";
import type { Atom } from "../../src/wire/protocol";
import { DeviceUi } from "../../src/ui/DeviceUi";
import { inputDevicePatcher } from "./inputDevice";
import { type MainDeviceUi, mainDevice } from "./mainDevice";
import { STATUS_COLORS, type StatusLevel } from "./mainPanel";
import { type Shown, presentationSvg } from "./presentationSvg";

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: Buffer;
}

export const MAIN_AMXD = "device/Protocol0.amxd";
export const INPUT_AMXD = "device/Protocol0 Input.amxd";

/**
 * What the device shows once the real bundle UI has started on `mapping`: its messages, as the patcher
 * routes them to boxes (tests/devices/wiring.test.ts checks that routing).
 */
export function shownMapping(ui: MainDeviceUi, mapping: MappingDocument): Shown {
  const registry = createActionRegistry();
  const store = new MappingStore(new MappingValidator(registry));
  store.load(mapping);
  const shown: { [boxId: string]: string } = {};
  const textcolor: Shown["textcolor"] = {};
  let titles: string[] = [];
  const show: { [selector: string]: (atoms: Atom[]) => void } = {
    // The status line shows the text without its level, in the level's colour.
    [FROM_BUNDLE.status]: ([level, ...text]) => {
      shown[ui.status] = text.join(" ");
      const colour = STATUS_COLORS[String(level) as StatusLevel];
      if (colour) textcolor[ui.status] = colour;
    },
    [FROM_BUNDLE.uiGroups]: ([first]) => (shown[ui.group] = String(first)),
    [FROM_BUNDLE.uiActions]: (atoms) => (titles = ["-", ...atoms.map(String)]),
    [FROM_BUNDLE.uiEncoder]: (atoms) => {
      const cell = ui.cells[Number(atoms[0]) - 1];
      if (cell !== undefined) shown[cell] = atoms.join(" ");
    },
    [FROM_BUNDLE.uiKnob]: ([, label, ...items]) => {
      shown[ui.editor.heading] = `knob ${String(label)}`;
      ui.editor.menus.forEach((menu, index) => (shown[menu] = titles[Number(items[index])] ?? "-"));
    },
    [FROM_BUNDLE.uiHelp]: (text) => (shown[ui.editor.help] = text.join(" ")),
  };
  const host = { send: (selector: string, ...atoms: Atom[]) => show[selector]?.(atoms), on: () => undefined };
  const files = { read: () => "", write: () => undefined };
  new DeviceUi({ host, store, registry, files, log: new Logger() }).start();
  return { text: shown, textcolor };
}

export function generatedFiles(): GeneratedFile[] {
  const main = mainDevice();
  const input = inputDevicePatcher();
  const picture = presentationSvg(main.file, shownMapping(main.ui, defaultMapping as MappingDocument));
  return [
    { path: "patchers/Protocol0.maxpat", content: Buffer.from(patcherText(main.file), "utf8") },
    { path: "patchers/Protocol0 Input.maxpat", content: Buffer.from(patcherText(input), "utf8") },
    { path: MAIN_AMXD, content: packAmxd(DEVICE_TYPES.audioEffect, main.file) },
    { path: INPUT_AMXD, content: packAmxd(DEVICE_TYPES.midiEffect, input) },
    { path: "docs/device.svg", content: Buffer.from(picture, "utf8") },
  ];
}
