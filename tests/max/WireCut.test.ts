// Max cuts string atoms longer than 32,767 characters on a cord; the rig fails loudly when it happens.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MAX_CUT_CHARS } from "../../src/wire/liveApiCosts";
import type { Atom } from "../../src/wire/protocol";
import { Rig } from "../../src/sim/max/Rig";
import { Wire } from "../../src/sim/max/Wire";
import { loadSet } from "../sim/simSets";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

test("a 32,768-character atom arrives cut to its first 32,767 characters and is recorded; a 32,767 one is kept", () => {
  const wire = new Wire();
  const got: Atom[][] = [];
  wire.connect("node", (atoms) => got.push(atoms));
  const kept = "k".repeat(MAX_CUT_CHARS);
  const long = "a".repeat(MAX_CUT_CHARS) + "b";
  wire.send("node", ["lom_reply", kept, 7]);
  wire.send("node", ["lom_reply", long]);
  wire.drain();
  assert.is(MAX_CUT_CHARS, 32767);
  assert.is(got[0][1], kept);
  assert.is(got[0][2], 7);
  assert.is(got[1][1], "a".repeat(MAX_CUT_CHARS));
  assert.equal(wire.cutAtoms, [{ to: "node", length: 32768, selector: "lom_reply" }]);
  assert.is(wire.longestAtom.node, 32768);
  assert.is(wire.longestAtom.shim, 0);
  assert.is(wire.maxAtomChars, 32768);
});

test("the longest atom is kept per direction, and cross applies the same rules off the queue", () => {
  const wire = new Wire();
  wire.connect("shim", () => {});
  wire.connect("patcher", () => {});
  wire.send("shim", ["lom_batch", "x".repeat(100)]);
  wire.send("patcher", ["status", "y".repeat(10)]);
  wire.drain();
  const named = wire.cross("named", ["p0_status", "z".repeat(MAX_CUT_CHARS + 5)]);
  assert.is(String(named[1]).length, MAX_CUT_CHARS);
  assert.equal(wire.longestAtom, { node: 0, shim: 100, patcher: 10, named: MAX_CUT_CHARS + 5, input: 0, comment: 0 });
  assert.equal(wire.cutAtoms, [{ to: "named", length: MAX_CUT_CHARS + 5, selector: "p0_status" }]);
});

test("the rig's settle throws naming the cut atom, once, and keeps it in failures", async () => {
  const rig = new Rig({ set: loadSet("demo") });
  rig.wire.send("patcher", ["status", "s".repeat(40000)]);
  try {
    await rig.settle();
    assert.unreachable("settle should throw");
  } catch (error) {
    assert.instance(error, Error);
    const text = (error as Error).message;
    assert.ok(text.includes("40000") && text.includes("patcher"), text);
  }
  assert.is(rig.failures.length, 1);
  assert.ok(rig.failures[0].includes("40000"));
  // reported once: the next settle is quiet
  await rig.settle();
  assert.is(rig.fromNode.length, 1);
  assert.is(String(rig.fromNode[0][1]).length, MAX_CUT_CHARS);
});

test("a kept 32,767-character atom does not fail the rig", async () => {
  const rig = new Rig({ set: loadSet("demo") });
  rig.wire.send("patcher", ["status", "s".repeat(MAX_CUT_CHARS)]);
  await rig.settle();
  assert.equal(rig.failures, []);
});

test("atoms between the shim and node.script are cut in both directions; the shim's messnamed goes through the same rules", async () => {
  const dir = temporaryFolder("p0-cut");
  const shimPath = join(dir, "shim.js");
  const bundlePath = join(dir, "bundle.js");
  writeFileSync(
    shimPath,
    `function ready() {}
function echo(text) { outlet(0, "reply", text + text); }
function shout(text) { messnamed("p0_named", text + text); }`,
  );
  writeFileSync(
    bundlePath,
    `const max = require("max-api");
const got = [];
max.addHandler("reply", (text) => got.push(text.length));
max.outlet("p0_ready"); // the main device lets nothing into node.script before it
module.exports = { got };`,
  );
  const rig = new Rig({ set: loadSet("demo"), shimPath, bundlePath });
  await rig.start();
  const bundle = rig.bundle as { got: number[] };
  rig.wire.send("shim", ["echo", "q".repeat(20000)]);
  await rig.settle().then(
    () => assert.unreachable("the reply of 40,000 characters is cut"),
    (error: Error) => assert.ok(error.message.includes("40000") && error.message.includes("node"), error.message),
  );
  assert.equal(bundle.got, [MAX_CUT_CHARS]);
  rig.wire.send("shim", ["shout", "n".repeat(20000)]);
  await rig.settle().then(
    () => assert.unreachable("the named message is cut"),
    (error: Error) => assert.ok(error.message.includes("named"), error.message),
  );
  assert.is(String(rig.named[0].atoms[0]).length, MAX_CUT_CHARS);
  assert.is(rig.failures.length, 2);
  rig.stopMetro();
});

test.run();
