// What Live answered to a write, a call or a batch of them, handed back to the code that made it (as a
// failed write fails where it was made in ableton-js and the original Protocol0): accepted, refused
// with Live's words, or its target gone. The caller that takes the answer reports it (an action, under
// its title); one nobody took is the model's own write, reported by the mirror in the same words.

export type Outcome =
  | { readonly kind: "accepted"; readonly reply?: unknown }
  /** Live refused (its words in `reason`), or the object was gone by the time Live had it. */
  | { readonly kind: "refused" | "gone"; readonly what: string; readonly name?: string; readonly reason: string };

export type Failure = Exclude<Outcome, { kind: "accepted" }>;

export const ACCEPTED: Outcome = { kind: "accepted" };

/** The musician's words for a failure: `Live refused arm of "Keys" (…)`. */
export function refusalText({ what, name, reason }: Failure): string {
  return `Live refused ${what.replace(/_/g, " ")}${name === undefined ? "" : ` of "${name}"`} (${reason})`;
}

/** A failure as an error: the sequence a step answered it to ends on it, told under the action's title. */
export class Refused extends Error {
  override readonly name = "Refused";
  /** The musician's words, not a fault: a sequence it ends logs it at debug. */
  readonly expected = true;

  constructor(readonly failure: Failure) {
    super(refusalText(failure));
  }
}

/** A failure left untaken: told where the model's own failures are told. */
export type Untaken = (failure: Failure) => void;

/** One write's, call's or batch's answer; awaiting it does not take it. */
export class Answer implements PromiseLike<Outcome> {
  private taken = false;

  private constructor(
    private readonly outcome: Promise<Outcome>,
    private readonly parts: readonly Answer[],
  ) {}

  /** A write or call: `untaken` hears of its failure unless a caller took the answer before Live gave it. */
  static of(outcome: Promise<Outcome>, untaken: Untaken): Answer {
    const answer = new Answer(outcome, []);
    void outcome.then((settled) => {
      if (settled.kind !== "accepted" && !answer.taken) untaken(settled);
    });
    return answer;
  }

  /** Nothing sent (an object that cannot take it): accepted. */
  static none(): Answer {
    return new Answer(Promise.resolve(ACCEPTED), []);
  }

  /** A batch: its first failure, else accepted once every part is. */
  static all(parts: readonly Answer[]): Answer {
    const outcome = Promise.all(parts.map((part) => part.outcome)).then((outcomes) => outcomes.find((o) => o.kind !== "accepted") ?? ACCEPTED);
    return new Answer(outcome, parts);
  }

  /** The caller reports the outcome itself: the mirror will not. */
  take(): Promise<Outcome> {
    this.taken = true;
    for (const part of this.parts) part.take();
    return this.outcome;
  }

  /** Takes it: the accepted outcome, or a Refused error (how a sequence's step waits on it). */
  accepted(): Promise<Outcome> {
    return this.take().then((outcome) => (outcome.kind === "accepted" ? outcome : Promise.reject(new Refused(outcome))));
  }

  then<R1 = Outcome, R2 = never>(onAccepted?: ((outcome: Outcome) => R1 | PromiseLike<R1>) | null, onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this.outcome.then(onAccepted, onRejected);
  }
}
