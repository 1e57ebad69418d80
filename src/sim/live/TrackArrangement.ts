// A track's Arrangement clips (Track.arrangement_clips, duplicate_clip_to_arrangement, delete_clip; Live 12's
// API inventory): "Duplicate the given clip into the arrangement of this track at the provided destination
// time and return it. When the type of the clip and the type of the track are incompatible, a runtime error
// is raised"; the list "will be empty for the main, send and group tracks". Each copy or deletion is one
// undo entry. Not modelled: a copy overlapping another Arrangement clip (Live cuts what lies under it);
// the simulator refuses it rather than guess.
import { Clip } from "./Clip";
import { LiveError } from "./LiveObject";
import type { Track } from "./Track";

export function duplicateClipToArrangement(track: Track, source: Clip, start: number): Clip {
  if (track.kind !== "midi" && track.kind !== "audio") throw new LiveError("duplicate_clip_to_arrangement: this track has no arrangement clips");
  if (source.isMidi !== (track.kind === "midi")) throw new LiveError("duplicate_clip_to_arrangement: the clip's type and the track's are incompatible");
  if (!Number.isFinite(start) || start < 0) throw new LiveError(`duplicate_clip_to_arrangement: destination_time ${start} is before the arrangement's start`);
  const end = start + source.length;
  const EPSILON = 1e-9;
  if (track.arrangementClips.some((clip) => clip.arrangement!.start < end - EPSILON && start < clip.arrangement!.start + clip.length - EPSILON)) {
    throw new LiveError("duplicate_clip_to_arrangement: overlapping another arrangement clip is not modelled by the simulator");
  }
  const clip = new Clip(track.core, { track, start }, source.describe());
  placeClip(track, clip);
  track.core.undo.record(`copy ${source} to the arrangement of ${track}`, () => removeArrangementClip(track, clip, false));
  return clip;
}

/** Track.delete_clip of an Arrangement clip. */
export function removeArrangementClip(track: Track, clip: Clip, undoable: boolean): void {
  track.arrangementClips.splice(track.arrangementClips.indexOf(clip), 1);
  track.core.kill(clip);
  if (undoable) {
    const init = clip.describe();
    const start = clip.arrangement!.start;
    track.core.undo.record(`delete ${clip} from the arrangement of ${track}`, () => placeClip(track, new Clip(track.core, { track, start }, init)));
  }
  track.core.notify(track, "arrangement_clips");
}

/** Puts the clip in the track's list, in time order. */
function placeClip(track: Track, clip: Clip): void {
  const at = track.arrangementClips.filter((other) => other.arrangement!.start < clip.arrangement!.start).length;
  track.arrangementClips.splice(at, 0, clip);
  track.core.notify(track, "arrangement_clips");
}
