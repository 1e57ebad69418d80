// What an action's arguments are: each parameter's kind, range and default, declared with the action
// (`params` in defineAction). The mapping schema's `args` (src/control/MappingSchema.ts), the musician's
// error texts, the device's argument editor and the values a run receives all come from these.
import { counted } from "../log/Counted";

/** A whole number in a range ("bars": 1 to 64); without a default, the action decides when it is not given. */
export interface IntegerParam<D extends number | undefined = number | undefined> {
  readonly kind: "integer";
  readonly min: number;
  readonly max: number;
  readonly default: D;
  /** What the action does when the argument is not given and there is no default. */
  readonly unset?: string;
  /** Shown after the value: "4 bars". */
  readonly unit?: string;
}

/** A number in a range, to `decimals` places ("step": 0.1 to 20 BPM). */
export interface NumberParam {
  readonly kind: "number";
  readonly min: number;
  readonly max: number;
  readonly default: number;
  readonly decimals: number;
  readonly unit?: string;
}

/** One of a few words: a menu in the device. */
export interface ChoiceParam<V extends string = string> {
  readonly kind: "choice";
  readonly values: readonly V[];
  readonly default: V;
}

/** A name Live shows (a track's, a scene's): text in the device. */
export interface TextParam {
  readonly kind: "text";
  readonly maxLength: number;
  readonly default: string;
  /** What it names, for the musician: "a track's name". */
  readonly names: string;
}

/** One of a few words, or a position from 1 (a scene's number), or a name ("next", 3, "Verse"). */
export interface TargetParam<V extends string = string> {
  readonly kind: "target";
  readonly words: readonly V[];
  readonly max: number;
  readonly maxLength: number;
  readonly default: V;
  /** What it names: "scene". */
  readonly names: string;
}

export type Param = IntegerParam | NumberParam | ChoiceParam | TextParam | TargetParam;

export type Params = { readonly [name: string]: Param };

/** The value a run receives for a parameter. */
export type ArgOf<P extends Param> = P extends IntegerParam<infer D>
  ? number | Extract<D, undefined>
  : P extends ChoiceParam<infer V>
  ? V
  : P extends TargetParam<infer V>
    ? V | number | string
    : P extends TextParam
      ? string
      : number;

export type ArgsOf<P extends Params> = { readonly [K in keyof P]: ArgOf<P[K]> };

/** What a mapping writes for one argument (a run's values are resolved from it, defaults filled). */
export type ArgValue = number | string;

export type Args = { readonly [name: string]: ArgValue };

/** What a run receives: an argument without a default and not given is undefined. */
export type ResolvedArgs = { readonly [name: string]: ArgValue | undefined };

export const NO_PARAMS: Params = {};

export function integer(min: number, max: number, fallback: number, unit?: string): IntegerParam<number> {
  return unit === undefined ? { kind: "integer", min, max, default: fallback } : { kind: "integer", min, max, default: fallback, unit };
}

/** An integer without a default: `unset` says what the action does without it. */
export function optionalInteger(min: number, max: number, unset: string, unit?: string): IntegerParam<undefined> {
  const param: IntegerParam<undefined> = { kind: "integer", min, max, default: undefined, unset };
  return unit === undefined ? param : { ...param, unit };
}

export function decimal(min: number, max: number, fallback: number, decimals: number, unit?: string): NumberParam {
  return unit === undefined ? { kind: "number", min, max, default: fallback, decimals } : { kind: "number", min, max, default: fallback, decimals, unit };
}

export function choice<const V extends string>(values: readonly V[], fallback: V): ChoiceParam<V> {
  return { kind: "choice", values, default: fallback };
}

export function text(names: string, fallback = "", maxLength = 64): TextParam {
  return { kind: "text", maxLength, default: fallback, names };
}

export function target<const V extends string>(names: string, words: readonly V[], fallback: V, max = 999, maxLength = 64): TargetParam<V> {
  return { kind: "target", words, max, maxLength, default: fallback, names };
}

/** The JSON Schema of one parameter's value: what ajv checks in a mapping's `args`. */
export function paramSchema(param: Param): object {
  switch (param.kind) {
    case "integer":
      return { type: "integer", minimum: param.min, maximum: param.max };
    case "number":
      return { type: "number", minimum: param.min, maximum: param.max, multipleOf: 10 ** -param.decimals };
    case "choice":
      return { enum: [...param.values] };
    case "text":
      return { type: "string", minLength: 1, maxLength: param.maxLength };
    case "target":
      return { type: ["integer", "string"], minimum: 1, maximum: param.max, minLength: 1, maxLength: param.maxLength };
  }
}

/** What a value must be, in the musician's words: "bars must be 1 to 64". */
export function paramRule(key: string, param: Param): string {
  switch (param.kind) {
    case "integer":
      return `${key} must be ${param.min} to ${param.max}`;
    case "number":
      return `${key} must be ${param.min} to ${param.max}, with at most ${counted(param.decimals, "decimal")}`;
    case "choice":
      return `${key} must be one of ${param.values.join(", ")}`;
    case "text":
      return `${key} must be ${param.names} of 1 to ${param.maxLength} characters`;
    case "target":
      return `${key} must be ${param.words.join(", ")}, a ${param.names} number from 1 to ${param.max} or a ${param.names}'s name`;
  }
}

/** The run's values: each given argument, the default for the others. */
export function resolveArgs(params: Params, given: Args | undefined): ResolvedArgs {
  const args: { [name: string]: ArgValue | undefined } = {};
  for (const key of Object.keys(params)) args[key] = given?.[key] ?? params[key]!.default;
  return args;
}

/** An argument as the device shows it: "4 bars", "next", "Verse". */
export function formatArg(param: Param, value: ArgValue): string {
  if (param.kind === "integer" || param.kind === "number") {
    const text = typeof value === "number" && param.kind === "number" ? String(Number(value.toFixed(param.decimals))) : String(value);
    // "1 bar", "4 bars", "2 BPM": a unit in capitals has no plural.
    const unit = param.unit;
    return unit === undefined ? text : `${text} ${unit}${value === 1 || unit === unit.toUpperCase() ? "" : "s"}`;
  }
  return String(value);
}

/** A parameter's default as the musician reads it. */
export function defaultText(param: Param): string {
  if (param.default === undefined) return param.kind === "integer" && param.unset !== undefined ? param.unset : "none";
  return formatArg(param, param.default);
}

/** The arguments that differ from the defaults, for the grid and the editor: "bars 8". */
export function describeArgs(params: Params, given: Args | undefined): string {
  return Object.keys(params)
    .filter((key) => given?.[key] !== undefined && given[key] !== params[key]!.default)
    .map((key) => `${key} ${formatArg(params[key]!, given![key]!)}`)
    .join(", ");
}
