// `npm run repl [my-set.als|set.json]`: a REPL over the simulated device, with plain commands (turn, press,
// long-press a knob, load a mapping, show the set, the pre-show check, the export: src/sim/ReplCommands.ts).
// A Live Set with no Protocol0 Input track gets the input tracks of README's set-up, said at the start.
// `js <expression>` evaluates JavaScript with the rig in scope, as the original author explored the script
// from notebooks. Time is virtual: nothing moves until a gesture, a command or `bars <n>`.
import repl from "node:repl";
import { runInContext } from "node:vm";
import { terminalSafe } from "../src/log/LogLine";
import { startDemo } from "../src/sim/Demo";
import { logDirectory } from "../src/log/LogFile";
import type { ConsoleLine } from "../src/sim/max/Rig";
import { REPL_HELP, ReplCommands } from "../src/sim/ReplCommands";
import { SetFileError } from "../src/sim/SetFile";

const JS_HELP = `  js <expression>               JavaScript with demo, set, rig, ec4, port, app, song in scope (await works)`;

async function main(): Promise<void> {
  let quiet = false;
  const print = (line: ConsoleLine) => {
    if (!quiet) console.log(`[${line.source} ${line.level}] ${terminalSafe(line.text)}`);
  };
  const setFile = process.argv[2];
  const demo = await startDemo({ ...(setFile !== undefined && { setFile }), addInputTracks: setFile !== undefined, onConsole: print, logDir: logDirectory() });
  if (demo.addedInputs.length > 0) console.log(`The set has no Protocol0 Input track: rehearsing with ${demo.addedInputs.join(", ")} added (README, Setting up Live, step 5).`);
  console.log(`${REPL_HELP}\n${JS_HELP}\n`);
  const commands = new ReplCommands(demo, (line) => console.log(terminalSafe(line)));
  // One line at a time, in order, even when lines arrive faster than virtual time runs (piped input).
  let queue = Promise.resolve();
  const server = repl.start({
    prompt: "p0> ",
    ignoreUndefined: true,
    eval: (line, context, _file, done) => {
      const js = /^\s*js\s+([\s\S]*)$/.exec(line);
      queue = queue.then(async () => {
        if (js === null) return done(null, await commands.run(line));
        try {
          done(null, await (runInContext(`(async () => (${js[1] ?? ""}))()`, context) as Promise<unknown>));
        } catch (error) {
          done(null, `error: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    },
  });
  const { set, rig, ec4, port } = demo;
  Object.assign(server.context, { demo, set, rig, ec4, port });
  for (const name of ["app", "song"] as const) {
    Object.defineProperty(server.context, name, { get: () => demo[name], enumerable: true });
  }
  server.on("exit", () => {
    quiet = true;
    rig.stopMetro();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof SetFileError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
