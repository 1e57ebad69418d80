// The README's action reference, generated from the registry and the default mapping so it cannot
// drift from the code (scripts/readmeSections.ts writes it; a test checks it is current).
import type { ActionCall, Gesture } from "./Action";
import { defaultText, paramRule, type Params } from "./ActionParams";
import type { ActionRegistry } from "./ActionRegistry";
import { GESTURE_WORDS } from "./GestureNames";

export const TABLE_START = "<!-- actions:start -->";
export const TABLE_END = "<!-- actions:end -->";

/** A gesture's binding as the table reads it: an id, a call, or a list of them and waits. */
type TableBinding = string | ActionCall | readonly (string | ActionCall | { readonly wait: string })[];

/**
 * Where a mapping binds actions, as the table reads it: knobs by group and position, a binding per
 * gesture. The control layer's MappingDocument is one; actions never import the control layer.
 */
type Bindings = { readonly [gesture in Gesture]?: TableBinding };

export interface ActionBindings {
  readonly groups: readonly {
    readonly name: string;
    readonly encoders: readonly ({ readonly position: number; readonly shift?: Bindings } & Bindings)[];
  }[];
}

/** Whether a binding runs the action: alone, with arguments, or as a step of a list ("list"). */
function runs(binding: TableBinding | undefined, actionId: string): "alone" | "list" | undefined {
  const id = (step: string | ActionCall | { readonly wait: string }) => (typeof step === "string" ? step : "action" in step ? step.action : undefined);
  if (binding === undefined) return undefined;
  if (!Array.isArray(binding)) return id(binding as string | ActionCall) === actionId ? "alone" : undefined;
  return (binding as readonly (string | ActionCall | { readonly wait: string })[]).some((step) => id(step) === actionId) ? "list" : undefined;
}

/** Where the default mapping puts an action: "Main 13 (long press)", "Main 1 (shift press)". */
function defaultKnobs(mapping: ActionBindings, actionId: string): string[] {
  const bound = (bindings: Bindings, prefix: string) =>
    (Object.keys(GESTURE_WORDS) as Gesture[]).flatMap((gesture) => {
      const how = runs(bindings[gesture], actionId);
      return how === undefined ? [] : [`${prefix}${GESTURE_WORDS[gesture]}${how === "list" ? ", in a list" : ""}`];
    });
  return mapping.groups.flatMap((group) =>
    group.encoders.flatMap((encoder) =>
      [...bound(encoder, ""), ...bound(encoder.shift ?? {}, "shift ")].map((gesture) => `${group.name} ${encoder.position} (${gesture})`),
    ),
  );
}

const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** "`bars`: 1 to 64 (default 4)". */
function argumentsOf(params: Params): string {
  const keys = Object.keys(params);
  if (keys.length === 0) return "–";
  return keys.map((key) => `\`${key}\`: ${paramRule(key, params[key]!).replace(`${key} must be `, "")} (default: ${defaultText(params[key]!)})`).join("; ");
}

export function renderActionTable(registry: ActionRegistry, mapping: ActionBindings): string {
  const rows = registry.all().map((action) => {
    const knobs = defaultKnobs(mapping, action.id);
    return [
      `\`${action.id}\``,
      action.title,
      action.gestures.map((g) => GESTURE_WORDS[g]).join(", "),
      action.needs.length === 0 ? "–" : action.needs.map((need) => need.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)).join(", "),
      argumentsOf(action.params ?? {}),
      knobs.length === 0 ? "–" : knobs.join(", "),
      action.description,
    ].map(cell);
  });
  const header = ["Action", "Title", "Gestures", "Needs", "Arguments", "Default knob", "What it does"];
  return [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
