// The clip knobs act on the selected clip (Song.View.detail_clip): its start, end and loop move by bars;
// a MIDI clip's velocities scale and its notes can be made monophonic; the clip duplicates in its track.
import { ActionWarning, scrollSteps } from "./Action";
import type { ActionContext } from "./Action";
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import { regionOf, writeRegion } from "./ClipRegion";
import { makeMonophonic, scaleVelocities } from "./NoteEdits";
import { untilSettled } from "./untilSettled";
import type { Clip } from "../model/Clip";

/** Each velocity step scales by 5%: a few detents make an audible difference, one is a nudge. */
const VELOCITY_STEP = 1.05;
/** The shortest region the start and end knobs leave: one beat. */
const MIN_LENGTH = 1;

export function installClipActions(registry: ActionRegistry, deps: ActionDeps): void {
  const { song, seq, mirror } = deps;
  const clip = (): Clip => song.selectedClip()!;
  const bars = (context: ActionContext): number => scrollSteps(context) * song.barBeats();
  const midiOnly = () => (song.selectedClip()?.isMidi === false ? "the selected clip is not a MIDI clip" : undefined);

  registry.implement("clip.start", (context) => {
    const region = regionOf(clip());
    const start = Math.max(0, Math.min(region.end - MIN_LENGTH, region.start + bars(context)));
    return writeRegion(clip(), { start, end: region.end });
  });
  registry.implement("clip.end", (context) => {
    const region = regionOf(clip());
    return writeRegion(clip(), { start: region.start, end: Math.max(region.start + MIN_LENGTH, region.end + bars(context)) });
  });
  registry.implement(
    "clip.loop",
    (context) => {
      const region = regionOf(clip());
      const shift = Math.max(-region.start, bars(context));
      return writeRegion(clip(), { start: region.start + shift, end: region.end + shift });
    },
    () => (song.selectedClip()?.looping === false ? "the selected clip is not looping" : undefined),
  );

  registry.implement(
    "clip.velocity",
    (context) => {
      const target = clip();
      const factor = Math.pow(VELOCITY_STEP, scrollSteps(context));
      return untilSettled(seq, "scale velocities", target.editNotes((notes) => target.replaceNotes(scaleVelocities(notes, factor))));
    },
    midiOnly,
  );

  registry.implement(
    "clip.mono",
    () => {
      const target = clip();
      const edit = target.editNotes(async (notes) => {
        const { kept, removed } = makeMonophonic(notes);
        if (removed.length > 0) await target.removeNotes(removed.map((note) => note.note_id!));
        await target.replaceNotes(kept);
      });
      return untilSettled(seq, "make monophonic", edit);
    },
    midiOnly,
  );

  // Track.duplicate_clip_slot (Live 12 API): into the next free slot below, a new scene when none is free.
  registry.implement("clip.duplicate", () => {
    const track = song.selectedTrack();
    const slot = song.selectedClipSlot();
    if (track === null || slot === null || !slot.hasClip) throw new ActionWarning("no clip in the selected slot");
    return mirror.call(track.id, "Track", "duplicate_clip_slot", [slot.index]);
  });
}
