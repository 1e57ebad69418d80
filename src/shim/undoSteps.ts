// Undo steps the bundle opened and has not closed yet, on a Live whose bridge exposes begin_undo_step
// (none public does: the bundle calls it only once the platform probe found it). A bundle that stops
// mid-action (Node for Max restarting during a recording) leaves its step open, and Live then folds every
// later edit into it: presses add no undo step of their own, and one Ctrl+Z removes them all with the
// take. So the next bundle's hello (sent only by a bundle that starts, never by a resync, which must leave
// a running action's step alone) closes them.
import { SONG_PATH } from "../wire/protocol";
import { at } from "./target";

var open = 0;

/** Follows a call the shim made: begin_undo_step / end_undo_step on the song. */
export function undoCalled(fn: string): void {
  if (fn === "begin_undo_step") open++;
  else if (fn === "end_undo_step" && open > 0) open--;
}

/** Closes the steps a previous bundle left open. */
export function closeLeftUndoSteps(): void {
  if (open === 0) return;
  var song = at(SONG_PATH);
  var end = song.call as unknown as (fn: string) => unknown;
  while (open > 0) {
    end.call(song, "end_undo_step");
    open--;
  }
}
