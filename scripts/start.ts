// `npm start`: the device (real bundle and shim, built just before) plays the scripted session of
// src/sim/DemoSession.ts on the simulated demo set through a virtual EC4 and the set's input devices,
// printing the log lines as they come, the device's status line, and the resulting set.
import { join } from "node:path";
import type { LogLevel } from "../src/log/Logger";
import { LOG_FILE, logDirectory } from "../src/log/LogFile";
import { consoleLogLine, terminalSafe } from "../src/log/LogLine";
import { startDemo } from "../src/sim/Demo";
import { playDemoSession } from "../src/sim/DemoSession";
import type { ConsoleLine } from "../src/sim/max/Rig";

const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
const paint = (code: string, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
const LEVEL_COLOURS: Record<LogLevel, string> = { debug: "90", info: "32", warn: "35", error: "31" };
const KIND_COLOURS = { plain: "0", status: "36" } as const;

function printConsole(line: ConsoleLine): void {
  const level: LogLevel = line.level;
  console.log(paint(LEVEL_COLOURS[level], consoleLogLine(line.source, level, line.text)));
}

async function main(): Promise<void> {
  console.log(paint("1", "Protocol0 — a scripted session on the simulated demo set"));
  // The log folder the device writes to in Live, so `npm run logs` follows this run too.
  const demo = await startDemo({ onConsole: printConsole, logDir: logDirectory() });
  console.log(`  log file: ${join(demo.rig.logDir, LOG_FILE)}`);
  // The set-up the README asks of a musician: the EC4 reaches the device through these tracks.
  for (const { track, device } of demo.port.inputs) console.log(`  input track: ${terminalSafe(track.name)}, Protocol0 Input on channel ${device.shownChannel}`);
  await playDemoSession(demo, {
    heading: (text) => console.log(`\n${paint("1", text)}`),
    line: (text, kind) => console.log(paint(KIND_COLOURS[kind], `  ${kind === "status" ? "status: " : ""}${terminalSafe(text)}`)),
  });
  console.log(`\n${paint("1", "The resulting set")}`);
  console.log(terminalSafe(demo.picture()));
  demo.rig.stopMetro();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
