// A user action's declared arguments checked before the mapping schema is built from them: a parameter
// the schema cannot read (a JSON Schema's `type`/`minimum` in place of `kind`/`min`) is told to the
// musician, naming it, instead of failing the schema's compilation for every user action.
import type { Param } from "../ActionParams";

const KINDS: readonly Param["kind"][] = ["integer", "number", "choice", "text", "target"];

/** A declared parameter's fields, each still to be checked. */
interface Fields {
  readonly kind?: unknown;
  readonly min?: unknown;
  readonly max?: unknown;
  readonly default?: unknown;
  readonly decimals?: unknown;
  readonly values?: unknown;
  readonly maxLength?: unknown;
  readonly names?: unknown;
  readonly words?: unknown;
}

const isText = (value: unknown): value is string => typeof value === "string";
const isWhole = (value: unknown): value is number => Number.isInteger(value);
const isTexts = (value: unknown): boolean => Array.isArray(value) && value.length > 0 && value.every(isText);
const inRange = (p: Fields, value: unknown): boolean => typeof value === "number" && value >= (p.min as number) && value <= (p.max as number);
const ranged = (p: Fields, isValue: (value: unknown) => boolean): boolean => isValue(p.min) && isValue(p.max) && (p.min as number) <= (p.max as number);

/** What each kind must declare, as the musician reads it, and the check of it. */
const SHAPES: { readonly [kind in Param["kind"]]: readonly [string, (p: Fields) => boolean] } = {
  integer: ["whole min ≤ max, a default between them or none", (p) => ranged(p, isWhole) && (p.default === undefined || (isWhole(p.default) && inRange(p, p.default)))],
  number: ["min ≤ max, decimals (0 to 6), a default between them", (p) => ranged(p, Number.isFinite) && isWhole(p.decimals) && (p.decimals as number) >= 0 && (p.decimals as number) <= 6 && inRange(p, p.default)],
  choice: ["values (texts) and a default among them", (p) => isTexts(p.values) && (p.values as unknown[]).includes(p.default)],
  text: ["maxLength (1 or more), a default text and names (what it names)", (p) => isWhole(p.maxLength) && (p.maxLength as number) >= 1 && isText(p.default) && isText(p.names)],
  target: ["words (texts), a whole max and maxLength, a default and names", (p) => isTexts(p.words) && isWhole(p.max) && isWhole(p.maxLength) && isText(p.default) && isText(p.names)],
};

/** Why `params` are not parameters, in the musician's words; undefined when they are (or absent). */
export function paramsProblem(params: unknown): string | undefined {
  if (params === undefined) return undefined;
  if (typeof params !== "object" || params === null || Array.isArray(params)) return 'params must be an object of parameters, such as { bars: { kind: "integer", min: 1, max: 64, default: 4 } }';
  for (const [key, param] of Object.entries(params as { readonly [key: string]: unknown })) {
    const fields = (typeof param === "object" && param !== null ? param : {}) as Fields;
    const kind = fields.kind as Param["kind"];
    if (!KINDS.includes(kind)) return `params.${key}: kind must be one of ${KINDS.join(", ")}`;
    const [needs, fits] = SHAPES[kind];
    if (!fits(fields)) return `params.${key}: ${kind === "integer" ? "an" : "a"} ${kind} needs ${needs}`;
  }
  return undefined;
}
