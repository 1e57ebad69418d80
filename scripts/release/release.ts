// The release: each unfrozen device of device/ frozen with the scripts it loads, as Max's Freeze Device
// and Save would write it (the layout and where each field comes from: ./frozenAmxd.ts).
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { MaxPatcher, MaxPatcherFile } from "../patchers/MaxPatcher";
import { readAmxdChunks, unpackAmxd } from "../patchers/amxd";
import { INPUT_AMXD, MAIN_AMXD, generatedFiles } from "../patchers/generatedFiles";
import { FLAG_DEVICE, FLAG_NONE, FLAG_ON_DISK, type FrozenFile, packFrozenAmxd } from "./frozenAmxd";

/** The unfrozen devices, and where their frozen copies go. */
export const RELEASES: { device: string; release: string }[] = [
  { device: MAIN_AMXD, release: `release/${basename(MAIN_AMXD)}` },
  { device: INPUT_AMXD, release: `release/${basename(INPUT_AMXD)}` },
];

export interface ScriptDependency {
  /** The file name the box loads (looked up beside the device when unfrozen, inside it when frozen). */
  name: string;
  object: "node.script" | "js" | "jsui";
  flag: number;
}

/**
 * The script files a patcher's boxes load, subpatchers included, as Max's dependency analysis finds them:
 * `node.script <file>`, `js <file>` and a [jsui]'s `filename`. node.script files first, then the [js] and
 * [jsui] files, each in box order (FrozenTest.amxd lists its node.script file before its [js] file; Max's
 * own order is not documented).
 */
export function scriptDependencies(patcher: MaxPatcher): ScriptDependency[] {
  const found: ScriptDependency[] = [];
  const walk = (p: MaxPatcher) => {
    for (const { box } of p.boxes) {
      const words = box.maxclass === "newobj" ? (box.text ?? "").split(/\s+/) : box.maxclass === "jsui" ? ["jsui", String(box["filename"] ?? "")] : [];
      const [object, file] = words;
      if ((object === "node.script" || object === "js" || object === "jsui") && file && !file.startsWith("@")) {
        const name = /\.[a-z]+$/i.test(file) ? file : `${file}.js`;
        if (!found.some((dependency) => dependency.name === name)) {
          found.push({ name, object, flag: object === "node.script" ? FLAG_ON_DISK : FLAG_NONE });
        }
      }
      const inner = box["patcher"] as MaxPatcher | undefined;
      if (inner && Array.isArray(inner.boxes)) walk(inner);
    }
  };
  walk(patcher);
  return [...found.filter((d) => d.object === "node.script"), ...found.filter((d) => d.object !== "node.script")];
}

export interface ReleaseOptions {
  /**
   * The modification date written for every file, Unix seconds; by default each file's own, as Max
   * writes it (SOURCE_DATE_EPOCH sets it for a reproducible release).
   */
  modified?: number;
}

function modifiedOf(path: string, options: ReleaseOptions): number {
  return options.modified ?? Math.floor(statSync(path).mtimeMs / 1000);
}

/** The frozen devices, computed from device/ (the unfrozen devices and the built scripts). */
export function releaseFiles(root: string, options: ReleaseOptions = {}): { path: string; content: Buffer }[] {
  const generated = new Map(generatedFiles().map(({ path, content }) => [path, content]));
  return RELEASES.map(({ device, release }) => {
    const devicePath = join(root, device);
    const file = readFileSync(devicePath);
    if (!generated.get(device)?.equals(file)) {
      throw new Error(`${device} is not what the generator writes now: run npm run devices first`);
    }
    const { type, patcher } = unpackAmxd(file);
    const ptch = readAmxdChunks(file).get("ptch");
    if (!ptch) throw new Error(`${device} has no ptch chunk`);
    const files: FrozenFile[] = [
      { name: basename(device), type: "JSON", flag: FLAG_DEVICE, modified: modifiedOf(devicePath, options), content: ptch },
    ];
    for (const dependency of scriptDependencies((patcher as MaxPatcherFile).patcher)) {
      const path = join(root, "device", dependency.name);
      let content: Buffer;
      try {
        content = readFileSync(path);
      } catch {
        throw new Error(`${device} loads ${dependency.name}, which is not in device/: run npm run build first`);
      }
      files.push({ name: dependency.name, type: "TEXT", flag: dependency.flag, modified: modifiedOf(path, options), content });
    }
    return { path: release, content: packFrozenAmxd({ deviceType: type, files }) };
  });
}

export function writeRelease(root: string, options: ReleaseOptions & { outDir?: string } = {}): string[] {
  return releaseFiles(root, options).map(({ path, content }) => {
    const target = options.outDir ? join(options.outDir, basename(path)) : join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    return target;
  });
}
