// What the bundle wrote to its log file (every level), message by message: what reaches the log and not
// the Max console.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LOG_FILE } from "../../src/log/LogFile";
import { parseLogLine, type LogLine } from "../../src/log/LogLine";
import type { Rig } from "../../src/sim/max/Rig";

export function logLines(rig: Rig): LogLine[] {
  return readFileSync(join(rig.logDir, LOG_FILE), "utf8")
    .trimEnd()
    .split("\n")
    .flatMap((line) => {
      const parsed = parseLogLine(line);
      return parsed ? [parsed] : [];
    });
}
