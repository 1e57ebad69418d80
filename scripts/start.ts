// `npm start [my-set.als|set.json]`: the device (real bundle and shim, built just before) plays the scripted
// session of src/sim/DemoSession.ts on the simulated demo set through a virtual EC4 and the set's input
// devices, printing each knob played, then the console posts and status lines it caused in their order, and the resulting set. Given a
// set, it reads it (a Live Set gets the input tracks of README's set-up when it has none), logs it with
// the log.set knob, runs the pre-show check knob, and shows it.
import { join } from "node:path";
import type { LogLevel } from "../src/log/Logger";
import { LOG_FILE, logDirectory } from "../src/log/LogFile";
import { consoleLogLine, terminalSafe } from "../src/log/LogLine";
import { startDemo } from "../src/sim/Demo";
import { playDemoSession, playKnob, showHeard, type SessionOutput } from "../src/sim/DemoSession";
import { SetFileError } from "../src/sim/SetFile";
import type { ConsoleLine } from "../src/sim/max/Rig";

const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
const paint = (code: string, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
const LEVEL_COLOURS: Record<LogLevel, string> = { debug: "90", info: "32", warn: "35", error: "31" };
const STATUS_COLOUR = "36";

function printConsole(line: ConsoleLine): void {
  const level: LogLevel = line.level;
  console.log(paint(LEVEL_COLOURS[level], consoleLogLine(line.source, level, line.text)));
}

async function main(): Promise<void> {
  const setFile = process.argv[2];
  console.log(paint("1", setFile === undefined ? "Protocol0 — a scripted session on the simulated demo set" : `Protocol0 — rehearsing ${setFile}`));
  // The console's posts are printed with the knob that caused them (SessionOutput.heard), after it.
  const demo = await startDemo({ ...(setFile !== undefined && { setFile }), addInputTracks: setFile !== undefined, logDir: logDirectory() });
  console.log(`  log file: ${join(demo.rig.logDir, LOG_FILE)}`);
  // The set-up the README asks of a musician: the EC4 reaches the device through these tracks.
  for (const { track, device } of demo.port.inputs) console.log(`  input track: ${terminalSafe(track.name)}, Protocol0 Input on channel ${device.shownChannel}`);
  if (demo.addedInputs.length > 0) console.log(`  the set has no Protocol0 Input track: added ${demo.addedInputs.join(", ")} (README, Setting up Live, step 5)`);
  const out: SessionOutput = {
    heading: (text) => console.log(`\n${paint("1", text)}`),
    line: (text) => console.log(`  ${terminalSafe(text)}`),
    heard: (heard) => (heard.kind === "console" ? printConsole(heard.line) : console.log(paint(STATUS_COLOUR, `  status: ${heard.level} ${terminalSafe(heard.text)}`))),
  };
  // While loading, the status line passes through the set's reading: it is shown as it settled, as a musician finds it.
  const loading = demo.transcript.take();
  const settled = loading.filter((heard) => heard.kind === "status").pop();
  for (const heard of loading) if (heard.kind === "console" || heard === settled) out.heard(heard);
  try {
    if (setFile === undefined) await playDemoSession(demo, out);
    else {
      out.heading("1. Log the set");
      await playKnob(demo, out, "log.set");
      out.heading("2. The pre-show check");
      await playKnob(demo, out, "set.check");
    }
  } finally {
    // A knob play that throws still shows what the device posted before it.
    showHeard(demo, out);
    demo.rig.stopMetro();
  }
  console.log(`\n${paint("1", "The resulting set")}`);
  console.log(terminalSafe(demo.picture()));
}

main().catch((error: unknown) => {
  console.error(error instanceof SetFileError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
