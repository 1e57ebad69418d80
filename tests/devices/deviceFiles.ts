// Reads the committed device files for the device tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type AmxdContents, unpackAmxd } from "../../scripts/patchers/amxd";
import { INPUT_AMXD, MAIN_AMXD } from "../../scripts/patchers/generatedFiles";
import type { MaxBox, MaxPatcher } from "../../scripts/patchers/MaxPatcher";

/** The repository root (tests run from .build/tests/devices/). */
export const root = join(__dirname, "../../..");

export function readCommitted(path: string): Buffer {
  return readFileSync(join(root, path));
}

export const DEVICES: { path: string; type: string }[] = [
  { path: MAIN_AMXD, type: "aaaa" },
  { path: INPUT_AMXD, type: "mmmm" },
];

export function committedDevice(path: string): AmxdContents {
  return unpackAmxd(readCommitted(path));
}

export function boxes(patcher: MaxPatcher): MaxBox[] {
  return patcher.boxes.map(({ box }) => box);
}
