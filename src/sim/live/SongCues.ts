// The arrangement's cue points (Song.cue_points, set_or_delete_cue, is_cue_point_selected, the cue jumps;
// https://docs.cycling74.com/apiref/lom/song/ and Live 12's API inventory): "When a cue is selected, it
// gets deleted. If no cue is selected, a new cue is created at the current global songtime", a cue being
// selected when "the global playing pos is currently on a cue point". Each make or delete is one undo entry.
import { CuePoint } from "./CuePoint";
import { EPSILON } from "./SongClock";
import type { Song } from "./Song";

/** The cue at the playhead, if one is. */
export function selectedCue(song: Song): CuePoint | undefined {
  const now = song.num("current_song_time");
  return song.cuePoints.find((cue) => Math.abs(cue.time - now) < EPSILON);
}

export function setOrDeleteCue(song: Song): void {
  const selected = selectedCue(song);
  if (selected) return removeCue(song, selected, true);
  addCue(song, new CuePoint(song.core, song.num("current_song_time")), true);
}

/** Puts a cue in time order; `undoable` records its removal as the inverse. */
export function addCue(song: Song, cue: CuePoint, undoable: boolean): void {
  const at = song.cuePoints.filter((other) => other.time < cue.time).length;
  song.cuePoints.splice(at, 0, cue);
  if (undoable) song.core.undo.record(`create ${cue}`, () => removeCue(song, cue, false));
  song.core.notify(song, "cue_points");
}

function removeCue(song: Song, cue: CuePoint, undoable: boolean): void {
  song.cuePoints.splice(song.cuePoints.indexOf(cue), 1);
  song.core.kill(cue);
  if (undoable) {
    const { time } = cue;
    const name = String(cue.values.name);
    song.core.undo.record(`delete ${cue}`, () => addCue(song, new CuePoint(song.core, time, name), false));
  }
  song.core.notify(song, "cue_points");
}
