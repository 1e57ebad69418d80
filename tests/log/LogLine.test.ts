import { test } from "uvu";
import * as assert from "uvu/assert";
import { describeError } from "../../src/log/ErrorText";
import { foldStack, formatLogLine, parseLogLine, prettyLogLine } from "../../src/log/LogLine";

const AT = new Date("2026-11-26T22:40:01.123Z");

test("one line per record, with time and level; line breaks and backslashes survive the round trip", () => {
  const message = "sync failed: Error: boom\n    at f (/x/protocol0.js:10:5)\\n literal";
  const line = formatLogLine({ level: "error", message }, AT);
  assert.not.match(line, /\n/);
  assert.is(line.slice(0, 31), "2026-11-26T22:40:01.123Z ERROR ");
  assert.equal(parseLogLine(line), { time: "2026-11-26T22:40:01.123Z", level: "error", message });
  assert.equal(parseLogLine(formatLogLine({ level: "info", message: "synced" }, AT)), { time: AT.toISOString(), level: "info", message: "synced" });
});

test("lines that are not the script's are left out", () => {
  assert.is(parseLogLine("some other program"), undefined);
  assert.is(prettyLogLine("2026-11-26 INFO torn", { colour: false }), undefined);
  assert.is(prettyLogLine("", { colour: false }), undefined);
});

test("shown with the clock time and level, coloured by level", () => {
  const info = formatLogLine({ level: "info", message: "synced: 9 tracks" }, AT);
  assert.is(prettyLogLine(info, { colour: false }), "22:40:01.123 INFO  synced: 9 tracks");
  assert.is(prettyLogLine(info, { colour: true }), "\x1b[32m22:40:01.123 INFO  synced: 9 tracks\x1b[0m");
  const warn = prettyLogLine(formatLogLine({ level: "warn", message: "no armed track" }, AT), { colour: true });
  assert.ok(warn?.startsWith("\x1b[35m"));
  const debug = prettyLogLine(formatLogLine({ level: "debug", message: "MIDI dropped" }, AT), { colour: true });
  assert.ok(debug?.startsWith("\x1b[90m"));
});

test("an error's stack is folded to its own first frames and a count of the rest", () => {
  const stack = [
    "record failed: Error: no clip",
    "    at Recording.start (/Users/me/device/protocol0.js:120:7)",
    "    at Sequence.step (/Users/me/device/protocol0.js:80:3)",
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    "    at Sequence.run (/Users/me/device/protocol0.js:70:3)",
    "    at ActionRunner.run (/Users/me/device/protocol0.js:60:3)",
    "    at Object.<anonymous> (/Users/me/node_modules/max-api/index.js:1:1)",
  ].join("\n");
  assert.equal(foldStack(stack), [
    "record failed: Error: no clip",
    "    at Recording.start (protocol0.js:120)",
    "    at Sequence.step (protocol0.js:80)",
    "    at Sequence.run (protocol0.js:70)",
    "    … 3 more frames",
  ]);
  const shown = prettyLogLine(formatLogLine({ level: "error", message: stack }, AT), { colour: false });
  assert.is(shown?.split("\n").length, 5);
  assert.ok(shown?.startsWith("22:40:01.123 ERROR record failed: Error: no clip\n"));
});

test("a real error from the Logger folds the same way", () => {
  const message = `sync failed: ${describeError(new Error("boom"))}`;
  const folded = foldStack(message);
  assert.is(folded[0], "sync failed: Error: boom");
  assert.ok(folded.length <= 5, folded.join("\n"));
  assert.ok(folded.slice(1).every((line) => line.startsWith("    ")));
});

test.run();
