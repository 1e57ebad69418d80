// Renders src/lom/LomNames.generated.ts from the committed LOM data (src/lom/lomData.json): the names the
// mirror may write and call, class by class, so a misspelt property, a name Max for Live cannot reach or a
// wrong argument count fails to compile.
import { BRIDGE_VERSIONS, type LomData, type LomDataClass, type LomParam } from "../../src/lom/LomData";
import { LOM_PYTHON_CLASS, PROBED_FUNCTIONS } from "../../src/lom/LomNames";

export const GENERATED_PATH = "src/lom/LomNames.generated.ts";

const NUMBERS = new Set(["int", "float", "bool"]);
const STRINGS = new Set(["str", "Text"]);
const LISTS = new Set(["object", "tuple", "list"]);

/** The atoms one argument takes on the wire, as tuple elements (labelled with Live's name). */
function atomsOf(param: LomParam, last: boolean, data: LomData): string[] {
  const { name, type } = param;
  if (NUMBERS.has(type)) return [`${name}: number`];
  if (STRINGS.has(type)) return [`${name}: string`];
  // A Python container is a list in Max: as many atoms as it holds when it comes last, else one.
  if (LISTS.has(type) || type.endsWith("Vector")) return [last ? `...${name}: Atom[]` : `${name}: Atom`];
  // An object argument: a class Max can reach, or any of them (LomObject, the base of every class).
  if (data.classes[type] || type === "LomObject") return [`${name}: "id"`, `${name}: number`];
  throw new Error(`no atoms known for a parameter of type ${type} (${name})`);
}

/** Every accepted argument list, shortest first: each optional argument may be left off, from the end. */
function tuplesOf(params: LomParam[], data: LomData): string {
  const [min, max] = arity(params);
  const tuples: string[] = [];
  for (let count = min; count <= max; count++) {
    const elements = params.slice(0, count).flatMap((p, i) => atomsOf(p, i === count - 1, data));
    tuples.push(`[${elements.join(", ")}]`);
  }
  return tuples.join(" | ");
}

/** How many arguments a call takes, at least and at most. */
function arity(params: LomParam[]): [number, number] {
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
// from src/lom/lomData.json, and tests/lom/LomNames.test.ts fails when it is stale.
//
// For each Python class behind a class of LomClasses.ts (LOM_PYTHON_CLASS in LomNames.ts), the names Live's
// Max for Live bridge exposes in both Live 11.2 and 12.0 (_MxDCore/LomTypes.py, EXPOSED_TYPE_PROPERTIES):
// the readable properties (LomClasses says which are observable, from Cycling '74's pages), the settable
// ones, and every function with its arity [min, max] in arguments, optional arguments being those the
// inventory marks optional (they may be left off from the end). A name the bridge does not expose is not
// here, so using it does not compile; the exceptions are the functions the platform probe looks for
// (PROBED_FUNCTIONS in LomNames.ts), listed under \`probed\` too. Python's bound \`self\` is not an argument.
// LomFunctionArgs gives each function's argument lists as the atoms Max sends: a number (int, float, bool
// as 0 or 1), a string, an object as two atoms (\`id\`, its id), a Python container (object, tuple, list,
// a vector) as a list: every remaining atom when it comes last, else one. ClipSlot.fire takes Max's
// optional record_length and launch_quantization, which the Python signature lacks (Cycling '74's
// ClipSlot page, Live 11+).
import type { Atom } from "../wire/protocol";
`;

/** Whether both bridges expose the name. */
const inBoth = (entry: { bridge: string[] }): boolean => BRIDGE_VERSIONS.every((v) => entry.bridge.includes(v));

/** The functions of a class the device may call: those both bridges expose, and those the probe looks for. */
function functionsOf(cls: LomDataClass, probed: readonly string[]): [string, LomParam[]][] {
  return Object.entries(cls.functions)
    .filter(([name, f]) => inBoth(f) || probed.includes(name))
    .map(([name, f]) => [name, f.params]);
}

/** The text of src/lom/LomNames.generated.ts. */
export function renderLomNames(data: LomData): string {
  const pythonClasses = [...new Set(Object.values(LOM_PYTHON_CLASS))];
  const names = (list: string[]): string => wrapped(list.map((name) => `"${name}",`), "    ", "[", "]");
  const classOf = (name: string): LomDataClass => {
    const cls = data.classes[name];
    if (!cls) throw new Error(`${name} is not a class of the bridge`);
    return cls;
  };
  const probedOf = (name: string): readonly string[] => (PROBED_FUNCTIONS as Record<string, readonly string[]>)[name] ?? [];
  const classes = pythonClasses.map((name) => {
    const cls = classOf(name);
    const props = Object.entries(cls.properties).filter(([, p]) => inBoth(p));
    const fns = functionsOf(cls, probedOf(name)).map(([fn, params]) => `${fn}: [${arity(params).join(", ")}],`);
    return [
      `  "${name}": {`,
      `    readable: ${names(props.map(([p]) => p))},`,
      `    settable: ${names(props.filter(([, p]) => p.settable).map(([p]) => p))},`,
      `    functions: ${wrapped(fns, "    ", "{", "}")},`,
      `    probed: ${names([...probedOf(name)])},`,
      "  },",
    ].join("\n");
  });
  const args = pythonClasses.map((name) => {
    const methods = functionsOf(classOf(name), probedOf(name)).map(([fn, params]) => `    ${fn}: ${tuplesOf(params, data)};`);
    return methods.length === 0 ? `  "${name}": {};` : `  "${name}": {\n${methods.join("\n")}\n  };`;
  });
  return [
    HEADER,
    `/** Sources: ${Object.values(data.sources).join("; ")}. */`,
    `export const LOM_NAMES = {\n${classes.join("\n")}\n} as const;`,
    "",
    `export interface LomFunctionArgs {\n${args.join("\n")}\n}`,
    "",
  ].join("\n");
}
