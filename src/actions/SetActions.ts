// The set and diagnostics knobs: reinitialise the script, log the current track or the whole set,
// song statistics, the platform probe's line, clear the logs, and a hook for trying the controller
// wiring against Live.
import { PRESS, defineAction } from "./Action";
import { describeStatistics, dumpLoadedTrack, dumpSet, songStatistics } from "./ModelDump";
import { untilSettled } from "./untilSettled";
import type { Logger } from "../log/Logger";

/** Logs the lines and says how many went to the log (the Max console). */
const logLines = (log: Logger, what: string) => (lines: readonly string[]): string => {
  lines.forEach((line) => log.info(line));
  return `${what}: ${lines.length} lines in the log`;
};

export const SET_ACTIONS = [
  defineAction({
    id: "set.reinit",
    title: "Reinitialise",
    description: "Re-reads the Live set and resets the script state.",
    gestures: PRESS,
    needs: [],
    run: ({ runtime }) => {
      void runtime.reinitialise();
      return "Reading the set again";
    },
  }),
  defineAction({
    id: "log.currentTrack",
    title: "Log current track",
    description: "Logs the state of the current track.",
    gestures: PRESS,
    needs: ["currentTrack"],
    run: ({ song, track, runtime, log }) => untilSettled(runtime.sequences, "log current track", dumpLoadedTrack(track, song.barBeats()).then(logLines(log, track.name))),
  }),
  defineAction({
    id: "log.set",
    title: "Log set",
    description: "Logs the state of the whole set.",
    gestures: PRESS,
    needs: [],
    run: ({ song, runtime, log }) => untilSettled(runtime.sequences, "log set", dumpSet(song).then(logLines(log, "Set"))),
  }),
  defineAction({
    id: "log.stats",
    title: "Set statistics",
    description: "Logs the number of tracks, scenes and clips and the total length of the scenes.",
    gestures: PRESS,
    needs: [],
    run: ({ song, runtime, log }) =>
      untilSettled(runtime.sequences, "log statistics", songStatistics(song).then((stats) => {
          const text = `Statistics: ${describeStatistics(stats)}`;
          log.info(text);
          return text;
        })),
  }),
  defineAction({
    id: "log.platform",
    title: "Log platform",
    description: "Logs the platform line: Live's version, its undo steps, the longest atom that arrives whole each way and LiveAPI's times.",
    gestures: PRESS,
    needs: [],
    run: ({ runtime, log }) => untilSettled(runtime.sequences, "log platform", runtime.platformLine().then((line) => {
          log.info(line);
          return "Platform: in the log";
        })),
  }),
  defineAction({
    id: "log.clear",
    title: "Clear log",
    description: "Clears the Max console.",
    gestures: PRESS,
    needs: [],
    run: ({ runtime }) => runtime.clearLogs(),
  }),
  defineAction({
    id: "test.hook",
    title: "Test hook",
    description: "Logs the current track and scene: checks the controller reaches the script.",
    gestures: PRESS,
    needs: [],
    run: ({ song, log }) => {
      const track = song.currentTrack();
      const scene = song.selectedScene();
      const text = `Test hook: current track ${track === null ? "none" : `"${track.name}"`}, scene ${scene === null ? "none" : scene.index + 1}`;
      log.info(text);
      return text;
    },
  }),
];
