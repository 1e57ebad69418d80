// `npm run logs`: follows the bundle's log file (P0_LOG_DIR or ~/Documents/Protocol0/protocol0.log) and
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
if (!existsSync(path)) console.error("(no log yet: it appears when the device runs; set P0_LOG_DIR to read another folder)");
follower.history(history);
if (follow) watchFile(path, { interval: 250 }, () => follower.poll());
