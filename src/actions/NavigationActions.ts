// The navigation knobs act on what is selected in Live, as the original's: tracks (the visible ones, so
// folded groups are skipped and unfolded ones entered), scenes, the selected track's devices, and a
// parameter of the selected device and its value. Selecting is not an edit: Live records no undo step.
import { ActionWarning, PRESS, SCROLL, actionState, defineAction, answered } from "./Action";
import { Answer } from "../model/Answer";
import { afterLoading } from "./afterLoading";
import { ParameterCursor } from "./ParameterCursor";
import { ParameterText } from "./ParameterText";

/** The neighbour `steps` away in `items`, stopping at both ends; from outside the list, the first or last. */
export function scrolledItem<T>(items: readonly T[], current: T | null, steps: number): T | undefined {
  const index = current === null ? -1 : items.indexOf(current);
  if (index < 0) return steps < 0 ? items[items.length - 1] : items[0];
  return items[Math.max(0, Math.min(items.length - 1, index + steps))];
}

/** The parameter the value knob turns (kept across a Node restart), and what it shows when turned. */
const cursor = actionState((services) => ({ parameters: new ParameterCursor(services.song, services.runtime.saved), text: new ParameterText(services) }));

export const NAVIGATION_ACTIONS = [
  // The tracks holding Protocol0 Input are skipped (the selected one kept, to scroll on from it).
  defineAction({
    id: "nav.tracks",
    title: "Tracks",
    description: "Selects the next or previous visible track: folded groups are skipped, unfolded ones entered.",
    gestures: SCROLL,
    needs: [],
    run: ({ song, steps }) => {
      const selected = song.selectedTrack();
      const reachable = song.visibleTracks().filter((track) => !track.holdsInput || track === selected);
      const next = scrolledItem(reachable, selected, steps);
      if (next === undefined) return;
      return answered(next.select(), `Track: ${next.name}`);
    },
  }),
  defineAction({
    id: "nav.scenes",
    title: "Scenes",
    description: "Selects the next or previous scene.",
    gestures: SCROLL,
    needs: [],
    run: ({ song, steps }) => {
      const next = scrolledItem(song.scenes(), song.selectedScene(), steps);
      if (next === undefined) return;
      return answered(next.select(), `Scene ${next.index + 1}${next.name === "" ? "" : `: ${next.name}`}`);
    },
  }),
  defineAction({
    id: "nav.devices",
    title: "Devices",
    description: "Selects the next or previous device of the selected track.",
    gestures: SCROLL,
    needs: ["selectedTrack"],
    refuse: ({ selectedTrack }) => (selectedTrack.devices().length === 0 ? `${selectedTrack.name} has no devices` : undefined),
    run: ({ song, selectedTrack, steps, log }) => {
      const device = scrolledItem(selectedTrack.devices(), selectedTrack.selectedDevice(), steps)!;
      log.info(`Device: ${device.name}`);
      return answered(song.view.selectDevice(selectedTrack, device), `Device: ${device.name}`);
    },
  }),
  defineAction({
    id: "nav.parameter",
    title: "Parameter",
    description: "Chooses the next or previous parameter of the selected device for the value knob.",
    gestures: SCROLL,
    needs: ["selectedDevice"],
    state: cursor,
    refuse: ({ device }) => (device.parameters().length === 0 ? "the selected device has no parameters" : undefined),
    run: ({ device, state, steps, log }) => {
      const parameter = scrolledItem(device.parameters(), state.parameters.current(), steps)!;
      state.parameters.choose(parameter);
      log.info(`Parameter: ${device.name} / ${parameter.name}`);
      return `Parameter: ${parameter.name} (${device.name})`;
    },
  }),
  defineAction({
    id: "nav.parameterValue",
    title: "Parameter value",
    description: "Turns the value of the chosen parameter (or the one clicked in Live) by 1% of its range a detent.",
    gestures: SCROLL,
    needs: [],
    state: cursor,
    refuse: ({ state }) => (state.parameters.current() === null ? "no selected parameter" : undefined),
    run: ({ state, steps }) => {
      const parameter = state.parameters.current();
      if (parameter === null) return;
      return answered(parameter.scroll(steps), state.text.show(parameter.name, parameter));
    },
  }),
  defineAction({
    id: "nav.foldGroup",
    title: "Fold group",
    description: "Selects the group of the selected track and folds or unfolds it.",
    gestures: PRESS,
    needs: ["selectedTrack"],
    run: (input) => {
      const { selectedTrack } = input;
      const group = selectedTrack.isFoldable ? selectedTrack : selectedTrack.groupTrack;
      if (group === null) throw new ActionWarning(`${selectedTrack.name} is not in a group`);
      // Live notifies no fold: the knob toggles the fold Live has now, not the one the mirror last saw.
      return afterLoading(input, "Fold group", group.readFold(), () => {
        // Folding hides the sub tracks: the group is selected first so the selection stays visible.
        const selected = group === selectedTrack ? [] : [group.select()];
        const folding = !group.isFolded;
        return answered(Answer.all([...selected, group.fold(folding)]), `${group.name} ${folding ? "folded" : "unfolded"}`);
      });
    },
  }),
];
