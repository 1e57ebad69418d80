// The mapping document (described by mapping.schema.json): which knob triggers which action.
import type { Gesture } from "../actions/Action";
import type { RelativeEncoding } from "./RelativeEncoding";

export interface NumberRange {
  from: number;
  to: number;
}

/** A group owns its channel, or shares it with other groups and then declares the numbers it uses. */
export interface GroupAddressing {
  channel: number;
  ccRange?: NumberRange;
  noteRange?: NumberRange;
}

export type EncoderActions = Partial<Record<Gesture, string>>;

/** What a knob does while its group's shift knob is held: no double press, so a shifted press runs at once. */
export type ShiftGesture = Exclude<Gesture, "doublePress">;
export const SHIFT_GESTURES: readonly ShiftGesture[] = ["press", "longPress", "scroll"];
export type ShiftActions = Pick<EncoderActions, ShiftGesture>;

export interface EncoderMapping extends EncoderActions {
  position: number;
  cc: number;
  /** The push button's note; the EC4 convention (and default) is cc − 1. */
  note?: number;
  label: string;
  /** "shift": held, the group's other knobs run their `shift` actions (at most one a group). */
  role?: "shift";
  shift?: ShiftActions;
}

export interface GroupMapping {
  name: string;
  addressing: GroupAddressing;
  encoders: EncoderMapping[];
}

export interface MappingDocument {
  version: 1;
  relativeEncoding: RelativeEncoding;
  longPressMs: number;
  /** Optional, DEFAULT_DOUBLE_PRESS_MS when absent (documents written before double presses stay version 1). */
  doublePressMs?: number;
  groups: GroupMapping[];
}

/** The second push of a double press comes less than this after the first one's release. */
export const DEFAULT_DOUBLE_PRESS_MS = 300;

export function doublePressMs(mapping: MappingDocument): number {
  return mapping.doublePressMs ?? DEFAULT_DOUBLE_PRESS_MS;
}

export function encoderNote(encoder: EncoderMapping): number {
  return encoder.note ?? encoder.cc - 1;
}

export function isShared(addressing: GroupAddressing): boolean {
  return addressing.ccRange !== undefined || addressing.noteRange !== undefined;
}
