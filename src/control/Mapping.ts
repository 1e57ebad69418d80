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

export interface EncoderMapping extends EncoderActions {
  position: number;
  cc: number;
  /** The push button's note; the EC4 convention (and default) is cc − 1. */
  note?: number;
  label: string;
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
  /** Song mode skips scenes whose name starts with it ("skip" when absent). */
  skipScenePrefix?: string;
  groups: GroupMapping[];
}

export function encoderNote(encoder: EncoderMapping): number {
  return encoder.note ?? encoder.cc - 1;
}

export function isShared(addressing: GroupAddressing): boolean {
  return addressing.ccRange !== undefined || addressing.noteRange !== undefined;
}
