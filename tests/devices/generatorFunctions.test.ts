// Generated patchers stay reviewable: no function of the generators (scripts/patchers) is longer than
// GENERATOR_FUNCTION_LINES lines of code, blank lines and comment lines aside (issue 19, point 5).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { root } from "./deviceFiles";

const GENERATOR_FUNCTION_LINES = 40;
const GENERATORS = "scripts/patchers";

/** A line that opens a function: a declaration, a method, a constructor or an arrow with a body. */
const OPENS = /^\s*(?:export\s+)?(?:async\s+)?function\s+(\w+)|^\s*(?:(?:private|public|protected|static|async)\s+)*(\w+)\s*\(.*\)\s*(?::\s*[^=]+)?\{\s*$|=>\s*\{\s*$/;

/** A line's braces as code counts them: strings, template texts and comments stripped. */
function braces(line: string): number {
  const code = line.replace(/\/\/.*$/, "").replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "");
  return (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
}

/** Each function of `text` (declarations, methods, arrows with a body) and its lines of code. */
export function functionLengths(file: string, text: string): { name: string; lines: number }[] {
  const lines = text.split("\n");
  const found: { name: string; lines: number }[] = [];
  lines.forEach((line, first) => {
    const opens = OPENS.exec(line);
    if (!opens || /^\s*(if|for|while|switch|catch)\b/.test(line)) return;
    let depth = 0;
    let last = first;
    for (; last < lines.length; last++) {
      depth += braces(lines[last] ?? "");
      if (depth <= 0 && last > first) break;
      if (depth <= 0 && last === first && /\{\s*\}/.test(line)) break;
    }
    const code = lines.slice(first, last + 1).filter((body) => !/^\s*(\/\/.*|\/\*.*|\*.*)?$/.test(body)).length;
    found.push({ name: `${file}: ${opens[1] ?? opens[2] ?? `(function at line ${first + 1})`}`, lines: code });
  });
  return found;
}

test("the measure counts a function's lines of code, its comments and blank lines aside", () => {
  const text = ["function f(): void {", "  // why", "", "  a();", "  /** doc */", "  const g = () => {", "    b(\"}\");", "  };", "}"].join("\n");
  assert.equal(functionLengths("x.ts", text), [
    { name: "x.ts: f", lines: 6 },
    { name: "x.ts: (function at line 6)", lines: 3 },
  ]);
});

test(`no generator function is longer than ${GENERATOR_FUNCTION_LINES} lines of code`, () => {
  const files = readdirSync(join(root, GENERATORS)).filter((name) => name.endsWith(".ts"));
  assert.ok(files.length > 10, "the generators are found");
  const long = files
    .flatMap((name) => functionLengths(name, readFileSync(join(root, GENERATORS, name), "utf8")))
    .filter((fn) => fn.lines > GENERATOR_FUNCTION_LINES);
  assert.equal(long, []);
});

test.run();
