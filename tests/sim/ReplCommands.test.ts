// The REPL's plain commands (src/sim/ReplCommands.ts) over the demo set and a Live set: each gesture prints
// the device's status line and the knob's grid cell; a wrong command prints its usage, never a stack.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import defaultMapping from "../../src/control/defaultMapping.json";
import { startDemo } from "../../src/sim/Demo";
import { REPL_HELP, ReplCommands } from "../../src/sim/ReplCommands";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

async function repl(setFile?: string): Promise<{ run(line: string): Promise<string[]>; stop(): void; tempo(): number; topTracks(): number }> {
  const demo = await startDemo({ ...(setFile !== undefined && { setFile }), addInputTracks: setFile !== undefined });
  let lines: string[] = [];
  const commands = new ReplCommands(demo, (line) => void lines.push(line));
  return {
    async run(line) {
      lines = [];
      await commands.run(line);
      return lines;
    },
    stop: () => demo.rig.stopMetro(),
    tempo: () => Number(demo.set.read("live_set", "tempo")[0]),
    // What the export counts: the tracks Live shows at the top of the set (groups hold the others).
    topTracks: () => demo.set.song.tracks.filter((t) => t.groupTrack === null).length,
  };
}

test("turn, press and long-press a knob by group name or number: the status line and the grid cell", async () => {
  const r = await repl();
  const tempo = r.tempo();
  assert.equal(await r.run("turn Main 1 2"), ["status: info Tempo 121 BPM", "status: info Tempo 122 BPM", "grid: Main 1 TAP: press Tap tempo · turn Tempo"]);
  assert.is(r.tempo(), tempo + 2, "the turn reached Live");
  const logged = await r.run("press 4 2");
  assert.match(logged[0] ?? "", /^status: info Set: \d+ lines in the log$/);
  assert.equal(logged.slice(1), ["grid: Log 2 LOGS: press Log set"]);
  const longPress = await r.run("long-press Main 16");
  assert.equal(longPress, ['status: info Scene "Intro" loops', "grid: Main 16 SCEN: press Fire scene · long Loop scene · turn Scenes"]);
  r.stop();
});

test("load a mapping file, show the set, the check and the export", async () => {
  const r = await repl("tests/fixtures/als/live11.als");
  const dir = temporaryFolder("p0-repl");
  const mapping = JSON.parse(JSON.stringify(defaultMapping)) as typeof defaultMapping;
  mapping.groups = mapping.groups.filter((g) => g.name !== "Test");
  assert.is(mapping.groups.length, defaultMapping.groups.length - 1);
  const file = join(dir, "without-test.json");
  writeFileSync(file, JSON.stringify(mapping));
  assert.equal(await r.run(`load ${file}`), [`status: info imported ${file}: ${mapping.groups.length} groups`]);
  const set = await r.run("set");
  assert.match(set[0] ?? "", /^125 BPM 4\/4, stopped/);
  assert.match(set[0] ?? "", /1-MIDI/);
  const check = await r.run("check");
  assert.equal(check.length, 3, check.join("\n"));
  assert.match(check[2] ?? "", /^Input track "EC4 Test" hears EC4 channel 16, which no group of the mapping owns\. Fix: /);
  const exported = await r.run("export");
  assert.equal(exported, [`status: info Set exported: ${r.topTracks()} tracks, 8 scenes`]);
  r.stop();
});

test("a wrong command gets its usage, never a stack trace", async () => {
  const r = await repl();
  assert.equal(await r.run("dance"), [`Unknown command "dance".\n${REPL_HELP}`]);
  assert.equal(await r.run("turn Main"), ["usage: turn <group> <knob> <steps>   turn a knob (negative steps: counter-clockwise)"]);
  assert.equal(await r.run("turn Main nine 2"), ["usage: turn <group> <knob> <steps>   turn a knob (negative steps: counter-clockwise)"]);
  assert.equal(await r.run("press"), ["usage: press <group> <knob>          push a knob"]);
  assert.equal(await r.run("press Drums 1"), [`press: no group Drums (groups: ${defaultMapping.groups.map((g) => g.name).join(", ")})`]);
  assert.equal(await r.run("press Main 6"), ["press: group Main has no knob 6"]);
  assert.equal(await r.run("load"), ["usage: load <mapping.json>           import a mapping file into the device"]);
  const missing = await r.run("load /nowhere/mapping.json");
  assert.equal(missing.length, 1);
  assert.match(missing[0] ?? "", /^status: error /);
  assert.equal(await r.run("set now"), ["usage: set                           show the set"]);
  assert.equal(await r.run("   "), []);
  r.stop();
});

test.run();
