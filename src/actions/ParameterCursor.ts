// The parameter the value knob turns. Song.View.selected_parameter is read-only in the LOM
// (https://docs.cycling74.com/apiref/lom/song_view/), so the parameter knob moves a cursor of the
// script's own; a parameter the user clicks in Live afterwards takes over again.
import type { DeviceParameter } from "../model/DeviceParameter";
import type { SongFacade } from "../model/SongFacade";
import type { SavedState } from "./saved/SavedState";
import type { SavedValue } from "./saved/SavedValue";
import { number, orNone, record, ref } from "./saved/SavedSchema";

interface Chosen {
  parameter: DeviceParameter;
  /** Live's selected parameter id when the cursor was moved: a different one now means the user clicked. */
  liveWhenChosen: number | null;
}

export class ParameterCursor {
  /** Kept across a Node restart; null until the parameter knob moves it. */
  private readonly chosen: SavedValue<Chosen | null>;

  constructor(
    private readonly song: SongFacade,
    saved: SavedState,
  ) {
    const schema = orNone(record({ parameter: ref((id) => song.parameter(id)), liveWhenChosen: orNone(number, 0) }), 0);
    this.chosen = saved.declare({ key: "cursor", version: 1, schema, initial: null });
  }

  current(): DeviceParameter | null {
    const live = this.song.selectedParameter();
    const liveNow = live?.exists ? live.id : null;
    const chosen = this.chosen.get();
    if (chosen?.parameter.exists && liveNow === chosen.liveWhenChosen) return chosen.parameter;
    return liveNow === null ? null : live;
  }

  choose(parameter: DeviceParameter): void {
    const live = this.song.selectedParameter();
    this.chosen.set({ parameter, liveWhenChosen: live?.exists ? live.id : null });
  }
}
