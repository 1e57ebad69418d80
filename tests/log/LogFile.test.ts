import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LOG_FILE, PREVIOUS_LOG_FILE, createLogFile, logDirectory } from "../../src/log/LogFile";
import { consoleLogLine, parseLogLine, prettyLogLine } from "../../src/log/LogLine";
import { LogFollower } from "../../src/log/LogFollower";
import { actionRig } from "../support/ec4";
import { rigWith } from "../support/rigWith";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

function lines(path: string) {
  return readFileSync(path, "utf8").trimEnd().split("\n").map((line) => parseLogLine(line));
}

test("the log folder: P0_LOG_DIR, else Documents/Protocol0 in the home folder", () => {
  assert.is(logDirectory({ P0_LOG_DIR: "/tmp/p0" }, "/home/me"), "/tmp/p0");
  assert.is(logDirectory({}, "/home/me"), "/home/me/Documents/Protocol0");
});

test("records are appended one per line, and the file moves aside when it would pass its cap", () => {
  const dir = join(temporaryFolder("p0-log"), "nested");
  const file = createLogFile({ dir, maxBytes: 200, now: () => new Date(0) });
  for (let i = 0; i < 6; i++) file.sink({ level: i % 2 ? "warn" : "info", message: `record ${i} ${"x".repeat(20)}` });
  const current = lines(file.path);
  const previous = lines(join(dir, PREVIOUS_LOG_FILE));
  assert.ok(readFileSync(file.path).length <= 200);
  assert.equal([...previous, ...current].map((r) => r?.message.slice(0, 8)), ["record 0", "record 1", "record 2", "record 3", "record 4", "record 5"]);
  assert.is(current[0]?.time, "1970-01-01T00:00:00.000Z");
});

test("a folder that cannot be written stops the file once, without throwing", () => {
  const blocker = join(temporaryFolder("p0-log"), "file");
  writeFileSync(blocker, "not a folder");
  const failures: string[] = [];
  const file = createLogFile({ dir: join(blocker, "logs"), onFailure: (reason) => failures.push(reason) });
  file.sink({ level: "info", message: "a" });
  file.sink({ level: "info", message: "b" });
  assert.is(failures.length, 1);
});

test("the running bundle writes its log lines to the rig's log folder", async () => {
  const { rig } = await rigWith("demo");
  rig.sendToNode("ui_group", 42);
  await rig.settle();
  const records = lines(join(rig.logDir, LOG_FILE));
  assert.ok(records.every((r) => r !== undefined), "every line parses");
  assert.ok(records.some((r) => r?.level === "debug" && r.message.startsWith("synced: ")), "the load is logged at debug: in the file, not on the console");
  assert.ok(records.some((r) => r?.level === "warn" && r.message.includes("no group 42")));
  assert.not.ok(existsSync(join(rig.logDir, PREVIOUS_LOG_FILE)));
});

/** A track name holding a lone CR, both Unicode line separators and a terminal's clear-screen sequence. */
const HOSTILE = "Bass\rline\u2028two\u2029three\x1b[2J\x9b1m";
/** Any control a terminal acts on, or a line reader splits at. */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/;

test("a name with CR, U+2028/U+2029 and ESC: its log line parses back whole, and neither the viewer nor npm start prints a control raw", async () => {
  const r = await actionRig({ tracks: [{ name: HOSTILE, type: "midi" }] });
  r.set.selectTrack(r.set.song.tracks[0]!.id);
  await r.play("test.hook");
  const text = readFileSync(join(r.rig.logDir, LOG_FILE), "utf8");
  const fileLines = text.split("\n").slice(0, -1);
  assert.ok(fileLines.every((line) => parseLogLine(line) !== undefined), "every line parses");
  assert.ok(fileLines.some((line) => parseLogLine(line)?.message.includes(`"${HOSTILE}"`)), "the name round-trips");
  // What `npm run logs` shows, and the Max console lines as `npm start` prints them.
  const shown: string[] = [];
  const follower = new LogFollower(r.rig.logDir, (line) => shown.push(prettyLogLine(line, { colour: false }) ?? ""));
  follower.history(fileLines.length);
  const printed = r.rig.console.map((line) => consoleLogLine(line.source, line.level, line.text));
  for (const out of [shown, printed]) {
    const hook = out.find((line) => line.includes("Test hook"));
    assert.ok(hook?.includes("Bass\\x0dline\\u2028two\\u2029three\\x1b[2J\\x9b1m"), hook);
    assert.ok(out.every((line) => !RAW_CONTROL.test(line)), out.join("\n"));
  }
});

test.run();
