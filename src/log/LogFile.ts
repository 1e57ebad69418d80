// The log file sink: one line per record (LogLine.ts) appended to protocol0.log in the log folder,
// which moves to protocol0.1.log when it would pass its size cap (one previous file is kept).
import { appendFileSync, mkdirSync, renameSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { LogRecord, LogSink } from "./Logger";
import { formatLogLine } from "./LogLine";
import { messageOf } from "./ErrorText";

export const LOG_FILE = "protocol0.log";
export const PREVIOUS_LOG_FILE = "protocol0.1.log";
export const LOG_DIR_ENV = "P0_LOG_DIR";
const DEFAULT_MAX_BYTES = 1024 * 1024;

/** `$P0_LOG_DIR`, else ~/Documents/Protocol0 (the folder the README documents). */
export function logDirectory(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const configured = env[LOG_DIR_ENV];
  return configured !== undefined && configured !== "" ? configured : join(home, "Documents", "Protocol0");
}

export interface LogFileOptions {
  dir: string;
  maxBytes?: number;
  now?: () => Date;
  /** Told once why writing stopped (e.g. the folder cannot be written). */
  onFailure?: (reason: string) => void;
}

export interface LogFile {
  sink: LogSink;
  readonly path: string;
}

/** A sink that never throws: the first failed write stops the file and is reported to `onFailure`. */
export function createLogFile(options: LogFileOptions): LogFile {
  const path = join(options.dir, LOG_FILE);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const now = options.now ?? (() => new Date());
  let size: number | undefined;
  let failed = false;

  const write = (record: LogRecord): void => {
    const line = fitted(record, now(), maxBytes);
    const bytes = Buffer.byteLength(line);
    if (size === undefined) {
      mkdirSync(options.dir, { recursive: true });
      size = fileSize(path);
    }
    if (size > 0 && size + bytes > maxBytes) {
      renameSync(path, join(options.dir, PREVIOUS_LOG_FILE));
      size = 0;
    }
    appendFileSync(path, line);
    size += bytes;
  };

  return {
    path,
    sink: (record) => {
      if (failed) return;
      try {
        write(record);
      } catch (error) {
        failed = true;
        options.onFailure?.(messageOf(error));
      }
    },
  };
}

const CUT_NOTE = " … (cut to fit the log file)";

/**
 * The record's line, its message cut when the line alone would pass the cap (which would put the file,
 * and after it the previous file, over the cap); the cut says so.
 */
function fitted(record: LogRecord, time: Date, maxBytes: number): string {
  let line = `${formatLogLine(record, time)}\n`;
  let kept = record.message.length;
  while (Buffer.byteLength(line) > maxBytes && kept > 0) {
    kept = Math.max(0, kept - (Buffer.byteLength(line) - maxBytes) - CUT_NOTE.length);
    line = `${formatLogLine({ ...record, message: record.message.slice(0, kept) + CUT_NOTE }, time)}\n`;
  }
  return line;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
