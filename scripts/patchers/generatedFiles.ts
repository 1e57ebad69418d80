// Every file the device generator writes, computed in memory: the generator writes them, the device
// tests compare them with what is committed.
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import { DEVICE_TYPES, packAmxd, patcherText } from "./amxd";
import { inputDevicePatcher, inputDeviceShown } from "./inputDevice";
import { mainDevice } from "./mainDevice";
import { presentationSvg } from "./presentationSvg";
import { ec4LayoutSvg } from "./ec4LayoutSvg";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import { shownMapping } from "./shownMapping";

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: Buffer;
}

export const MAIN_AMXD = "device/Protocol0.amxd";
export const INPUT_AMXD = "device/Protocol0 Input.amxd";

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
    { path: "docs/ec4-layout.svg", content: Buffer.from(ec4LayoutSvg(defaultMapping as MappingDocument, createActionRegistry()), "utf8") },
    { path: "docs/input-device.svg", content: Buffer.from(presentationSvg(input, inputDeviceShown(input)), "utf8") },
  ];
}
