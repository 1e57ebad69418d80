// loadBundle evaluates a CommonJS file as node.script starts it: max-api injected, fresh state per start.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/wire/protocol";
import { DictStore } from "../../src/sim/max/DictStore";
import { FakeMaxApi } from "../../src/sim/max/FakeMaxApi";
import { loadBundle } from "../../src/sim/max/loadBundle";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

function file(code: string): string {
  const path = join(temporaryFolder("bundle"), "bundle.js");
  writeFileSync(path, code);
  return path;
}

const COUNTER = file(`
const max = require("max-api");
const { basename } = require("node:path");
let starts = 0;
starts++;
max.addHandler("ping", (n) => max.outlet("pong", n + starts, basename(__filename)));
module.exports = { starts: () => starts };
`);

function api(out: Atom[][]) {
  return new FakeMaxApi({ outlet: (atoms) => out.push(atoms), post: () => {} }, new DictStore());
}

test("require('max-api') is the given fake; other modules come from Node", () => {
  const out: Atom[][] = [];
  const max = api(out);
  loadBundle(COUNTER, max.module);
  max.scriptLoaded();
  max.deliver(["ping", 1]);
  assert.equal(out, [["pong", 2, "bundle.js"]]);
});

test("each load is a fresh start: module state begins again", () => {
  const first = loadBundle(COUNTER, api([]).module) as { starts(): number };
  const second = loadBundle(COUNTER, api([]).module) as { starts(): number };
  assert.is(first.starts(), 1);
  assert.is(second.starts(), 1);
  assert.is.not(first, second);
});

test("a missing file or a throwing top level is a clear error naming the file", () => {
  assert.throws(() => loadBundle("/nonexistent/protocol0.js", api([]).module), /cannot read the bundle \/nonexistent\/protocol0\.js/);
  const broken = file(`throw new Error("no config");`);
  assert.throws(() => loadBundle(broken, api([]).module), (e: Error) => e.message.includes(broken) && e.message.includes("no config"));
});

test.run();
