// ajv's errors in the musician's words: an argument names its rule ("bars must be 1 to 64"), a wait
// its form, and the branches of the schema's if/then (a binding is an id, a call or a list) add
// nothing of their own. Each keeps ajv's instancePath.
import type { ErrorObject } from "ajv";
import { paramRule } from "../actions/ActionParams";
import type { ActionRegistry } from "../actions/ActionRegistry";
import { WAIT_RULE } from "./WaitText";

export interface MappingError {
  /** JSON pointer into the document ("" is the document itself). */
  path: string;
  message: string;
}

function at(doc: unknown, segments: readonly string[]): unknown {
  let value = doc;
  for (const segment of segments) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as { [key: string]: unknown })[segment];
  }
  return value;
}

/** The rule an argument breaks, when `path` points into a known action's `args`. */
function argumentError(doc: unknown, error: ErrorObject, registry: ActionRegistry): MappingError | undefined {
  const segments = error.instancePath.split("/").slice(1);
  const argsAt = segments.lastIndexOf("args");
  if (argsAt < 0) return undefined;
  const action = at(doc, [...segments.slice(0, argsAt), "action"]);
  const definition = typeof action === "string" ? registry.get(action) : undefined;
  if (definition === undefined) return undefined;
  const params = definition.params ?? {};
  const key = segments[argsAt + 1];
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  if (key === undefined && extra !== undefined) {
    const names = Object.keys(params);
    const takes = names.length === 0 ? "takes no arguments" : `takes ${names.join(", ")}`;
    return { path: `${error.instancePath}/${extra}`, message: `${definition.title} has no argument "${extra}": it ${takes}` };
  }
  const param = key === undefined ? undefined : params[key];
  if (param === undefined) return key === undefined ? { path: error.instancePath, message: "args must be an object of arguments" } : undefined;
  return { path: error.instancePath, message: paramRule(key!, param) };
}

function plainError(error: ErrorObject): MappingError {
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
  let message = error.message ?? error.keyword;
  if (params.additionalProperty !== undefined) message += ` ("${params.additionalProperty}")`;
  if (params.allowedValues !== undefined) message += `: ${params.allowedValues.join(", ")}`;
  return { path: error.instancePath, message };
}

/** Each distinct error once, branches of the schema's conditions left out. */
export function schemaErrors(doc: unknown, errors: readonly ErrorObject[], registry: ActionRegistry): MappingError[] {
  const seen = new Set<string>();
  const kept: MappingError[] = [];
  for (const error of errors) {
    if (error.keyword === "if") continue;
    const isWait = error.instancePath.endsWith("/wait") && error.keyword === "pattern";
    const shown = isWait ? { path: error.instancePath, message: WAIT_RULE } : argumentError(doc, error, registry) ?? plainError(error);
    const key = `${shown.path}\n${shown.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(shown);
  }
  return kept;
}
