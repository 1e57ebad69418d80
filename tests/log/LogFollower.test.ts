// `npm run logs` under a flood (issue 18, point 7): the log's real writer (LogFile.ts) moves the file aside
// at its cap while the viewer polls now and then; every record is shown once, in order, across the moves.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createLogFile } from "../../src/log/LogFile";
import { LogFollower } from "../../src/log/LogFollower";
import { parseLogLine } from "../../src/log/LogLine";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

const RECORDS = 40_000;
/** Each record's line is 45 to 50 bytes: 40,000 of them pass a 512 KiB cap three times. */
const CAP = 512 * 1024;
/** The viewer polls every this many records (its 250 ms tick, in a flood). */
const POLL_EVERY = 1_000;

test("a flood of 40,000 records through three moves of the file: the viewer shows all of them, errors included", () => {
  const dir = temporaryFolder("p0-follow");
  const file = createLogFile({ dir, maxBytes: CAP, now: () => new Date(0) });
  const shown: string[] = [];
  const follower = new LogFollower(dir, (line) => shown.push(line));
  follower.history(50);
  for (let i = 0; i < RECORDS; i++) {
    file.sink({ level: i % 100 === 0 ? "error" : "info", message: `record ${i}` });
    if (i % POLL_EVERY === POLL_EVERY - 1) follower.poll();
  }
  follower.poll();
  assert.is(follower.rotations, 3);
  const records = shown.map((line) => parseLogLine(line));
  assert.is(records.length, RECORDS);
  assert.ok(records.every((record, i) => record?.message === `record ${i}`), "each once, in order");
  assert.is(records.filter((record) => record?.level === "error").length, RECORDS / 100);
});

test("history: the last lines already written, then only what comes after", () => {
  const dir = temporaryFolder("p0-follow");
  const file = createLogFile({ dir, now: () => new Date(0) });
  for (let i = 0; i < 10; i++) file.sink({ level: "info", message: `old ${i}` });
  const shown: string[] = [];
  const follower = new LogFollower(dir, (line) => shown.push(line));
  follower.history(3);
  file.sink({ level: "warn", message: "new" });
  follower.poll();
  assert.equal(shown.map((line) => parseLogLine(line)?.message), ["old 7", "old 8", "old 9", "new"]);
});

test.run();
