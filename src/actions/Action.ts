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

/** Something that finishes later (a Sequence): calls back once, with the error if it failed. */
export interface Completion {
  onDone(callback: (error?: unknown) => void): void;
}

/** Nothing when the action finished synchronously. */
export type ActionResult = void | Completion;

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
}
