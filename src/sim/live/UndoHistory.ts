// Live's undo history as the LOM drives it: Song.begin_undo_step / end_undo_step group changes into one
// step, Song.undo reverts the last step (https://docs.cycling74.com/apiref/lom/song/). A change made
// outside an open step is a step of its own, as each edit is in Live.

export interface UndoChange {
  readonly description: string;
  readonly revert: () => void;
}

export interface UndoStep {
  readonly changes: readonly UndoChange[];
}

export class UndoHistory {
  private readonly done: UndoChange[][] = [];
  private open: UndoChange[] | null = null;
  private depth = 0;
  /** While reverting, changes are not recorded again. */
  private reverting = false;

  /** Closed steps, oldest first (the open one is not included). */
  get steps(): readonly UndoStep[] {
    return this.done.map((changes) => ({ changes }));
  }

  get canUndo(): boolean {
    return this.done.length > 0 || (this.open !== null && this.open.length > 0);
  }

  begin(): void {
    if (this.depth++ === 0) this.open = [];
  }

  end(): void {
    if (this.depth === 0) return;
    if (--this.depth === 0) this.close();
  }

  record(description: string, revert: () => void): void {
    if (this.reverting) return;
    const change = { description, revert };
    if (this.open) this.open.push(change);
    else this.done.push([change]);
  }

  /** Reverts the last step (closing an open one first); false when there is nothing to undo. */
  undo(): boolean {
    if (this.open) {
      this.depth = 0;
      this.close();
    }
    const step = this.done.pop();
    if (!step) return false;
    this.reverting = true;
    try {
      for (let i = step.length - 1; i >= 0; i--) step[i].revert();
    } finally {
      this.reverting = false;
    }
    return true;
  }

  private close(): void {
    if (this.open && this.open.length > 0) this.done.push(this.open);
    this.open = null;
  }
}
