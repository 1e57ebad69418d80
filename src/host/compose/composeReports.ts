// The first composition step: where the script tells the musician and its maintainer what happens. Every
// later step reports through these, so they exist before anything that can fail.
import type { Host } from "../Host";
import { Logger } from "../../log/Logger";
import { createLogFile, logDirectory } from "../../log/LogFile";
import { StatusLineWriter } from "../../ui/StatusLine";

export interface Reports {
  readonly log: Logger;
  /** Where the log file and the exported set go, as the bundle started. */
  readonly logDir: string;
  /** The status line at the bottom of the device: its one writer. */
  readonly status: StatusLineWriter;
}

export function composeReports(host: Host): Reports {
  const log = new Logger();
  const logDir = logDirectory();
  // Debug lines go to the log file only: nothing reaches the Max console on a normal load (Ableton
  // m4l-production-guidelines: "There are no prints in the Max Console on load").
  log.addSink(({ level, message }) => level !== "debug" && host.post(level, message));
  const onFailure = (reason: string) => host.post("warn", `log file disabled: ${reason}`);
  log.addSink(createLogFile({ dir: logDir, onFailure }).sink);
  return { log, logDir, status: new StatusLineWriter(host) };
}
