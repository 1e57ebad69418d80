// The set and diagnostics knobs: reinitialise the script, log the current track or the whole set,
// song statistics, the platform probe's line, clear the logs, and a hook for trying the controller wiring against Live.
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import { describeStatistics, dumpLoadedTrack, dumpSet, songStatistics } from "./ModelDump";
import { untilSettled } from "./untilSettled";

export function installSetActions(registry: ActionRegistry, deps: ActionDeps): void {
  const { song, log, mirror, seq } = deps;
  const logLines = (lines: readonly string[]) => lines.forEach((line) => log.info(line));

  registry.implement("set.reinit", () => deps.reinitialise());
  registry.implement(
    "log.currentTrack",
    () => untilSettled(seq, "log current track", dumpLoadedTrack(mirror, song.currentTrack()!).then(logLines)),
    () => (song.currentTrack() === null ? "no current track" : undefined),
  );
  registry.implement("log.set", () => untilSettled(seq, "log set", dumpSet(mirror, song).then(logLines)));
  registry.implement("log.stats", () =>
    untilSettled(seq, "log statistics", songStatistics(mirror, song).then((stats) => log.info(`Statistics: ${describeStatistics(stats)}`))),
  );
  registry.implement("log.platform", () => untilSettled(seq, "log platform", deps.platform.line().then((line) => log.info(line))));
  registry.implement("log.clear", () => deps.clearLogs());
  registry.implement("test.hook", () => {
    const track = song.currentTrack();
    const scene = song.selectedScene();
    log.info(`Test hook: current track ${track === null ? "none" : `"${track.name}"`}, scene ${scene === null ? "none" : scene.index}`);
  });
}
