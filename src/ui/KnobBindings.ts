// What a knob of the mapping runs, as the grid and the help column name it: its own gestures, its
// shift actions ("shift press Undo"), and whether it is its group's shift knob.
import { GESTURES } from "../actions/Action";
import type { EncoderMapping } from "../control/Mapping";
import { SHIFT_GESTURES } from "../control/Mapping";
import { GESTURE_NAMES } from "./GestureNames";

export interface KnobBinding {
  /** "press", "double", "shift long". */
  name: string;
  id: string;
}

/** What the shift knob says in the grid, and in the help column. */
export const SHIFT_CELL = "shift";
export const SHIFT_HELP = "Shift: hold this knob and the group's other knobs run their shift actions; a short push alone runs its press.";

export function knobBindings(encoder: EncoderMapping | undefined): KnobBinding[] {
  if (encoder === undefined) return [];
  const own = GESTURES.flatMap((gesture) => {
    const id = encoder[gesture];
    return id === undefined ? [] : [{ name: GESTURE_NAMES[gesture], id }];
  });
  const shifted = SHIFT_GESTURES.flatMap((gesture) => {
    const id = encoder.shift?.[gesture];
    return id === undefined ? [] : [{ name: `shift ${GESTURE_NAMES[gesture]}`, id }];
  });
  return [...own, ...shifted];
}

/** The grid cell's text: "shift · press Undo", "press Tap tempo · shift scroll Tempo". */
export function knobCell(encoder: EncoderMapping | undefined, title: (id: string) => string): string[] {
  const shown = [...(encoder?.role === "shift" ? [SHIFT_CELL] : []), ...knobBindings(encoder).map(({ name, id }) => `${name} ${title(id)}`)];
  return shown.length > 0 ? [shown.join(" · ")] : [];
}
