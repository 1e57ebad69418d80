// The fake [js] host: Max's dispatch by message name, outlet/post, Task on the virtual clock, Dict.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/wire/protocol";
import { Clock } from "../../src/sim/max/Clock";
import { DictStore } from "../../src/sim/max/DictStore";
import { FakeMaxApi } from "../../src/sim/max/FakeMaxApi";
import type { ConsoleLevel } from "../../src/sim/max/ShimHost";
import { ShimHost } from "../../src/sim/max/ShimHost";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

// An ES5 [js] script exercising what Max gives a [js] object.
const SCRIPT = `
inlets = 1;
outlets = 1;
var ticks = 0;
var task = null;
function msg_int(n) { outlet(0, "int", n); }
function msg_float(x) { outlet(0, "float", x); }
function list() { outlet(0, "list", arrayfromargs(arguments)); }
function named(a, b) { outlet(0, "named", [a, b]); }
function anything() { outlet(0, "anything", messagename, arrayfromargs(arguments)); }
function boom() { throw new Error("kaboom"); }
function chat() { post("hello", 1, "\\n"); error("bad thing\\n"); }
function later(delay) {
  task = new Task(function (tag) { ticks++; outlet(0, "task", tag, ticks); }, this, "t");
  task.schedule(delay);
}
function repeat3() {
  task = new Task(function () { outlet(0, "rep", arguments.callee.task.iterations); });
  task.interval = 10;
  task.repeat(3);
}
function stop() { task.cancel(); }
function writedict(name) { var d = new Dict(name); d.set("a::b", 1, 2); d.set("name", "x"); }
function readdict(name) { var d = new Dict(name); outlet(0, "dict", d.get("from_node"), d.contains("nope")); }
`;

function setup() {
  const dir = temporaryFolder("shimhost");
  const path = join(dir, "probe.js");
  writeFileSync(path, SCRIPT);
  const clock = new Clock();
  const dicts = new DictStore();
  const out: Atom[][] = [];
  const posts: [ConsoleLevel, string][] = [];
  const host = new ShimHost({
    path,
    liveApi: undefined,
    clock,
    dicts,
    sinks: { outlet: (_i, atoms) => out.push(atoms), post: (level, text) => posts.push([level, text]), named: () => {} },
  });
  return { host, clock, dicts, out, posts };
}

test("numbers call msg_int / msg_float, a list calls list, a symbol its function, else anything", () => {
  const { host, out } = setup();
  host.deliver([3]);
  host.deliver([2.5]);
  host.deliver([1, 2, 3]);
  host.deliver(["named", "a", 7]);
  host.deliver(["whatever", 1, "b"]);
  assert.equal(out, [
    ["int", 3],
    ["float", 2.5],
    ["list", 1, 2, 3],
    ["named", "a", 7],
    ["anything", "whatever", 1, "b"],
  ]);
});

test("post and error reach the console with levels; a throwing handler is reported, not thrown", () => {
  const { host, posts } = setup();
  host.deliver(["chat"]);
  assert.not.throws(() => host.deliver(["boom"]));
  assert.equal(posts, [
    ["info", "hello 1 "],
    ["error", "bad thing"],
    ["error", "js: probe.js: kaboom"],
  ]);
});

test("Task.schedule runs on the clock, never synchronously, with its arguments and object", () => {
  const { host, clock, out } = setup();
  host.deliver(["later", 0]);
  assert.equal(out, []);
  assert.ok(clock.runNextDue());
  assert.equal(out, [["task", "t", 1]]);
  host.deliver(["later", 50]);
  clock.advance(49);
  assert.is(out.length, 1);
  clock.advance(1);
  assert.equal(out[1], ["task", "t", 2]);
});

test("Task.repeat runs n times at its interval; cancel stops it", () => {
  const { host, clock, out } = setup();
  host.deliver(["repeat3"]);
  clock.advance(100);
  assert.equal(out, [
    ["rep", 1],
    ["rep", 2],
    ["rep", 3],
  ]);
  host.deliver(["later", 10]);
  host.deliver(["stop"]);
  clock.advance(100);
  assert.is(out.length, 3);
});

test("Dict in the [js] and max-api's dict functions share one store", async () => {
  const { host, dicts, out } = setup();
  const max = new FakeMaxApi({ outlet: () => {}, post: () => {} }, dicts).module;
  host.deliver(["writedict", "shared"]);
  assert.equal(await max.getDict("shared"), { a: { b: [1, 2] }, name: "x" });
  await max.updateDict("shared", "from_node", [4, 5]);
  host.deliver(["readdict", "shared"]);
  assert.equal(out, [["dict", 4, 5, 0]]);
});

test.run();
