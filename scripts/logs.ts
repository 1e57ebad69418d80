// `npm run logs`: follows the log file the device, `npm start` and the REPL write (P0_LOG_DIR, or
// ~/Documents/Protocol0/protocol0.log) and
// shows the script's lines coloured by level, errors' stack traces folded. `-n <count>`: lines of
// history first (50); `--no-follow`: print them and stop.
import { existsSync, watchFile } from "node:fs";
import { join } from "node:path";
import { LOG_FILE, logDirectory } from "../src/log/LogFile";
import { LogFollower } from "../src/log/LogFollower";
import { prettyLogLine } from "../src/log/LogLine";

const args = process.argv.slice(2);
const countAt = args.indexOf("-n");
const history = countAt >= 0 ? Number(args[countAt + 1]) : 50;
const follow = !args.includes("--no-follow");
const dir = logDirectory();
const path = join(dir, LOG_FILE);
const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;

const follower = new LogFollower(dir, (line) => {
  const pretty = prettyLogLine(line, { colour });
  if (pretty !== undefined) console.log(pretty);
});

console.error(`${follow ? "following" : "showing"} ${path}`);
if (!existsSync(path)) {
  console.error(`Nothing is logged there yet. The device writes ${LOG_FILE} in that folder when it runs in Live, and so do`);
  console.error("`npm start` and `npm run repl`; P0_LOG_DIR names another folder." + (follow ? " Waiting for it (Ctrl-C stops)." : ""));
}
follower.history(history);
if (follow) watchFile(path, { interval: 250 }, () => follower.poll());
