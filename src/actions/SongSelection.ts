// Tells the action runner whether Live has what an action needs, read from the model.
import type { Need } from "./Action";
import type { SelectionProbe } from "./ActionContract";
import type { SongFacade } from "../model/SongFacade";

export class SongSelection implements SelectionProbe {
  constructor(private readonly song: SongFacade) {}

  has(need: Need): boolean {
    const song = this.song;
    switch (need) {
      case "currentTrack":
        return song.currentTrack() !== null;
      case "selectedTrack":
        return song.selectedTrack() !== null;
      case "selectedClip":
        return song.selectedClip()?.exists ?? false;
      case "selectedClipSlot":
        return song.selectedClipSlot()?.exists ?? false;
      case "selectedScene":
        return song.selectedScene()?.exists ?? false;
      case "selectedDevice":
        return song.selectedTrack()?.selectedDevice()?.exists ?? false;
      case "selectedParameter":
        return song.selectedParameter()?.exists ?? false;
    }
  }
}
