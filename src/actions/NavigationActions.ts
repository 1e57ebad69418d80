// The navigation knobs act on what is selected in Live, as the original's: tracks (the visible ones, so
// folded groups are skipped and unfolded ones entered), scenes, the selected track's devices, and a
// parameter of the selected device and its value. Selecting is not an edit: Live records no undo step.
import { ActionWarning, scrollSteps } from "./Action";
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import { ParameterCursor } from "./ParameterCursor";

/** The neighbour `steps` away in `items`, stopping at both ends; from outside the list, the first or last. */
export function scrolledItem<T>(items: readonly T[], current: T | null, steps: number): T | undefined {
  const index = current === null ? -1 : items.indexOf(current);
  if (index < 0) return steps < 0 ? items[items.length - 1] : items[0];
  return items[Math.max(0, Math.min(items.length - 1, index + steps))];
}

export function installNavigationActions(registry: ActionRegistry, deps: ActionDeps): void {
  const { song, mirror, log } = deps;
  const view = (): number => {
    const id = mirror.child(mirror.songId, "Song", "view");
    if (id === null) throw new Error("the song view is not mirrored");
    return id;
  };
  const parameters = new ParameterCursor(song);
  deps.inFlight.keep({
    key: "cursor",
    save: () => parameters.save(),
    restore: (value) => {
      if (!Array.isArray(value) || typeof value[0] !== "number" || typeof value[1] !== "number") return;
      parameters.restore(deps.objects.parameter(value[0]), value[1]);
    },
  });

  // The tracks holding Protocol0 Input are skipped (the selected one kept, to scroll on from it).
  registry.implement("nav.tracks", (context) => {
    const selected = song.selectedTrack();
    const reachable = song.visibleTracks().filter((track) => !track.holdsInput || track === selected);
    const next = scrolledItem(reachable, selected, scrollSteps(context));
    return next?.select();
  });

  registry.implement("nav.foldGroup", () => {
    const selected = song.selectedTrack()!;
    const group = selected.foldable ? selected : selected.parentTrack;
    if (group === null) throw new ActionWarning(`${selected.trackName} is not in a group`);
    // Folding hides the sub tracks: the group is selected first so the selection stays visible.
    if (group !== selected) void group.select();
    return group.fold(!group.folded);
  });

  registry.implement("nav.scenes", (context) => {
    const next = scrolledItem(song.scenes(), song.selectedScene(), scrollSteps(context));
    return next === undefined ? undefined : mirror.set(view(), "SongView", "selected_scene", ["id", next.id]);
  });

  registry.implement(
    "nav.devices",
    (context) => {
      const track = song.selectedTrack()!;
      const device = scrolledItem(track.devices(), track.selectedDevice(), scrollSteps(context))!;
      log.info(`Device: ${device.name}`);
      // Song.View.select_device (https://docs.cycling74.com/apiref/lom/song_view/) makes it the track
      // view's selected_device (read-only itself): shown pending, so the next detent moves on from it.
      const trackView = mirror.child(track.id, track.cls, "view");
      const effects = trackView === null ? [] : [{ id: trackView, prop: "selected_device", value: ["id", device.id] }];
      return mirror.call(view(), "SongView", "select_device", ["id", device.id], effects);
    },
    () => (song.selectedTrack()?.devices().length === 0 ? `${song.selectedTrack()!.trackName} has no devices` : undefined),
  );

  registry.implement(
    "nav.parameter",
    (context) => {
      const device = song.selectedTrack()!.selectedDevice()!;
      const parameter = scrolledItem(device.parameters(), parameters.current(), scrollSteps(context))!;
      parameters.choose(parameter);
      deps.inFlight.changed();
      log.info(`Parameter: ${device.name} / ${parameter.name}`);
    },
    () => (song.selectedTrack()?.selectedDevice()?.parameters().length === 0 ? "the selected device has no parameters" : undefined),
  );

  registry.implement(
    "nav.parameterValue",
    (context) => parameters.current()!.scroll(scrollSteps(context)),
    () => (parameters.current() === null ? "no selected parameter" : undefined),
  );
}
