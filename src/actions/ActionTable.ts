// The README's action reference, generated from the registry and the default mapping so it cannot
// drift from the code (scripts/readmeSections.ts writes it; a test checks it is current).
import type { Gesture } from "./Action";
import type { ActionRegistry } from "./ActionRegistry";

export const TABLE_START = "<!-- actions:start -->";
export const TABLE_END = "<!-- actions:end -->";

/**
 * Where a mapping binds actions, as the table reads it: knobs by group and position, an action id per
 * gesture. The control layer's MappingDocument is one; actions never import the control layer.
 */
type Bindings = { readonly [gesture in Gesture]?: string };

export interface ActionBindings {
  readonly groups: readonly {
    readonly name: string;
    readonly encoders: readonly ({ readonly position: number; readonly shift?: Bindings } & Bindings)[];
  }[];
}

const GESTURE_NAMES: Record<Gesture, string> = { press: "press", longPress: "long press", doublePress: "double press", scroll: "turn" };

/** Where the default mapping puts an action: "Main 13 (long press)", "Main 1 (shift press)". */
function defaultKnobs(mapping: ActionBindings, actionId: string): string[] {
  const bound = (bindings: Bindings, prefix: string) =>
    (Object.keys(GESTURE_NAMES) as Gesture[]).filter((gesture) => bindings[gesture] === actionId).map((gesture) => `${prefix}${GESTURE_NAMES[gesture]}`);
  return mapping.groups.flatMap((group) =>
    group.encoders.flatMap((encoder) =>
      [...bound(encoder, ""), ...bound(encoder.shift ?? {}, "shift ")].map((gesture) => `${group.name} ${encoder.position} (${gesture})`),
    ),
  );
}

const cell = (text: string): string => text.replace(/\|/g, "\\|");

export function renderActionTable(registry: ActionRegistry, mapping: ActionBindings): string {
  const rows = registry.all().map((action) => {
    const knobs = defaultKnobs(mapping, action.id);
    return [
      `\`${action.id}\``,
      action.title,
      action.gestures.map((g) => GESTURE_NAMES[g]).join(", "),
      action.needs.length === 0 ? "–" : action.needs.map((need) => need.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)).join(", "),
      knobs.length === 0 ? "–" : knobs.join(", "),
      action.description,
    ].map(cell);
  });
  const header = ["Action", "Title", "Gestures", "Needs", "Default knob", "What it does"];
  return [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
