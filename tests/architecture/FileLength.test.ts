// One concept a file (issue 19: "No source file is over 300 lines, generated ones aside"): a file that grows
// past 300 lines holds more than one thing and is split where its concepts part.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const MAX_LINES = 300;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "fixtures" ? [] : sources(path);
    return /\.(ts|mjs)$/.test(name) && !name.includes(".generated.") ? [path] : [];
  });
}

test(`no source file is over ${MAX_LINES} lines, generated ones aside`, () => {
  const long = ["src", "scripts", "tests"]
    .flatMap(sources)
    .map((path) => ({ path, lines: readFileSync(path, "utf8").split("\n").length - 1 }))
    .filter((file) => file.lines > MAX_LINES)
    .map((file) => `${file.path}: ${file.lines}`);
  assert.equal(long, []);
});

test.run();
