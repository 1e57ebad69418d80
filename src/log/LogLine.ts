// The log file's line format, one record per line: `<ISO time> <LEVEL> <message>`, with the message's
// backslashes, line breaks and other controls escaped: a stack trace stays on its record's line, and a
// name holding a CR, a line separator or a terminal escape neither splits the line nor acts on a
// terminal. `npm run logs` reads the lines back with `parseLogLine` and shows them with `prettyLogLine`.
import type { LogLevel, LogRecord } from "./Logger";
import { counted } from "./Counted";

const LINE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) (DEBUG|INFO|WARN|ERROR) {0,2}(.*)$/;

export interface LogLine extends LogRecord {
  time: string;
}

/**
 * C0 and C1 controls (ESC among them), DEL, and U+2028 / U+2029, which JavaScript reads as line ends: what a
 * terminal acts on or a line reader splits at. A name may hold any of them.
 */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g;

function escapedControl(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
}

/** `text` with its controls shown as `\x1b` (line breaks and tabs kept): safe to print on a terminal. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, escapedControl);
}

export function formatLogLine(record: LogRecord, time: Date): string {
  const message = terminalSafe(record.message.replace(/\\/g, "\\\\").replace(/\n/g, "\\n"));
  return `${time.toISOString()} ${record.level.toUpperCase().padEnd(5)} ${message}`;
}

/** A line this format wrote, or undefined for anything else (a torn write, another program's text). */
export function parseLogLine(line: string): LogLine | undefined {
  const match = LINE.exec(line);
  if (match === null) return undefined;
  const [, time = "", level = "", escaped = ""] = match;
  const message = escaped.replace(/\\(\\|n|x[0-9a-f]{2}|u[0-9a-f]{4})/g, (_, c: string) =>
    c === "n" ? "\n" : c === "\\" ? "\\" : String.fromCharCode(parseInt(c.slice(1), 16)),
  );
  return { time, level: level.toLowerCase() as LogLevel, message };
}

/** A Max console line as `npm start` prints it: source, level, and the text with its controls escaped. */
export function consoleLogLine(source: string, level: LogLevel, text: string): string {
  return `  ${source.padEnd(4)} ${level.toUpperCase().padEnd(5)} ${terminalSafe(text)}`;
}

const COLOURS: Record<LogLevel, string> = { debug: "\x1b[90m", info: "\x1b[32m", warn: "\x1b[35m", error: "\x1b[31m" };
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";
/** Stack frames of the script itself kept in a folded trace; the rest become one "more frames" line. */
const OWN_FRAMES_SHOWN = 3;

function isFrame(line: string): boolean {
  return /^\s+at /.test(line);
}

/** Frames from Node itself or from dependencies say nothing about the script. */
function isForeignFrame(line: string): boolean {
  return /node:internal|node_modules|\(node:|<anonymous>/.test(line);
}

/** `at fn (/long/path/to/protocol0.js:12:5)` → `at fn (protocol0.js:12)`. */
function shortFrame(line: string): string {
  return line.trim().replace(/\(?([^\s()]*[/\\])?([^/\\\s()]+):(\d+):\d+\)?$/, (_all, _dir, file: string, row: string) => {
    const bare = !line.trim().endsWith(")");
    return bare ? `${file}:${row}` : `(${file}:${row})`;
  });
}

/** An error's stack folded: its own first frames, shortened, and a count of the rest. */
export function foldStack(message: string): string[] {
  const lines = message.split("\n");
  const text = lines.filter((line) => !isFrame(line));
  const frames = lines.filter(isFrame);
  const own = frames.filter((frame) => !isForeignFrame(frame)).slice(0, OWN_FRAMES_SHOWN);
  const hidden = frames.length - own.length;
  const folded = own.map((frame) => `    ${shortFrame(frame)}`);
  if (hidden > 0) folded.push(`    … ${counted(hidden, "more frame")}`);
  return [...text, ...folded];
}

export interface PrettyOptions {
  colour: boolean;
}

/** The text `npm run logs` shows for a file line; undefined for lines that are not the script's. */
export function prettyLogLine(line: string, options: PrettyOptions): string | undefined {
  const record = parseLogLine(line);
  if (record === undefined) return undefined;
  const clock = record.time.slice(11, 23);
  const [first = "", ...rest] = foldStack(terminalSafe(record.message));
  const head = `${clock} ${record.level.toUpperCase().padEnd(5)} ${first}`;
  if (!options.colour) return [head, ...rest].join("\n");
  const colour = COLOURS[record.level];
  return [`${colour}${head}${RESET}`, ...rest.map((l) => (isFoldedFrame(l) ? `${DIM}${l}${RESET}` : `${colour}${l}${RESET}`))].join("\n");
}

function isFoldedFrame(line: string): boolean {
  return /^ {4}(at |… )/.test(line);
}
