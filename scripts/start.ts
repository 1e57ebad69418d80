// `npm start`: the device (real bundle and shim, built just before) plays a scripted session on the
// simulated demo set through a virtual EC4: select a track, arm the external synth group, record 4 bars,
// loop the scene, log the set. Prints the log lines as they come and the resulting set.
// Actions the bundle does not implement yet are named, and done by hand in "Live's UI" where that makes sense.
import { join } from "node:path";
import type { LogLevel } from "../src/log/Logger";
import { LOG_FILE } from "../src/log/LogFile";
import { startDemo, type Demo } from "../src/sim/Demo";
import type { ConsoleLine } from "../src/sim/max/Rig";

const colour = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
const paint = (code: string, text: string) => (colour ? `\x1b[${code}m${text}\x1b[0m` : text);
const LEVEL_COLOURS: Record<LogLevel, string> = { debug: "90", info: "32", warn: "35", error: "31" };

function printConsole(line: ConsoleLine): void {
  const level = line.level as LogLevel;
  console.log(paint(LEVEL_COLOURS[level] ?? "0", `  ${line.source.padEnd(4)} ${level.toUpperCase().padEnd(5)} ${line.text}`));
}

function heading(text: string): void {
  console.log(`\n${paint("1", text)}`);
}

/** The status lines the device showed since `mark` (its status bar in Live). */
function printStatus(demo: Demo, mark: number): void {
  for (const message of demo.rig.fromNode.slice(mark)) {
    if (message[0] === "status") console.log(paint("36", `  status: ${message.slice(1).join(" ")}`));
  }
}

/** Plays the knob bound to `actionId`; when the action is not implemented yet, says so and does `byHand`. */
async function knob(demo: Demo, actionId: string, steps?: number, byHand?: { what: string; run: () => void }): Promise<boolean> {
  const mark = demo.rig.fromNode.length;
  if (!demo.implemented(actionId)) {
    console.log(paint("33", `  ${actionId} is not implemented in the bundle yet`) + (byHand ? `: ${byHand.what} in Live's UI instead` : ""));
    byHand?.run();
    await demo.rig.settle();
    return false;
  }
  const played = await demo.ec4.play(actionId, steps);
  const how = played.gesture === "scroll" ? `turn ${steps}` : played.gesture;
  console.log(`  EC4 ${played.group} knob ${played.position} (${played.label}): ${how} → ${actionId}`);
  printStatus(demo, mark);
  return true;
}

function trackNamed(demo: Demo, name: string) {
  const track = demo.set.song.tracks.find((t) => t.name === name);
  if (!track) throw new Error(`the demo set has no track ${name}`);
  return track;
}

async function main(): Promise<void> {
  console.log(paint("1", "Protocol0 — a scripted session on the simulated demo set"));
  const demo = await startDemo({ onConsole: printConsole });
  console.log(`  log file: ${join(demo.rig.logDir, LOG_FILE)}`);
  const prophet = trackNamed(demo, "Prophet");

  heading("1. Select the Prophet track with the track knob");
  for (let turns = 0; turns < 12 && demo.set.song.view.selectedTrack !== prophet; turns++) {
    const played = await knob(demo, "nav.tracks", 1, { what: "clicking Prophet", run: () => demo.set.selectTrack(prophet.id) });
    if (!played) break;
  }
  console.log(`  selected track: ${demo.set.song.view.selectedTrack?.name ?? "-"}`);

  heading("2. Arm the external synth group");
  await knob(demo, "track.arm", undefined, {
    what: "arming its MIDI and audio tracks",
    run: () => prophet.groupedTracks().filter((t) => t.canBeArmed && t.name !== "tail").forEach((t) => demo.set.setProperty(t.id, "arm", 1)),
  });

  heading("3. Record 4 bars");
  await knob(demo, "record.barLength", 2);
  if (await knob(demo, "record.normal")) {
    // One bar of count-in when the song is stopped, the 4 bars, and a bar to finish.
    await demo.bars(6);
  }

  heading("4. Loop the scene");
  await knob(demo, "scene.loop");
  await demo.bars(1);

  heading("5. Log the set");
  if (!(await knob(demo, "log.set"))) console.log(`  ${demo.app.summary()}`);

  heading("The resulting set");
  console.log(demo.picture());
  demo.rig.stopMetro();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
