// Firing, stopping and deleting the selected clip: the clip the other clip knobs act on (SongFacade.selectedClip),
// through the highlighted slot that holds it (as clip.duplicate finds it).
import { ActionWarning, PRESS, answered, defineAction } from "./Action";
import { nameOf } from "./ClipActions";
import type { Clip } from "../model/Clip";
import type { ClipSlot } from "../model/ClipSlot";
import type { SongFacade } from "../model/SongFacade";

/** The highlighted slot, when it holds `clip` (an arrangement clip in the detail view has none). */
function slotOf(song: SongFacade, clip: Clip): ClipSlot {
  const slot = song.selectedClipSlot();
  if (slot === null || slot.clip() !== clip) throw new ActionWarning("the selected clip is not in the highlighted clip slot");
  return slot;
}

export const CLIP_LAUNCH_ACTIONS = [
  defineAction({
    id: "clip.fire",
    title: "Fire clip",
    description: "Launches the selected clip, at its launch quantization (again from its start when it plays).",
    gestures: PRESS,
    needs: ["selectedClip"],
    run: ({ song, clip }) => answered(slotOf(song, clip).fire(), `${nameOf(clip)} fired`),
  }),
  defineAction({
    id: "clip.stop",
    title: "Stop clip",
    description: "Stops the selected clip, at the launch quantization.",
    gestures: PRESS,
    needs: ["selectedClip"],
    run: ({ song, clip }) => {
      const slot = slotOf(song, clip);
      if (!slot.isPlaying && !slot.isTriggered) throw new ActionWarning(`${nameOf(clip)} is not playing`);
      return answered(clip.stop(), `${nameOf(clip)} stopped`);
    },
  }),
  defineAction({
    id: "clip.delete",
    title: "Delete clip",
    description: "Deletes the selected clip from its slot (Live's undo brings it back).",
    gestures: PRESS,
    needs: ["selectedClip"],
    run: ({ song, clip }) => {
      const name = nameOf(clip);
      return answered(slotOf(song, clip).deleteClip(), `${name} deleted`);
    },
  }),
];
