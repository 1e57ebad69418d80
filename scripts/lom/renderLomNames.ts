// Renders src/lom/LomNames.generated.ts from Live 12's Python API inventory: the names the mirror may
// write and call, class by class, so a misspelt property or a wrong argument count fails to compile.
import { LOM_PYTHON_CLASS } from "../../src/lom/LomNames";

export interface InventoryParam {
  name: string;
  type: string;
  optional: boolean;
}
export interface InventoryClass {
  properties: { name: string; settable: boolean }[];
  methods: { name: string; params: InventoryParam[] }[];
}
export interface Inventory {
  source: string;
  classes: Record<string, InventoryClass>;
}

export const INVENTORY_PATH = "../shared/reference/live12-python-api-inventory.json";
export const GENERATED_PATH = "src/lom/LomNames.generated.ts";

/**
 * Arguments Max's LOM takes that the Python signature does not show: Cycling '74's ClipSlot page
 * (Live 11+) gives fire `record_length` and `launch_quantization`, both optional; the recordings use
 * the first (src/sim/live/ClipSlot.ts simulates it).
 */
const MAX_ONLY_PARAMS: Record<string, InventoryParam[]> = {
  "ClipSlot.fire": [
    { name: "record_length", type: "float", optional: true },
    { name: "launch_quantization", type: "int", optional: true },
  ],
};

const NUMBERS = new Set(["int", "float", "bool"]);
const STRINGS = new Set(["str", "Text"]);
const LISTS = new Set(["object", "tuple", "list"]);

/** The atoms one argument takes on the wire, as tuple elements (labelled with Live's name). */
function atomsOf(param: InventoryParam, last: boolean, inventory: Inventory): string[] {
  const { name, type } = param;
  if (NUMBERS.has(type)) return [`${name}: number`];
  if (STRINGS.has(type)) return [`${name}: string`];
  // A Python container is a list in Max: as many atoms as it holds when it comes last, else one.
  if (LISTS.has(type) || type.endsWith("Vector")) return [last ? `...${name}: Atom[]` : `${name}: Atom`];
  if (inventory.classes[type]) return [`${name}: "id"`, `${name}: number`];
  throw new Error(`no atoms known for a parameter of type ${type} (${name})`);
}

/** Live's arguments, without Python's bound `self` (the object the call is sent to). */
function paramsOf(cls: string, method: InventoryClass["methods"][number]): InventoryParam[] {
  const params = method.params[0]?.name === "self" ? method.params.slice(1) : method.params;
  return MAX_ONLY_PARAMS[`${cls}.${method.name}`] ?? params;
}

/** Every accepted argument list, shortest first: each optional argument may be left off, from the end. */
function tuplesOf(params: InventoryParam[], inventory: Inventory): string {
  const [min, max] = arity(params);
  const tuples: string[] = [];
  for (let count = min; count <= max; count++) {
    const elements = params.slice(0, count).flatMap((p, i) => atomsOf(p, i === count - 1, inventory));
    tuples.push(`[${elements.join(", ")}]`);
  }
  return tuples.join(" | ");
}

/** How many arguments a call takes, at least and at most. */
function arity(params: InventoryParam[]): [number, number] {
  const firstOptional = params.findIndex((p) => p.optional);
  // Optional arguments can be left off only from the end; the inventory has none before a required one.
  if (firstOptional >= 0 && params.slice(firstOptional).some((p) => !p.optional)) throw new Error(`a required argument after an optional one: ${params.map((p) => p.name).join(", ")}`);
  return [firstOptional < 0 ? params.length : firstOptional, params.length];
}

/** Items between `open` and `close`, wrapped like the rest of the sources. */
function wrapped(items: string[], indent: string, open: string, close: string): string {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    if (line && indent.length + line.length + 1 + item.length > 110) {
      lines.push(line);
      line = item;
    } else line = line ? `${line} ${item}` : item;
  }
  if (line) lines.push(line);
  return lines.length === 0 ? `${open}${close}` : `${open}\n${lines.map((l) => `${indent}  ${l}`).join("\n")}\n${indent}${close}`;
}

const HEADER = `// GENERATED FILE, do not edit: \`npm run lom-names\` (node scripts/run.mjs scripts/lomNames.ts) writes it
// from ${INVENTORY_PATH} (Live 12's Python API inventory),
// and tests/lom/LomNames.test.ts fails when it is stale.
//
// For each Python class behind a class of LomClasses.ts (LOM_PYTHON_CLASS in LomNames.ts): every property
// (all are readable; the inventory does not say which are observable: LomClasses does, from Cycling
// '74's pages), the settable ones, and every function with its arity [min, max] in arguments, optional
// arguments being those the inventory marks optional (they may be left off from the end). Python's
// bound \`self\` is not an argument. LomFunctionArgs gives each function's argument lists as the atoms
// Max sends: a number (int, float, bool as 0 or 1), a string, an object as two atoms (\`id\`, its id),
// a Python container (object, tuple, list, a vector) as a list: every remaining atom when it comes
// last, else one. ClipSlot.fire takes Max's optional record_length and launch_quantization, which the
// Python signature lacks (Cycling '74's ClipSlot page, Live 11+).
import type { Atom } from "../wire/protocol";
`;

/** The text of src/lom/LomNames.generated.ts. */
export function renderLomNames(inventory: Inventory): string {
  const pythonClasses = [...new Set(Object.values(LOM_PYTHON_CLASS))];
  const names = (list: string[]): string => wrapped(list.map((name) => `"${name}",`), "    ", "[", "]");
  const classOf = (name: string): InventoryClass => {
    const cls = inventory.classes[name];
    if (!cls) throw new Error(`${name} is not in the inventory`);
    return cls;
  };
  const classes = pythonClasses.map((name) => {
    const cls = classOf(name);
    const fns = cls.methods.map((m) => `${m.name}: [${arity(paramsOf(name, m)).join(", ")}],`);
    return [
      `  "${name}": {`,
      `    readable: ${names(cls.properties.map((p) => p.name))},`,
      `    settable: ${names(cls.properties.filter((p) => p.settable).map((p) => p.name))},`,
      `    functions: ${wrapped(fns, "    ", "{", "}")},`,
      "  },",
    ].join("\n");
  });
  const args = pythonClasses.map((name) => {
    const methods = classOf(name).methods.map((m) => `    ${m.name}: ${tuplesOf(paramsOf(name, m), inventory)};`);
    return methods.length === 0 ? `  "${name}": {};` : `  "${name}": {\n${methods.join("\n")}\n  };`;
  });
  return [
    HEADER,
    `/** Source: ${inventory.source}. */`,
    `export const LOM_NAMES = {\n${classes.join("\n")}\n} as const;`,
    "",
    `export interface LomFunctionArgs {\n${args.join("\n")}\n}`,
    "",
  ].join("\n");
}
