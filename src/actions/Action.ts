// What an action is: metadata the mapping is validated against, plus an optional handler that the
// actions layer attaches later.

export type Gesture = "press" | "longPress" | "scroll";

export const GESTURES: readonly Gesture[] = ["press", "longPress", "scroll"];

/** One scroll event: which way, and how many steps the controller reported (larger when turned fast). */
export interface ScrollStep {
  direction: 1 | -1;
  delta: number;
}

/** What must be selected in Live for the action to make sense. */
export type Need =
  | "currentTrack"
  | "selectedTrack"
  | "selectedClip"
  | "selectedClipSlot"
  | "selectedScene"
  | "selectedDevice"
  | "selectedParameter";

/** The encoder a gesture came from, for logs and warnings. */
export interface EncoderRef {
  group: string;
  position: number;
  label: string;
}

export type ActionContext =
  | { gesture: "press" | "longPress"; encoder: EncoderRef }
  | { gesture: "scroll"; scroll: ScrollStep; encoder: EncoderRef };

/**
 * What the runner reads of a handler's started Sequence (src/sequence/Sequence.ts matches it), to close
 * the undo step and report when the action has really finished.
 */
export interface PendingAction {
  readonly name: string;
  readonly status: "un-started" | "started" | "terminated" | "cancelled" | "errored";
  readonly error: unknown;
  onEnd(listener: (ended: PendingAction) => void): unknown;
}

export function isPendingAction(value: unknown): value is PendingAction {
  return typeof value === "object" && value !== null && typeof (value as { onEnd?: unknown }).onEnd === "function";
}

/** Whatever a handler returns: a started Sequence makes the action last until it ends; anything else is done. */
export type ActionResult = unknown;

export type ActionHandler = (context: ActionContext) => ActionResult;

/** Returns why the action cannot run now (shown as a warning), or undefined when it can. */
export type ActionGuard = (context: ActionContext) => string | undefined;

export interface ActionDefinition {
  id: string;
  title: string;
  description: string;
  gestures: readonly Gesture[];
  needs: readonly Need[];
  guard?: ActionGuard;
  handler?: ActionHandler;
}

/** Thrown by a handler for an expected refusal ("no clip here"): reported as a warning, not an error. */
export class ActionWarning extends Error {
  override readonly name = "ActionWarning";
  /** A refusal the action runner reports as a warning: a sequence it ends logs it only at debug. */
  readonly expected = true;
}

/** The signed number of steps a scroll moved (0 for a press): accelerated turns count more. */
export function scrollSteps(context: ActionContext): number {
  return context.gesture === "scroll" ? context.scroll.direction * context.scroll.delta : 0;
}
