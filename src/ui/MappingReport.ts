// A mapping document's problems in the device's words: where ("Main knob 3, turn"), read from the
// JSON path and the document, then what is wrong, then the path for whoever edits the file.
import type { MappingError, UnknownAction } from "../control/MappingValidator";
import { GESTURE_NAMES } from "../actions/GestureNames";
import { USER_AREA } from "../actions/ActionRegistry";

/** Errors listed in the help area; the others are counted. */
export const LISTED_ERRORS = 10;

const FIELD_NAMES: { readonly [field: string]: string } = {
  ...GESTURE_NAMES,
  version: "version",
  relativeEncoding: "relative encoding",
  longPressMs: "long press time",
  doublePressMs: "double press time",
  addressing: "",
  ccRange: "CC range",
  noteRange: "note range",
  cc: "CC",
};

type Loose = { readonly [key: string]: unknown } | undefined;

function child(value: unknown, key: string | undefined): Loose {
  if (key === undefined || value === null || typeof value !== "object") return undefined;
  return (value as { [key: string]: unknown })[key] as Loose;
}

/** "Main knob 3, turn" for /groups/0/encoders/2/scroll; "the mapping" for the document itself. */
export function placeOf(doc: unknown, path: string): string {
  const [first, groupIndex, third, encoderIndex, ...rest] = path.split("/").slice(1);
  if (first !== "groups" || groupIndex === undefined) return fieldNames([first, groupIndex, third, encoderIndex, ...rest]) || "the mapping";
  const group = child(child(doc, "groups"), groupIndex);
  const name = typeof group?.name === "string" && group.name !== "" ? group.name : `group ${Number(groupIndex) + 1}`;
  if (third !== "encoders" || encoderIndex === undefined) return [name, fieldNames([third, encoderIndex, ...rest])].filter(Boolean).join(" ");
  const position = child(child(group, "encoders"), encoderIndex)?.position;
  const knob = Number.isInteger(position) ? `knob ${String(position)}` : `knob at index ${encoderIndex}`;
  const field = bindingPlace(rest) ?? fieldNames(rest);
  return field === "" ? `${name} ${knob}` : `${name} ${knob}, ${field}`;
}

/** "press", "press step 2" for a gesture's binding: the message names the argument or the wait itself. */
function bindingPlace([gesture, step]: (string | undefined)[]): string | undefined {
  if (gesture === undefined || !(gesture in GESTURE_NAMES)) return undefined;
  const name = FIELD_NAMES[gesture]!;
  return step !== undefined && /^\d+$/.test(step) ? `${name} step ${Number(step) + 1}` : name;
}

function fieldNames(segments: (string | undefined)[]): string {
  return segments
    .filter((s): s is string => s !== undefined)
    .map((s) => FIELD_NAMES[s] ?? s)
    .filter(Boolean)
    .join(" ");
}

export function describeError(doc: unknown, error: MappingError): string {
  return `${placeOf(doc, error.path)}: ${error.message} (${error.path || "/"})`;
}

/** The status line: the first error, and how many more the help area lists. */
export function errorStatus(doc: unknown, errors: readonly MappingError[], total: number): string {
  const first = errors[0];
  if (first === undefined) return "invalid mapping";
  return total > 1 ? `${describeError(doc, first)}, and ${total - 1} more below` : describeError(doc, first);
}

/** The help area: the first LISTED_ERRORS errors, numbered, and a count of the rest. */
export function errorList(doc: unknown, errors: readonly MappingError[], total: number): string {
  const listed = errors.slice(0, LISTED_ERRORS).map((error, index) => `${index + 1}. ${describeError(doc, error)}`);
  const rest = total - listed.length;
  return [`${total} ${total === 1 ? "error" : "errors"}:`, ...listed, ...(rest > 0 ? [`and ${rest} more`] : [])].join(" ");
}

export function unknownName(id: string): string {
  return id.startsWith(USER_AREA) ? `not loaded: ${id}` : `unknown: ${id}`;
}

/** What the help area says of an id no action has. */
export function unknownHelp(id: string): string {
  if (id.startsWith(USER_AREA)) return `${unknownName(id)}: no file of the actions folder defines this user action; it does nothing until one does`;
  return `${unknownName(id)}: no action has this id (renamed or misspelled); it does nothing`;
}

/** Said once when a document with unknown actions arrives: they are kept and do nothing. */
export function unknownStatus(doc: unknown, unknown: readonly UnknownAction[]): string {
  const [first] = unknown;
  if (first === undefined) return "";
  const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : "";
  const advice = first.id.startsWith(USER_AREA) ? "kept: it runs once a file of the actions folder defines it" : "kept and doing nothing: choose another action";
  return `${placeOf(doc, first.path)}: ${unknownName(first.id)}${more}, ${advice}`;
}

