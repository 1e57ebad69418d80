// The song's switches a knob toggles (metronome, session record, arrangement overdub): one definition for each.
import { PRESS, answered, defineAction } from "./Action";
import type { SongSwitch } from "../model/Song";
import type { SongFacade } from "../model/SongFacade";

/** A press toggling one of the song's switches (SongSwitch), its title and state on the status line. */
export function switchToggle<const Id extends string>(
  id: Id,
  title: string,
  name: SongSwitch,
  refuseOn?: (song: SongFacade) => string | undefined,
  description = `Toggles ${title.toLowerCase()}.`,
) {
  return defineAction({
    id,
    title,
    description,
    gestures: PRESS,
    needs: [],
    refuse: ({ song }) => (song.switchOn(name) ? undefined : refuseOn?.(song)),
    run: ({ song }) => {
      const on = !song.switchOn(name);
      return answered(song.setSwitch(name, on), `${title} ${on ? "on" : "off"}`);
    },
  });
}
