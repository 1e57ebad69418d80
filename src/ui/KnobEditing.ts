// Editing a knob from the patcher's messages: which knob and gesture they name, and the knob a group
// gains when one at an unmapped position is edited.
import type { EncoderMapping, GroupMapping } from "../control/Mapping";
import type { Atom } from "../wire/protocol";
import { MENU_GESTURES, type MenuGesture } from "../actions/GestureNames";

/** The 16 knobs of an EC4 group. */
export const POSITIONS = 16;

export function isPosition(value: Atom | undefined): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= POSITIONS;
}

export function isMenuGesture(value: Atom | undefined): value is MenuGesture {
  return typeof value === "string" && (MENU_GESTURES as readonly string[]).includes(value);
}

/**
 * A new knob for an unmapped position, when the group's knobs follow one CC numbering (cc − position
 * constant, as an EC4 setup numbers its encoders); undefined when the CC cannot be inferred.
 */
export function addEncoder(group: GroupMapping, position: number): EncoderMapping | undefined {
  const offsets = new Set(group.encoders.map((e) => e.cc - e.position));
  const [offset] = [...offsets];
  if (offsets.size !== 1 || offset === undefined) return undefined;
  const encoder: EncoderMapping = { position, cc: position + offset, label: `K${position}` };
  group.encoders.push(encoder);
  group.encoders.sort((a, b) => a.position - b.position);
  return encoder;
}
