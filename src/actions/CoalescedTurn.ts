// A turn of a knob whose writes are costly in Live's undo history: a clip's notes (each page of
// apply_note_modifications is an undo entry, src/model/Clip.ts) or its markers (each write an entry). The
// detents of one turn add up to one value, written at most twice: the first detent at once when
// `writeFirst` (so a single detent is heard at once), and what the later ones added once the knob rests
// TURN_END_MS, as the parameter and quantization turns are written once it rests (ParameterTurns.ts,
// GlobalActions.ts). The first detent's run returns the turn as a sequence, so the gesture's undo step and
// the status line's result last until the last write is answered; a later detent's run shows the value.
import type { ActionServices } from "./ActionServices";
import type { RunResult } from "./Action";
import { TURN_END_MS } from "./TurnEnd";
import { untilSettled } from "./untilSettled";
import { ObservableValue } from "../events/ObservableValue";
import { Sequence } from "../sequence/Sequence";
import type { Cancellable } from "../time/ScheduledCallback";

/** What one turn does with its value. */
export interface TurnSteps<T> {
  /** The value with this detent added (`value`: the turn's so far, undefined at its first detent). */
  next(value: T | undefined): T;
  /** Writes `value` (`written`: what the turn wrote already); resolves to the result text, rejects to warn. */
  write(value: T, written: T | undefined): Promise<string>;
  /** What the status line shows while the knob turns on. */
  show(value: T): string;
}

interface Turn<K, T> {
  readonly key: K;
  value: T;
  written: T | undefined;
  readonly rested: ObservableValue<boolean>;
  rest: Cancellable | null;
}

export class CoalescedTurn<K, T> {
  private turn: Turn<K, T> | null = null;

  constructor(
    private readonly services: ActionServices,
    private readonly writeFirst: boolean,
  ) {}

  /** The value of the turn under way on `key`, if any (what a guard weighs the next detent against). */
  value(key: K): T | undefined {
    return this.turn !== null && this.turn.key === key ? this.turn.value : undefined;
  }

  /** One detent on `key` (the clip turned): a turn on another key rests at once, and a new one begins. */
  detent(title: string, key: K, steps: TurnSteps<T>): RunResult {
    const turn = this.turn;
    if (turn !== null && turn.key === key) {
      turn.value = steps.next(turn.value);
      turn.rest?.cancel();
      turn.rest = this.restAfter(turn);
      return steps.show(turn.value);
    }
    if (turn !== null) this.rest(turn);
    return this.begin(title, key, steps);
  }

  private begin(title: string, key: K, steps: TurnSteps<T>): RunResult {
    const { sequences } = this.services.runtime;
    const value = steps.next(undefined);
    const turn: Turn<K, T> = { key, value, written: undefined, rested: new ObservableValue(false), rest: null };
    turn.rest = this.restAfter(turn);
    this.turn = turn;
    let shown = steps.show(value);
    const write = (): Sequence<unknown> => {
      const [at, before] = [turn.value, turn.written];
      turn.written = at;
      return untilSettled(sequences, title, steps.write(at, before).then((text) => (shown = text)));
    };
    let sequence: Sequence<unknown> = new Sequence(sequences, title);
    if (this.writeFirst) sequence = sequence.add(write, { name: "first detent" });
    const ended = sequence
      .waitFor(turn.rested, (rested) => rested, { timeoutTicks: Infinity, name: "the knob rests" })
      .add(() => (turn.value === turn.written ? undefined : write()), { name: "the turn" })
      .add(() => shown, { name: "result" })
      .done();
    ended.onEnd(() => this.rest(turn));
    return ended;
  }

  private restAfter(turn: Turn<K, T>): Cancellable {
    return this.services.runtime.sequences.ticks.waitMs(TURN_END_MS, () => this.rest(turn));
  }

  private rest(turn: Turn<K, T>): void {
    turn.rest?.cancel();
    if (this.turn === turn) this.turn = null;
    turn.rested.set(true);
  }
}
