// `npm run logs`: follows the bundle's log file (P0_LOG_DIR or ~/Documents/Protocol0/protocol0.log) and
// shows the script's lines coloured by level, errors' stack traces folded. `-n <count>`: lines of
// history first (50); `--no-follow`: print them and stop.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, watchFile } from "node:fs";
import { join } from "node:path";
import { LOG_FILE, logDirectory } from "../src/log/LogFile";
import { prettyLogLine } from "../src/log/LogLine";

const args = process.argv.slice(2);
const countAt = args.indexOf("-n");
const history = countAt >= 0 ? Number(args[countAt + 1]) : 50;
const follow = !args.includes("--no-follow");
const path = join(logDirectory(), LOG_FILE);
const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;

function show(line: string): void {
  const pretty = prettyLogLine(line, { colour });
  if (pretty !== undefined) console.log(pretty);
}

let offset = 0;
let partial = "";

function readNew(): void {
  const size = existsSync(path) ? statSync(path).size : 0;
  // The file was moved aside (size cap) and started again.
  if (size < offset) offset = 0;
  if (size === offset) return;
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(path, "r");
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  offset = size;
  const lines = (partial + buffer.toString("utf8")).split("\n");
  partial = lines.pop() ?? "";
  lines.forEach(show);
}

console.error(`${follow ? "following" : "showing"} ${path}`);
if (existsSync(path)) {
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n").slice(0, -1);
  lines.slice(Math.max(0, lines.length - history)).forEach(show);
  offset = Buffer.byteLength(text);
} else {
  console.error("(no log yet: it appears when the device runs; set P0_LOG_DIR to read another folder)");
}
if (follow) watchFile(path, { interval: 250 }, readNew);
