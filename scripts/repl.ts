// `npm run repl [set.json]`: a Node REPL over the simulated device, as the original author explored the
// script from notebooks. Time is virtual: nothing moves until you `await bars(n)` or `await advance(ms)`.
import repl from "node:repl";
import { terminalSafe } from "../src/log/LogLine";
import { startDemo } from "../src/sim/Demo";
import { logDirectory } from "../src/log/LogFile";
import type { ConsoleLine } from "../src/sim/max/Rig";

const HELP = `In scope (await the async ones):
  set        the simulated Live set (set.selectTrack(id), set.setProperty(id, prop, value), set.read(path, prop))
  rig        the fake Max around the device (rig.sendToNode(...atoms), rig.fromNode, rig.console, rig.restartNode())
  app, song  the running bundle's Protocol0 and its SongFacade
  ec4        the virtual EC4: await ec4.turn("Main", 9, 2), ec4.press("Main", 9), ec4.longPress("Main", 9), ec4.doublePress("Set", 15),
             ec4.withShift("Main", () => ec4.turn("Main", 1, 2)), ec4.play("log.set")
  port       Live's port from the EC4 to the input tracks' Protocol0 Input devices: port.inputs, port.listeners(channel)
  turn, press, longPress, doublePress   the same, unbound
  bars(n), advance(ms)     let virtual time pass
  picture()  the set as text;  status()  the device's status lines;  help()  this text`;

async function main(): Promise<void> {
  let quiet = false;
  const print = (line: ConsoleLine) => {
    if (!quiet) console.log(`[${line.source} ${line.level}] ${terminalSafe(line.text)}`);
  };
  // The log folder the device writes to in Live, so `npm run logs` follows the REPL too.
  const demo = await startDemo({ setFile: process.argv[2], onConsole: print, logDir: logDirectory() });
  console.log(`${HELP}\n`);
  const server = repl.start({ prompt: "p0> " });
  const { set, rig, ec4, port } = demo;
  Object.assign(server.context, {
    demo,
    set,
    rig,
    ec4,
    port,
    turn: (group: string | number, knob: number, steps: number) => ec4.turn(group, knob, steps),
    press: (group: string | number, knob: number) => ec4.press(group, knob),
    longPress: (group: string | number, knob: number) => ec4.longPress(group, knob),
    doublePress: (group: string | number, knob: number) => ec4.doublePress(group, knob),
    bars: (count: number) => demo.bars(count),
    advance: (ms: number) => rig.advance(ms),
    picture: () => console.log(demo.picture()),
    status: () => rig.fromNode.filter((m) => m[0] === "status").map((m) => m.slice(1).join(" ")),
    help: () => console.log(HELP),
  });
  for (const name of ["app", "song"] as const) {
    Object.defineProperty(server.context, name, { get: () => demo[name], enumerable: true });
  }
  server.on("exit", () => {
    quiet = true;
    rig.stopMetro();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
