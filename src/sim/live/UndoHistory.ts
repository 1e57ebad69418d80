// Live's undo history as the LOM drives it: each LiveAPI `set` or `call` that edits the set is an entry of
// its own, Song.undo reverts the last and Song.redo makes it again (https://docs.cycling74.com/apiref/lom/song/:
// "undo: Causes the Live application to undo the last operation", "redo: Causes the Live application to
// redo the last operation"); neither is an entry itself. Only changes that know how to be made again
// (property writes, routings, folds, notes, a clip put in or taken from a slot) can be redone here; a
// step holding another (a track, scene or device created or deleted) ends the redo list (can_redo 0),
// where Live would redo it. No public Live's bridge
// exposes Song.begin_undo_step / end_undo_step or DeviceParameter.begin_gesture / end_gesture to Max for
// Live (shared/DESIGN.md, "What Max and Live charge"): the grouping below is reached only in a hypothetical
// Live whose bridge adds them (LiveOptions.bridgeAdds), and from Live's own UI (LiveSet.user).
// A write of a parameter held by a live.remote~ is refused before it gets here (DeviceParameter.ts).
//
// A DeviceParameter's writes are modelled in the conservative case. Live 12's API says begin_gesture /
// end_gesture mark "a sequence of modifications [that] have to be considered a consistent group"
// (shared/reference/live12-python-api-inventory.json), and Ableton's own Push script wraps a touched
// encoder's writes in begin_gesture and begin_undo_step (Push/TouchEncoderElement.py, in
// gluon/AbletonLive9_RemoteScripts). Whether a parameter write outside a gesture joins an open undo step
// is not documented, and reports on Live 12.4 disagree; so here it does not (it is a step of its own), and
// a write inside its parameter's gesture joins the open step. Whether a gesture alone groups writes is not
// known either: without an open step each write is still its own step.

export interface UndoChange {
  readonly description: string;
  readonly revert: () => void;
  /** Makes the change again (Song.redo); a change without one ends what can be redone. */
  readonly redo?: () => void;
}

export interface UndoStep {
  readonly changes: readonly UndoChange[];
}

export class UndoHistory {
  private readonly done: UndoChange[][] = [];
  /** Undone steps, the last undone last: Song.redo makes them again; any new edit forgets them (as Live's Edit menu does). */
  private readonly undone: UndoChange[][] = [];
  private open: UndoChange[] | null = null;
  private depth = 0;
  /** The parameters between begin_gesture and end_gesture. */
  private readonly gestures = new Set<object>();
  /** While reverting, changes are not recorded again. */
  private reverting = false;

  /** Closed steps, oldest first (the open one is not included). */
  get steps(): readonly UndoStep[] {
    return this.done.map((changes) => ({ changes }));
  }

  get canUndo(): boolean {
    return this.done.length > 0 || (this.open !== null && this.open.length > 0);
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  begin(): void {
    if (this.depth++ === 0) this.open = [];
  }

  end(): void {
    if (this.depth === 0) return;
    if (--this.depth === 0) this.close();
  }

  beginGesture(parameter: object): void {
    this.gestures.add(parameter);
  }

  endGesture(parameter: object): void {
    this.gestures.delete(parameter);
  }

  /** `parameter`: the DeviceParameter written, whose write joins the open step only inside its gesture. */
  record(description: string, revert: () => void, parameter?: object, redo?: () => void): void {
    if (this.reverting) return;
    this.undone.length = 0;
    const change = { description, revert, redo };
    if (this.open && (parameter === undefined || this.gestures.has(parameter))) this.open.push(change);
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
    this.replay(() => {
      for (let i = step.length - 1; i >= 0; i--) step[i].revert();
    });
    if (step.every((change) => change.redo)) this.undone.push(step);
    else this.undone.length = 0;
    return true;
  }

  /** Makes the last undone step again, as one step of the history; false when there is nothing to redo. */
  redo(): boolean {
    const step = this.undone.pop();
    if (!step) return false;
    this.replay(() => step.forEach((change) => change.redo!()));
    this.done.push(step);
    return true;
  }

  /** Changes made by undoing or redoing are not recorded as new ones. */
  private replay(body: () => void): void {
    this.reverting = true;
    try {
      body();
    } finally {
      this.reverting = false;
    }
  }

  private close(): void {
    if (this.open && this.open.length > 0) this.done.push(this.open);
    this.open = null;
  }
}
