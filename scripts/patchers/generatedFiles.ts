// Every file the device generator writes, computed in memory: the generator writes them, the device
// tests compare them with what is committed.
import { DEVICE_TYPES, packAmxd, patcherText } from "./amxd";
import { inputDevicePatcher } from "./inputDevice";
import { mainDevicePatcher } from "./mainDevice";
import { presentationSvg } from "./presentationSvg";

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: Buffer;
}

export const MAIN_AMXD = "device/Protocol0.amxd";
export const INPUT_AMXD = "device/Protocol0 Input.amxd";

export function generatedFiles(): GeneratedFile[] {
  const main = mainDevicePatcher();
  const input = inputDevicePatcher();
  return [
    { path: "patchers/Protocol0.maxpat", content: Buffer.from(patcherText(main), "utf8") },
    { path: "patchers/Protocol0 Input.maxpat", content: Buffer.from(patcherText(input), "utf8") },
    { path: MAIN_AMXD, content: packAmxd(DEVICE_TYPES.audioEffect, main) },
    { path: INPUT_AMXD, content: packAmxd(DEVICE_TYPES.midiEffect, input) },
    { path: "docs/device.svg", content: Buffer.from(presentationSvg(main), "utf8") },
  ];
}
