import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/wire/protocol";
import { DictStore } from "../../src/sim/max/DictStore";
import { FakeMaxApi } from "../../src/sim/max/FakeMaxApi";
import type { PostLevel } from "../../src/sim/max/FakeMaxApi";

function setup() {
  const outlets: Atom[][] = [];
  const posts: [PostLevel, string][] = [];
  const dicts = new DictStore();
  const api = new FakeMaxApi({ outlet: (atoms) => outlets.push(atoms), post: (level, text) => posts.push([level, text]) }, dicts);
  api.scriptLoaded();
  return { api, max: api.module, outlets, posts, dicts };
}

test("a named message calls its handlers with the atoms, numbers as numbers", () => {
  const { api, max } = setup();
  const calls: unknown[][] = [];
  max.addHandler("midi", (...args: Atom[]) => void calls.push(args));
  api.deliver(["midi", 176, 7, 127]);
  api.deliver(["midi", "x", 1.5]);
  assert.equal(calls, [
    [176, 7, 127],
    ["x", 1.5],
  ]);
});

test("bang, number and list go to the built-in message types; ALL gets (handled, selector, ...args)", () => {
  const { api, max } = setup();
  const log: unknown[][] = [];
  max.addHandlers({
    [max.MESSAGE_TYPES.BANG]: () => void log.push(["bang"]),
    [max.MESSAGE_TYPES.NUMBER]: (n: number) => void log.push(["number", n]),
    [max.MESSAGE_TYPES.LIST]: (...l: number[]) => void log.push(["list", ...l]),
    [max.MESSAGE_TYPES.ALL]: (...all: unknown[]) => void log.push(["all", ...all]),
  });
  api.deliver(["bang"]);
  api.deliver([3]);
  api.deliver([1, 2]);
  api.deliver(["unknown", "a"]);
  assert.equal(log, [
    ["bang"],
    ["all", true, "bang"],
    ["number", 3],
    ["all", true, "number", 3],
    ["list", 1, 2],
    ["all", true, "list", 1, 2],
    ["all", false, "unknown", "a"],
  ]);
});

test("removeHandler and removeHandlers stop delivery", () => {
  const { api, max } = setup();
  let a = 0;
  let b = 0;
  const ha = () => void a++;
  max.addHandler("x", ha);
  max.addHandler("x", () => void b++);
  max.removeHandler("x", ha);
  api.deliver(["x"]);
  max.removeHandlers("x");
  api.deliver(["x"]);
  assert.equal([a, b], [0, 1]);
});

test("outlet flattens arrays and sends objects as a dictionary; post takes a trailing level", async () => {
  const { max, outlets, posts, dicts } = setup();
  await max.outlet("status", [1, 2], "ok");
  await max.outletBang();
  await max.outlet({ a: 1 });
  await max.post("hello", { n: 1 });
  await max.post("bad", max.POST_LEVELS.ERROR);
  assert.equal(outlets.slice(0, 2), [["status", 1, 2, "ok"], ["bang"]]);
  assert.is(outlets[2][0], "dictionary");
  assert.equal(dicts.get(String(outlets[2][1])), { a: 1 });
  assert.equal(posts, [
    ["info", 'hello {"n":1}'],
    ["error", "bad"],
  ]);
});

test("a throwing or rejecting handler is reported on the console, not thrown at the sender", async () => {
  const { api, max, posts } = setup();
  max.addHandler("boom", () => {
    throw new Error("sync failure");
  });
  max.addHandler("later", async () => {
    throw new Error("async failure");
  });
  api.deliver(["boom"]);
  api.deliver(["later"]);
  await new Promise((done) => setImmediate(done));
  assert.is(posts.length, 2);
  assert.ok(posts[0][0] === "error" && posts[0][1].includes("sync failure"));
  assert.ok(posts[1][0] === "error" && posts[1][1].includes("async failure"));
});

test("getDict / setDict / updateDict share the dict store", async () => {
  const { max, dicts } = setup();
  await max.setDict("mapping", { groups: { a: 1 } });
  const updated = await max.updateDict("mapping", "groups.b.c", 2);
  assert.equal(updated, { groups: { a: 1, b: { c: 2 } } });
  assert.equal(await max.getDict("mapping"), dicts.get("mapping"));
  const copy = await max.getDict("mapping");
  (copy.groups as { a: number }).a = 99;
  assert.equal(dicts.get("mapping"), { groups: { a: 1, b: { c: 2 } } });
});

test("a dictionary message reaches DICT handlers with the dict's content", () => {
  const { api, max, dicts } = setup();
  dicts.set("d1", { x: [1, 2] });
  let got: unknown;
  max.addHandler(max.MESSAGE_TYPES.DICT, (d: unknown) => void (got = d));
  api.deliver(["dictionary", "d1"]);
  assert.equal(got, { x: [1, 2] });
});

test("a message arriving before the script has run is dropped with Max's line; once it ran, it is handled", () => {
  const posts: [PostLevel, string][] = [];
  const api = new FakeMaxApi({ outlet: () => undefined, post: (level, text) => posts.push([level, text]) }, new DictStore());
  const calls: unknown[][] = [];
  api.module.addHandler("ready", (...args: Atom[]) => void calls.push(args));
  api.deliver(["ready"]);
  api.deliver(["lom_ready"]);
  assert.equal(posts, [
    ["error", "Node script not ready can't handle message ready"],
    ["error", "Node script not ready can't handle message lom_ready"],
  ]);
  assert.equal(calls, []);
  api.scriptLoaded();
  api.deliver(["ready"]);
  assert.equal(calls, [[]]);
  assert.is(posts.length, 2);
});

test("a failing outlet rejects and sends nothing; a rejection nobody caught is reported once", async () => {
  const { api, max, outlets } = setup();
  api.outletFailure = new Error("socket closed");
  await max.outlet("status", "a").catch((error: Error) => assert.is(error.message, "socket closed"));
  void max.outlet("status", "b");
  await new Promise((done) => setImmediate(done));
  assert.equal(outlets, []);
  assert.equal(api.takeUnhandled().map((error) => error.message), ["socket closed"]);
  assert.equal(api.takeUnhandled(), []);
  api.outletFailure = null;
  await max.outlet("status", "c");
  assert.equal(outlets, [["status", "c"]]);
});

test.run();
