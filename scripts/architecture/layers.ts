// The architecture, as rules over esbuild's metafiles of the four runtime files (scripts/architecture/
// metafiles.mjs builds them): who may import max-api, what each [js] is made of, and the one order in
// which the bundle's folders import: a folder imports only from itself and the folders before it.

/** The bundle's folders, bottom first. `wire` is what the bundle, the shim and the input device share. */
export const LAYERS = ["wire", "log", "events", "time", "lom", "sequence", "model", "actions", "control", "ui", "host"] as const;

/** The folders that may import src/lom: the model wraps it, the host composes it. Above the model, code speaks the model's language. */
export const LOM_SPEAKERS: readonly string[] = ["lom", "model", "host"];

export const BUNDLE = "device/protocol0.js";
export const SHIM = "device/lom-shim.js";
export const INPUT = "device/p0-input.js";
export const CELL = "device/p0-cell.js";
/** The only file that may import max-api (Max injects it into node.script). */
export const MAX_API_IMPORTER = "src/host/main.ts";

/** The part of esbuild's metafile the rules read. */
export interface Metafile {
  inputs: { [path: string]: { imports: readonly { path: string; external?: boolean }[] } };
}

/** Every source folder an ES5 [js] may be built from. */
const JS_SOURCES: { [output: string]: readonly string[] } = {
  [SHIM]: ["src/shim/", "src/wire/"],
  [INPUT]: ["src/input/", "src/wire/"],
  [CELL]: ["src/cell/", "src/wire/"],
};

/** The folder of a path under src/ ("lom" for src/lom/Mirror.ts); null outside src/ or at its root. */
function folderOf(path: string): string | null {
  const match = /^src\/([^/]+)\//.exec(path);
  return match === null ? null : (match[1] ?? null);
}

function layerIndex(folder: string): number {
  return (LAYERS as readonly string[]).indexOf(folder);
}

/** One line per broken rule; none when the metafiles keep the architecture. */
export function violations(metafiles: { [output: string]: Metafile }): string[] {
  const found: string[] = [];
  for (const output of [BUNDLE, SHIM, INPUT, CELL]) {
    if (metafiles[output] === undefined) found.push(`${output}: no metafile`);
  }
  for (const [output, metafile] of Object.entries(metafiles)) {
    for (const [path, input] of Object.entries(metafile.inputs)) {
      for (const imported of input.imports) {
        if (imported.path === "max-api" && path !== MAX_API_IMPORTER) found.push(`${output}: ${path} imports max-api`);
      }
      const allowed = JS_SOURCES[output];
      if (allowed !== undefined && !allowed.some((prefix) => path.startsWith(prefix))) {
        found.push(`${output}: ${path} is outside ${allowed.join(" and ")}`);
      }
    }
  }
  for (const [path, input] of Object.entries(metafiles[BUNDLE]?.inputs ?? {})) {
    if (path.startsWith("src/sim/")) found.push(`${BUNDLE}: ${path} is simulator code`);
    if (!path.startsWith("src/")) continue;
    const from = folderOf(path);
    if (from === null || layerIndex(from) < 0) {
      found.push(`${BUNDLE}: ${path} is in no folder of the order (${LAYERS.join(", ")})`);
      continue;
    }
    for (const imported of input.imports) {
      const to = folderOf(imported.path);
      if (to === null || to === from || layerIndex(to) < 0) continue;
      if (layerIndex(to) > layerIndex(from)) found.push(`${BUNDLE}: ${path} (${from}) imports ${imported.path} (${to}), a folder above it`);
      else if (to === "lom" && !LOM_SPEAKERS.includes(from)) found.push(`${BUNDLE}: ${path} (${from}) imports ${imported.path}: only ${LOM_SPEAKERS.join(", ")} speak LOM`);
    }
  }
  return found;
}
