// The set and diagnostics knobs: reinitialise the script, log the current track or the whole set,
// song statistics, clear the logs, and a hook for trying the controller wiring against Live.
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import { describeStatistics, dumpSet, dumpTrack, songStatistics } from "./ModelDump";

export function installSetActions(registry: ActionRegistry, deps: ActionDeps): void {
  const { song, log } = deps;
  const logLines = (lines: readonly string[]) => lines.forEach((line) => log.info(line));

  registry.implement("set.reinit", () => deps.reinitialise());
  registry.implement(
    "log.currentTrack",
    () => logLines(dumpTrack(song.currentTrack()!)),
    () => (song.currentTrack() === null ? "no current track" : undefined),
  );
  registry.implement("log.set", () => logLines(dumpSet(song)));
  registry.implement("log.stats", () => log.info(`Statistics: ${describeStatistics(songStatistics(song))}`));
  registry.implement("log.clear", () => deps.clearLogs());
  registry.implement("test.hook", () => {
    const track = song.currentTrack();
    const scene = song.selectedScene();
    log.info(`Test hook: current track ${track === null ? "none" : `"${track.name}"`}, scene ${scene === null ? "none" : scene.index}`);
  });
}
