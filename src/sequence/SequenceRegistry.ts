// The sequences currently running, so a reset can cancel them all (the original's RUNNING_SEQUENCES).

export interface RunningSequence {
  readonly name: string;
  cancel(): void;
}

export class SequenceRegistry {
  // A Set keeps start order, which cancelAll reverses.
  private readonly running = new Set<RunningSequence>();
  private created = 0;

  /** A number for naming a new sequence, unique within this registry. */
  nextId(): number {
    return ++this.created;
  }

  get size(): number {
    return this.running.size;
  }

  add(sequence: RunningSequence): void {
    this.running.add(sequence);
  }

  remove(sequence: RunningSequence): void {
    this.running.delete(sequence);
  }

  /** Cancels running sequences, newest first (children before the parents waiting on them). */
  cancelAll(): void {
    for (const sequence of [...this.running].reverse()) sequence.cancel();
  }
}
