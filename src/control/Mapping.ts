// The mapping document (described by mapping.schema.json): which knob triggers which action, with which
// arguments, or which list of steps. A document is data: nothing in it is ever run as code.
import type { ActionCall, Gesture } from "../actions/Action";
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

/** A pause in a list: "1 bar", "2 beats", "500 ms" (bars and beats land on the song's grid). */
export interface WaitStep {
  readonly wait: string;
}

/** A step of a list: an action (by id, or with arguments), or a wait. */
export type ListStep = string | ActionCall | WaitStep;

/** What a gesture runs: an action by id, an action with arguments, or a list of steps run as one sequence. */
export type Binding = string | ActionCall | readonly ListStep[];

export type EncoderActions = Partial<Record<Gesture, Binding>>;

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
  version: 2;
  relativeEncoding: RelativeEncoding;
  longPressMs: number;
  /** Optional, DEFAULT_DOUBLE_PRESS_MS when absent. */
  doublePressMs?: number;
  /** Song mode skips scenes whose name starts with it ("skip" when absent). */
  skipScenePrefix?: string;
  groups: GroupMapping[];
}

/** The second push of a double press comes less than this after the first one's release. */
export const DEFAULT_DOUBLE_PRESS_MS = 300;

export function doublePressMs(mapping: MappingDocument): number {
  return mapping.doublePressMs ?? DEFAULT_DOUBLE_PRESS_MS;
}

export function isList(binding: Binding): binding is readonly ListStep[] {
  return Array.isArray(binding);
}

export function isWait(step: ListStep): step is WaitStep {
  return typeof step === "object" && "wait" in step;
}

/** An action step as a call: an id alone has no arguments. */
export function asCall(step: string | ActionCall): ActionCall {
  return typeof step === "string" ? { action: step } : step;
}

/** The actions a binding runs, in order. */
export function bindingCalls(binding: Binding): ActionCall[] {
  if (!isList(binding)) return [asCall(binding as string | ActionCall)];
  return binding.flatMap((step) => (isWait(step) ? [] : [asCall(step)]));
}

/** A binding in a line of text: its action id, or its list's steps ("list: scene.fire, wait 1 bar, …"). */
export function bindingName(binding: Binding): string {
  if (!isList(binding)) return bindingCalls(binding)[0]!.action;
  return `list: ${binding.map((step) => (isWait(step) ? `wait ${step.wait}` : asCall(step).action)).join(", ")}`;
}

export function encoderNote(encoder: EncoderMapping): number {
  return encoder.note ?? encoder.cc - 1;
}

export function isShared(addressing: GroupAddressing): boolean {
  return addressing.ccRange !== undefined || addressing.noteRange !== undefined;
}
