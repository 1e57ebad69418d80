// Derives src/lom/lomData.json from the shared reference (../shared/reference, beside the repository):
// Live 12's Python API inventory and the Max for Live bridge's whitelists of Live 11.2 and 12.0. Only
// `npm run lom-names` reads them; everything else reads the committed data.
import { existsSync, readFileSync } from "node:fs";
import { BRIDGE_VERSIONS, type BridgeEntry, type BridgeVersion, type LomData, type LomDataClass, type LomParam } from "../../src/lom/LomData";

/** ../shared/reference, or the folder LOM_REFERENCE names (a worktree whose ../shared is elsewhere). */
export const REFERENCE_DIR = process.env.LOM_REFERENCE ?? "../shared/reference";
const INVENTORY = `${REFERENCE_DIR}/live12-python-api-inventory.json`;
const WHITELISTS: Record<BridgeVersion, string> = {
  "11.2": `${REFERENCE_DIR}/m4l-lom-whitelist-live11.json`,
  "12.0": `${REFERENCE_DIR}/m4l-lom-whitelist-live12.json`,
};

interface Inventory {
  source: string;
  classes: Record<string, { properties: { name: string; settable: boolean }[]; methods: { name: string; params: LomParam[] }[] }>;
}
interface Whitelist {
  source: string;
  classes: Record<string, { name: string; since_epii?: [number, number]; json?: boolean }[]>;
}

/**
 * Arguments Max's LOM takes that the Python signature does not show: Cycling '74's ClipSlot page
 * (Live 11+) gives fire `record_length` and `launch_quantization`, both optional; the recordings use
 * the first (src/sim/live/ClipSlot.ts simulates it).
 */
const MAX_ONLY_PARAMS: Record<string, LomParam[]> = {
  "ClipSlot.fire": [
    { name: "record_length", type: "float", optional: true },
    { name: "launch_quantization", type: "int", optional: true },
  ],
};

/**
 * Properties Live lets a script set that the inventory marks read-only. MixerDevice.crossfade_assign:
 * Cycling '74's MixerDevice page (https://docs.cycling74.com/apiref/lom/mixerdevice/) gives it get, set
 * and observe (0 = A, 1 = none, 2 = B, not on the master track); public remote scripts read those values
 * (0 A, 1 off, 2 B) and public probes of Live's Python API document its setter as undoable.
 * RackDevice.selected_variation_index: Cycling '74's RackDevice page, "Get/set the currently selected
 * variation. Available since Live 11.0"; the inventory's own text says "Access to the index".
 */
const SETTABLE_IN_LIVE: ReadonlySet<string> = new Set(["MixerDevice.crossfade_assign", "RackDevice.selected_variation_index"]);

function readJson<T>(path: string): T {
  if (!existsSync(path)) {
    throw new Error(
      `npm run lom-names regenerates src/lom/lomData.json from ${REFERENCE_DIR}, the project's shared reference ` +
        `folder beside the repository, and ${path} is missing. Nothing else needs it: the build and the tests ` +
        `read the committed src/lom/lomData.json.`,
    );
  }
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Reads the reference files and derives the data. */
export function readLomData(): LomData {
  const whitelists = { "11.2": readJson<Whitelist>(WHITELISTS["11.2"]), "12.0": readJson<Whitelist>(WHITELISTS["12.0"]) };
  return deriveLomData(readJson<Inventory>(INVENTORY), whitelists);
}

export function deriveLomData(inventory: Inventory, whitelists: Record<BridgeVersion, Whitelist>): LomData {
  const classNames = [...new Set(BRIDGE_VERSIONS.flatMap((v) => Object.keys(whitelists[v].classes)))].sort();
  const classes: Record<string, LomDataClass> = {};
  for (const cls of classNames) {
    const exposed = (name: string): BridgeEntry => {
      const entry: BridgeEntry = { bridge: [] };
      for (const v of BRIDGE_VERSIONS) {
        const listed = whitelists[v].classes[cls]?.find((e) => e.name === name);
        if (!listed) continue;
        entry.bridge.push(v);
        if (listed.since_epii) entry.since_epii = listed.since_epii;
        if (listed.json) entry.json = true;
      }
      return entry;
    };
    const known = inventory.classes[cls];
    const c: LomDataClass = { properties: {}, functions: {}, other: {} };
    for (const p of known?.properties ?? []) c.properties[p.name] = { settable: p.settable || SETTABLE_IN_LIVE.has(`${cls}.${p.name}`), ...exposed(p.name) };
    for (const m of known?.methods ?? []) {
      // Python's bound `self` is the object the call is sent to, not an argument.
      const params = m.params[0]?.name === "self" ? m.params.slice(1) : m.params;
      c.functions[m.name] = { params: (MAX_ONLY_PARAMS[`${cls}.${m.name}`] ?? params).map(({ name, type, optional }) => ({ name, type, optional })), ...exposed(m.name) };
    }
    const listed = new Set(BRIDGE_VERSIONS.flatMap((v) => (whitelists[v].classes[cls] ?? []).map((e) => e.name)));
    for (const name of [...listed].sort()) if (!c.properties[name] && !c.functions[name]) c.other[name] = exposed(name);
    classes[cls] = c;
  }
  return {
    sources: {
      inventory: `Live 12's Python API inventory (${inventory.source}): names, settability and arguments; taken from the public repository lebrunthibault/protocol0, docs/lom/lom-inventory.json`,
      "11.2": whitelists["11.2"].source,
      "12.0": whitelists["12.0"].source,
    },
    classes,
  };
}

/** The JSON text of the data: one name a line, so a change of the reference reads as a small diff. */
export function renderLomData(data: LomData): string {
  const lines = ["{", `  "sources": ${JSON.stringify(data.sources, null, 2).replace(/\n/g, "\n  ")},`, '  "classes": {'];
  const classNames = Object.keys(data.classes);
  classNames.forEach((cls, i) => {
    const c = data.classes[cls];
    lines.push(`    ${JSON.stringify(cls)}: {`);
    const groups = ["properties", "functions", "other"] as const;
    groups.forEach((group, g) => {
      const entries = Object.entries(c[group]).map(([name, entry]) => `        ${JSON.stringify(name)}: ${JSON.stringify(entry)}`);
      const close = g < groups.length - 1 ? "}," : "}";
      lines.push(entries.length === 0 ? `      "${group}": {${close}` : `      "${group}": {\n${entries.join(",\n")}\n      ${close}`);
    });
    lines.push(i < classNames.length - 1 ? "    }," : "    }");
  });
  lines.push("  }", "}", "");
  return lines.join("\n");
}
