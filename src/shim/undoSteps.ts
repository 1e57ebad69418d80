// Undo steps and parameter gestures the bundle opened and has not closed yet. A bundle that stops
// mid-action (Node for Max restarting during a recording or a knob's turn) leaves its step open, and
// Live then folds every later edit into it: presses add no undo step of their own, and one Ctrl+Z
// removes them all with the take; a parameter left in its gesture stays "touched" for automation. So
// the next bundle's hello (sent only by a bundle that starts, never by a resync, which must leave a
// running action's step alone) ends the gestures, then closes the steps.
import { SONG_PATH, type Target } from "../wire/protocol";
import { at } from "./target";

var open = 0;
/** The parameters (by target) in a gesture the bundle began: how many begins each has not ended. */
var gestures: { [target: string]: number } = {};

/** Follows a call the shim made: begin_undo_step / end_undo_step on the song, begin_gesture / end_gesture on a parameter. */
export function undoCalled(fn: string, target: Target): void {
  if (fn === "begin_undo_step") open++;
  else if (fn === "end_undo_step" && open > 0) open--;
  else if (fn === "begin_gesture") gestures[String(target)] = (gestures[String(target)] || 0) + 1;
  else if (fn === "end_gesture" && gestures[String(target)]) gestures[String(target)]--;
}

/** Ends the gestures and closes the steps a previous bundle left open, as Live expects them nested. */
export function closeLeftUndoSteps(): void {
  for (var key in gestures) {
    var left = gestures[key] || 0;
    delete gestures[key];
    var id = Number(key);
    try {
      var parameter = at(isNaN(id) ? key : id);
      var endGesture = parameter.call as unknown as (fn: string) => unknown;
      while (left-- > 0) endGesture.call(parameter, "end_gesture");
    } catch (cause) {
      // The parameter went with its device meanwhile: nothing is left touched.
    }
  }
  if (open === 0) return;
  var song = at(SONG_PATH);
  var end = song.call as unknown as (fn: string) => unknown;
  while (open > 0) {
    end.call(song, "end_undo_step");
    open--;
  }
}
