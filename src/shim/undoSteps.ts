// Undo steps the bundle opened on the song and has not closed yet. A bundle that stops mid-action
// (Node for Max restarting during a recording) leaves its step open, and Live then folds every later
// edit into it: presses add no undo step of their own, and one Ctrl+Z removes them all with the take.
// So the next reset (sent first by every bundle that starts, and by a resync) closes what is open.
var open = 0;

/** Follows a call the shim made: Song.begin_undo_step opens a step, end_undo_step closes one. */
export function undoCalled(fn: string): void {
  if (fn === "begin_undo_step") open++;
  else if (fn === "end_undo_step" && open > 0) open--;
}

export function openUndoSteps(): number {
  return open;
}
