// The parameter the value knob turns. Song.View.selected_parameter is read-only in the LOM
// (https://docs.cycling74.com/apiref/lom/song_view/), so the parameter knob moves a cursor of the
// script's own; a parameter the user clicks in Live afterwards takes over again.
import type { DeviceParameter } from "../model/DeviceParameter";
import type { SongFacade } from "../model/SongFacade";

export class ParameterCursor {
  private chosen: DeviceParameter | null = null;
  /** Live's selected parameter when the cursor was moved: a different one now means the user clicked. */
  private liveWhenChosen: number | null = null;

  constructor(private readonly song: SongFacade) {}

  current(): DeviceParameter | null {
    const live = this.song.selectedParameter();
    const liveNow = live?.exists ? live.id : null;
    if (this.chosen?.exists && liveNow === this.liveWhenChosen) return this.chosen;
    return liveNow === null ? null : live;
  }

  choose(parameter: DeviceParameter): void {
    const live = this.song.selectedParameter();
    this.chosen = parameter;
    this.liveWhenChosen = live?.exists ? live.id : null;
  }

  /** [chosen parameter id, Live's selected parameter id then (0: none)], or undefined when none is chosen. */
  save(): [number, number] | undefined {
    return this.chosen === null ? undefined : [this.chosen.id, this.liveWhenChosen ?? 0];
  }

  restore(chosen: DeviceParameter, liveWhenChosen: number): void {
    this.chosen = chosen;
    this.liveWhenChosen = liveWhenChosen === 0 ? null : liveWhenChosen;
  }
}
