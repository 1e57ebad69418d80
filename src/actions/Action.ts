// What an action is: one definition (`defineAction`) holding what the mapping is validated against (id,
// title, gestures, needs) and what it does (`run`), handed what it needs already resolved and typed.
import type { ActionServices, StatusLine } from "./ActionServices";
import type { Need, Resolved } from "./Needs";
import { Refused, refusalText, type Answer, type Outcome } from "../model/Answer";
import type { Args, ArgsOf, Params } from "./ActionParams";

export type Gesture = "press" | "longPress" | "doublePress" | "scroll";

export const GESTURES: readonly Gesture[] = ["press", "longPress", "doublePress", "scroll"];

// A press, a long press and a double press all just trigger; which one a knob uses is the mapping's choice.
export const PRESS: readonly Gesture[] = ["press", "longPress", "doublePress"];
export const SCROLL: readonly Gesture[] = ["scroll"];
export const PRESS_OR_SCROLL: readonly Gesture[] = GESTURES;

/** One scroll event: which way, and how many steps the controller reported (larger when turned fast). */
export interface ScrollStep {
  direction: 1 | -1;
  delta: number;
}

/** The encoder a gesture came from, for logs and warnings. */
export interface EncoderRef {
  group: string;
  position: number;
  label: string;
}

export type ActionContext =
  | { gesture: "press" | "longPress" | "doublePress"; encoder: EncoderRef }
  | { gesture: "scroll"; scroll: ScrollStep; encoder: EncoderRef };

/**
 * What the runner reads of a run's started Sequence (src/sequence/Sequence.ts matches it), to close
 * the undo step and report when the action has really finished.
 */
export interface PendingAction {
  readonly name: string;
  readonly status: "un-started" | "started" | "terminated" | "cancelled" | "errored";
  readonly error: unknown;
  /** What it ended with: a text is the action's result on the status line. */
  readonly result?: unknown;
  onEnd(listener: (ended: PendingAction) => void): unknown;
}

export function isPendingAction(value: unknown): value is PendingAction {
  return typeof value === "object" && value !== null && typeof (value as { onEnd?: unknown }).onEnd === "function";
}

/** The writes and calls a run made, answered: `text` shows once Live took them all, else what Live refused. */
export interface Answered {
  readonly answer: Answer;
  readonly text?: string;
}

/** A run's result once Live has answered `answer` (a model write's, or a batch of them: Answer.all). */
export function answered(answer: Answer, text?: string): Answered {
  return text === undefined ? { answer } : { answer, text };
}

/** A result text once Live took the writes (a sequence's end, which `answered` cannot follow); Live's refusal, thrown, else. */
export function tookOr(outcome: Outcome, text: string): string {
  if (outcome.kind !== "accepted") throw new Refused(outcome);
  return text;
}

/**
 * A sequence no action runner follows (a scene's loop, song mode's turn, a resumed take) tells the refusal
 * that ended it itself, under `title`, as the runner would.
 */
export function tellRefusal(status: StatusLine, title: string, ended: { readonly error: unknown }): void {
  if (ended.error instanceof Refused) status.show("warn", `${title}: ${ended.error.message}`);
}

/**
 * A write that lands after its run (a value written once the knob rests, a ramp's landing beat): the code
 * that made it takes its answer and says it as the runner says a run's, `text` once Live took it, else
 * Live's refusal under `title`.
 */
export function tellAnswer(status: StatusLine, title: string, answer: Answer, text?: string): void {
  void answer.take().then((outcome) => {
    if (outcome.kind !== "accepted") status.show("warn", `${title}: ${refusalText(outcome)}`);
    else if (text !== undefined) status.show("info", text);
  });
}

export function isAnswered(value: unknown): value is Answered {
  const answer = typeof value === "object" && value !== null ? (value as Partial<Answered>).answer : undefined;
  return typeof answer?.take === "function";
}

/**
 * What a run returns: a result text for the status line, its writes answered (and the text to show once
 * Live took them), a started Sequence it lasts as long as, or nothing.
 */
export type RunResult = string | Answered | PendingAction | void;

/** State some actions share for the life of the script (a looper, a cursor), made once per install. */
export interface ActionState<S> {
  create(services: ActionServices): S;
}

export function actionState<S>(create: (services: ActionServices) => S): ActionState<S> {
  return { create };
}

/**
 * What a run (and a refusal check) receives: its needs by name (`needs: ["selectedClip"]` gives `clip`),
 * the services, its state, and its arguments (the mapping's, defaults filled).
 */
export type ActionInput<N extends Need = Need, S = unknown, P extends Params = Params> = Resolved<N> &
  ActionServices & {
    readonly context: ActionContext;
    /** The signed steps of a scroll (accelerated turns count more); 0 for a press. */
    readonly steps: number;
    readonly state: S;
    readonly args: ArgsOf<P>;
  };

/** What a set must hold for an action to run at all: the pre-show check names knobs whose set lacks it. */
export type SetFeature = "externalSynth" | "returnTrack";

interface ActionMeta<Id extends string, N extends Need, P extends Params> {
  /** "area.name"; mapping.schema.json's actionId pattern (ActionRegistry checks it). */
  readonly id: Id;
  readonly title: string;
  readonly description: string;
  readonly gestures: readonly Gesture[];
  /** What must be selected in Live; a missing one is reported ("no selected clip") and the run skipped. */
  readonly needs: readonly N[];
  /** What the set must hold (an external synth, a return track), whatever is selected. */
  readonly setNeeds?: readonly SetFeature[];
  /**
   * Its arguments by name, each with its kind, range and default (ActionParams.ts): a mapping may give
   * them (`{ "action": id, "args": { … } }`), the schema checks them, the run receives them resolved.
   */
  readonly params?: P;
}

export interface ActionSpec<Id extends string, N extends Need, S, P extends Params> extends ActionMeta<Id, N, P> {
  readonly state?: ActionState<S>;
  /** Why the action cannot run now (a warning, and no undo step), or undefined when it can. */
  refuse?(input: ActionInput<N, S, P>): string | undefined;
  run(input: ActionInput<N, S, P>): RunResult;
}

/** A definition with its needs, state and parameters erased: what the registry and the runner hold. */
export interface ActionDefinition<Id extends string = string> extends ActionMeta<Id, Need, Params> {
  readonly state?: ActionState<unknown>;
  refuse?(input: ActionInput): string | undefined;
  run(input: ActionInput): unknown;
}

/**
 * The one definition of an action. The erasure is safe because the runner builds the input from the
 * definition's own `needs` and `state`.
 */
export function defineAction<const Id extends string, const N extends Need = never, S = undefined, const P extends Params = {}>(
  spec: ActionSpec<Id, N, S, P>,
): ActionDefinition<Id> {
  return spec as unknown as ActionDefinition<Id>;
}

/** One action with the mapping's arguments for it (none: every default). */
export interface ActionCall {
  readonly action: string;
  readonly args?: Args;
}

/** The id of a definition, for the union of every action's id (ActionCatalogue.ts). */
export type IdOf<D> = D extends ActionDefinition<infer Id> ? Id : never;

/** Thrown by a run for an expected refusal ("no clip here"): reported as a warning, not an error. */
export class ActionWarning extends Error {
  override readonly name = "ActionWarning";
  /** A refusal the action runner reports as a warning: a sequence it ends logs it only at debug. */
  readonly expected = true;
}
