// The log files' size cap (issue 18, point 9): neither protocol0.log nor the previous file it moves to
// ever passes it, even with a record longer than the cap; such a record is cut and says so.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PREVIOUS_LOG_FILE, createLogFile } from "../../src/log/LogFile";
import { parseLogLine } from "../../src/log/LogLine";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

const CAP = 300;

test("a record longer than the cap is cut to fit: after every record, both files are within the cap and every line parses", () => {
  const dir = temporaryFolder("p0-log-cap");
  const file = createLogFile({ dir, maxBytes: CAP, now: () => new Date(0) });
  const previous = join(dir, PREVIOUS_LOG_FILE);
  const size = (path: string): number => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  const records = ["short", "é".repeat(400), "a name with\nline breaks\\".repeat(30), "short again", "x".repeat(CAP), "last"];
  for (const [i, message] of records.entries()) {
    file.sink({ level: "warn", message });
    assert.ok(size(file.path) <= CAP, `after record ${i}: protocol0.log is ${size(file.path)} bytes`);
    assert.ok(size(previous) <= CAP, `after record ${i}: ${PREVIOUS_LOG_FILE} is ${size(previous)} bytes`);
  }
  const lines = [previous, file.path].flatMap((path) => readFileSync(path, "utf8").trimEnd().split("\n")).map((line) => parseLogLine(line));
  assert.ok(lines.every((line) => line !== undefined), "every line parses");
  const cut = lines.filter((line) => line!.message.endsWith("(cut to fit the log file)"));
  assert.ok(cut.length >= 1, "the long records say they were cut");
  assert.is(lines[lines.length - 1]!.message, "last");
});

test.run();
