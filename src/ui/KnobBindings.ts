// What a knob of the mapping runs, as the device shows it: its own gestures in the grid ("press Tap tempo ·
// double Solo"), its shift actions in the help column beside the editor ("With shift: press Metronome"),
// and the group's shift knob as "shift". A grid cell holds three lines, so the shift actions stay out of it.
import { GESTURES } from "../actions/Action";
import type { Gesture } from "../actions/Action";
import type { Binding, EncoderActions, EncoderMapping } from "../control/Mapping";
import { SHIFT_GESTURES } from "../control/Mapping";
import { GESTURE_NAMES } from "../actions/GestureNames";
import { type CellPart, NO_GESTURE } from "../wire/GridCell";

export interface KnobBinding {
  gesture: Gesture;
  binding: Binding;
}

export const SHIFT_CELL = "shift";
export const SHIFT_HELP = "Shift: hold it and this group's other knobs run their shift actions; a short push alone runs its press.";

function bound(actions: EncoderActions | undefined, gestures: readonly Gesture[]): KnobBinding[] {
  return gestures.flatMap((gesture) => {
    const binding = actions?.[gesture];
    return binding === undefined ? [] : [{ gesture, binding }];
  });
}

export function ownBindings(encoder: EncoderMapping | undefined): KnobBinding[] {
  return bound(encoder, GESTURES);
}

export function shiftBindings(encoder: EncoderMapping | undefined): KnobBinding[] {
  return bound(encoder?.shift, SHIFT_GESTURES);
}

/** The knob's own actions, then its shift actions. */
export function knobBindings(encoder: EncoderMapping | undefined): KnobBinding[] {
  return [...ownBindings(encoder), ...shiftBindings(encoder)];
}

const named = (bindings: KnobBinding[], title: (binding: Binding) => string): string[] =>
  bindings.map(({ gesture, binding }) => `${GESTURE_NAMES[gesture]} ${title(binding)}`);

/** The grid cell's parts after the label: the shift role, then each gesture's word and title ("press" "Mute"). */
export function knobCell(encoder: EncoderMapping | undefined, title: (binding: Binding) => string): CellPart[] {
  const role: CellPart[] = encoder?.role === "shift" ? [{ gesture: NO_GESTURE, text: SHIFT_CELL }] : [];
  return [...role, ...ownBindings(encoder).map(({ gesture, binding }) => ({ gesture: GESTURE_NAMES[gesture], text: title(binding) }))];
}

/** The help column's first line for the shift knob or a knob with shift actions; undefined for others. */
export function shiftHelp(encoder: EncoderMapping | undefined, title: (binding: Binding) => string): string | undefined {
  if (encoder?.role === "shift") return SHIFT_HELP;
  const shifted = named(shiftBindings(encoder), title);
  return shifted.length > 0 ? `With shift: ${shifted.join(" · ")}.` : undefined;
}
