// What the musician's own action files see: `require("protocol0")` gives them this one object, and a
// run of their action receives a UserActionInput. Both are small on purpose: the song facade (the
// model), sequences, the log and the status line, never the script's machinery (its saved state, its
// LOM client, the runner). Each field below is documented for them in the README ("User actions").
import { ActionWarning, answered, GESTURES, PRESS, PRESS_OR_SCROLL, SCROLL, type ActionContext, type Gesture, type RunResult } from "../Action";
import type { Need } from "../Needs";
import type { SongFacade } from "../../model/SongFacade";
import type { Sequence } from "../../sequence/Sequence";
import { Answer } from "../../model/Answer";
import type { Load } from "../../model/Load";

export interface UserLog {
  debug(text: string): void;
  info(text: string): void;
  warn(text: string): void;
  error(text: string): void;
}

export interface UserStatus {
  show(level: "info" | "warn" | "error", text: string): void;
}

/** What a user action's `run` (and `refuse`) receives. */
export interface UserActionInput {
  /** The set as the script sees it: tracks, scenes, clips, the selection, the transport. */
  readonly song: SongFacade;
  readonly log: UserLog;
  readonly status: UserStatus;
  /** Which gesture ran it, on which knob. */
  readonly context: ActionContext;
  /** The signed detents of a scroll (a fast turn counts more); 0 for a press. */
  readonly steps: number;
  /** A new sequence (waits in ticks, ms, beats, bars; steps that return Live's answers): return it started, `.done()`. */
  sequence(name?: string): Sequence;
  /**
   * Runs `run` once what `loads` hold is read (a track's `loadFlags()` for its mute and solo, which only
   * the selection keeps loaded), and lets it go when the action ends: return what it returns.
   */
  afterLoading(name: string, loads: readonly Load[], run: () => RunResult): RunResult;
  /** What the action `needs`, under the names of the built-in actions (`track`, `clip`, `scene`…), and whatever else the contract hands a run. */
  readonly [more: string]: unknown;
}

/**
 * The definition a user module exports: the built-in `defineAction` contract (Action.ts), with `needs`
 * optional and ids put in the `user.` area. Any other field the contract declares is carried as it is.
 */
export interface UserActionSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly gestures: readonly Gesture[];
  readonly needs?: readonly Need[];
  refuse?(input: UserActionInput): string | undefined;
  /** A result text, Live's answer (`answered`), a started sequence, a promise, or nothing. */
  run(input: UserActionInput): RunResult | PromiseLike<unknown>;
  readonly [more: string]: unknown;
}

/** `require("protocol0")` in a user module. */
export interface UserModuleApi {
  defineAction(spec: UserActionSpec): UserActionSpec;
  /** Throw it for an expected refusal: a warning on the status line, not an error. */
  readonly ActionWarning: typeof ActionWarning;
  /** A run's writes and the text to show once Live took them: `return answered(song.setTempo(120), "Tempo 120")`. */
  readonly answered: typeof answered;
  /** Several writes as one answer (taken when Live took them all): `answered(all(tracks.map((t) => t.setMute(true))))`. */
  all(answers: readonly Answer[]): Answer;
  readonly GESTURES: readonly Gesture[];
  readonly PRESS: readonly Gesture[];
  readonly SCROLL: readonly Gesture[];
  readonly PRESS_OR_SCROLL: readonly Gesture[];
}

const DEFINED = new WeakSet<object>();

/** Whether a module's export is a definition its `defineAction` made. */
export function isUserSpec(value: unknown): value is UserActionSpec {
  return typeof value === "object" && value !== null && DEFINED.has(value);
}

export const USER_API: UserModuleApi = Object.freeze({
  defineAction(spec: UserActionSpec): UserActionSpec {
    const copy = Object.freeze({ ...spec });
    DEFINED.add(copy);
    return copy;
  },
  ActionWarning,
  answered,
  all: (answers: readonly Answer[]) => Answer.all(answers),
  // Copies: a module changing its list must not change the built-in actions' gestures.
  GESTURES: Object.freeze([...GESTURES]),
  PRESS: Object.freeze([...PRESS]),
  SCROLL: Object.freeze([...SCROLL]),
  PRESS_OR_SCROLL: Object.freeze([...PRESS_OR_SCROLL]),
});
