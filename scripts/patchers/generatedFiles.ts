// Every file the device generator writes, computed in memory: the generator writes them, the device
// tests compare them with what is committed.
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import { DEVICE_TYPES, packAmxd, patcherText } from "./amxd";
import { GESTURES } from "../../src/host/DeviceMessages";
import { inputDevicePatcher } from "./inputDevice";
import { type MainDeviceUi, mainDevice } from "./mainDevice";
import { presentationSvg } from "./presentationSvg";

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: Buffer;
}

export const MAIN_AMXD = "device/Protocol0.amxd";
export const INPUT_AMXD = "device/Protocol0 Input.amxd";

/** What the device shows once the bundle has sent the first group of `mapping` (knob 1 selected). */
export function shownMapping(ui: MainDeviceUi, mapping: MappingDocument): { [boxId: string]: string } {
  const group = mapping.groups[0];
  const shown: { [boxId: string]: string } = { [ui.status]: `ready: ${mapping.groups.length} groups loaded` };
  if (!group) return shown;
  shown[ui.group] = group.name;
  for (const encoder of group.encoders) {
    const actions = GESTURES.map((gesture) => encoder[gesture] ?? "-");
    const cell = ui.cells[encoder.position - 1];
    if (cell) shown[cell] = [encoder.position, encoder.label, ...actions].join(" ");
    if (encoder.position !== 1) continue;
    shown[ui.editor.heading] = `knob ${encoder.label}`;
    ui.editor.menus.forEach((menu, index) => (shown[menu] = actions[index] ?? "-"));
  }
  return shown;
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
