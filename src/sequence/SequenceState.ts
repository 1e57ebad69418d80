// The life cycle of a sequence and its legal moves: un-started -> started -> one of the three ends.

export type SequenceStateName = "un-started" | "started" | "terminated" | "cancelled" | "errored";

const LEGAL: Record<SequenceStateName, readonly SequenceStateName[]> = {
  "un-started": ["started"],
  started: ["terminated", "cancelled", "errored"],
  terminated: [],
  cancelled: [],
  errored: [],
};

export class SequenceStateError extends Error {
  constructor(
    readonly sequenceName: string,
    readonly from: SequenceStateName,
    readonly to: SequenceStateName,
  ) {
    super(`sequence '${sequenceName}' cannot go from ${from} to ${to}`);
    this.name = "SequenceStateError";
  }
}

export class SequenceState {
  private current: SequenceStateName = "un-started";

  constructor(private readonly owner: string) {}

  get value(): SequenceStateName {
    return this.current;
  }

  /** Throws SequenceStateError for a move the life cycle does not allow. */
  changeTo(next: SequenceStateName): void {
    if (!LEGAL[this.current].includes(next)) throw new SequenceStateError(this.owner, this.current, next);
    this.current = next;
  }
}
