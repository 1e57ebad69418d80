// Finds what an action needs in Live, read from the model.
import type { NeedResolver, NeedValues, Need } from "./Needs";
import type { SongFacade } from "../model/SongFacade";

export class SongSelection implements NeedResolver {
  constructor(private readonly song: SongFacade) {}

  resolve<N extends Need>(need: N): NeedValues[N] | null {
    return this.find(need) as NeedValues[N] | null;
  }

  private find(need: Need): NeedValues[Need] | null {
    const song = this.song;
    const existing = <T extends { exists: boolean }>(value: T | null): T | null => (value?.exists ? value : null);
    switch (need) {
      case "currentTrack":
        return song.currentTrack();
      case "selectedTrack":
        return song.selectedTrack();
      case "selectedClip":
        return existing(song.selectedClip());
      case "selectedClipSlot":
        return existing(song.selectedClipSlot());
      case "selectedScene":
        return existing(song.selectedScene());
      case "selectedDevice":
        return existing(song.selectedTrack()?.selectedDevice() ?? null);
      case "selectedParameter":
        return existing(song.selectedParameter());
    }
  }
}
