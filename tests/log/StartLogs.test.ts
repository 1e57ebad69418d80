// `npm run logs` shows what `npm start` just did: both read the one log folder (P0_LOG_DIR here, else the
// documented ~/Documents/Protocol0), through the real scripts, each in a process of its own.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";
import type { TrackDescription } from "../../src/sim/live/LiveSet";
import { fixture } from "../sim/simSets";

/** Every track of a description, those inside groups too. */
const trackCount = (tracks: readonly TrackDescription[] = []): number => tracks.reduce((count, track) => count + 1 + trackCount(track.tracks), 0);

function runScript(script: string, logDir: string, ...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, ["scripts/run.mjs", script, ...args], { encoding: "utf8", env: { ...process.env, P0_LOG_DIR: logDir, NO_COLOR: "1" } });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

test("npm run logs, before anything ran, says what it would show and where it comes from", () => {
  const { stderr, status } = runScript("scripts/logs.ts", temporaryFolder("p0-start-logs"), "--no-follow");
  assert.is(status, 0);
  assert.match(stderr, "Nothing is logged there yet. The device writes protocol0.log in that folder when it runs in Live");
});

test("npm start writes to the log folder, and npm run logs then shows its session", () => {
  const dir = temporaryFolder("p0-start-logs");
  const start = runScript("scripts/start.ts", dir);
  assert.is(start.status, 0, start.stderr);
  assert.match(start.stdout, `log file: ${dir}`);
  const logs = runScript("scripts/logs.ts", dir, "--no-follow", "-n", "1000");
  assert.is(logs.status, 0, logs.stderr);
  assert.match(logs.stdout, "Record 4 bars on Prophet midi, Prophet audio, tail");
  assert.match(logs.stdout, `Statistics: ${trackCount(fixture("demo").tracks)} tracks`);
});

test.run();
