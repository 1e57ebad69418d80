// The fake Max wire files the platform probe's deliberate long atoms apart from the device's traffic, and
// only those: every other cut still fails the rig, and the bundle can send no other long atom.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MAX_CUT_CHARS } from "../../src/wire/liveApiCosts";
import { encodeOp } from "../../src/lom/OpCodec";
import type { Atom } from "../../src/wire/protocol";
import { PROBE_LENGTHS, probeText } from "../../src/wire/protocol";
import { Rig } from "../../src/sim/max/Rig";
import { Wire } from "../../src/sim/max/Wire";
import { loadSet } from "../sim/simSets";

test("probe texts: the same text every time, each a prefix of the longer ones, so a cut at 32,767 is the 32,767 probe", () => {
  assert.equal(PROBE_LENGTHS, [30000, 32767, 32768]);
  for (const n of PROBE_LENGTHS) assert.is(probeText(n).length, n);
  assert.is(probeText(32768).slice(0, MAX_CUT_CHARS), probeText(32767));
  assert.ok(probeText(32767).startsWith(probeText(30000)));
  assert.match(probeText(30000), /^p0probe-/, "starts with a letter: never read as a number");
});

test("the wire cuts a probe text like any atom but files it as the probe's: no cut atom, no longest atom", () => {
  const wire = new Wire();
  const got: Atom[][] = [];
  wire.connect("shim", (atoms) => got.push(atoms));
  wire.send("shim", ["lom_batch", 1, 0, "length", probeText(32768)]);
  wire.drain();
  assert.is(String(got[0][4]), probeText(32767));
  assert.equal(wire.probeAtoms, [{ to: "shim", length: 32768, cut: true }]);
  assert.equal(wire.cutAtoms, []);
  assert.is(wire.maxAtomChars, "lom_batch".length, "only the selector and opcode count");
  assert.ok(wire.symbols.has(probeText(32767)) && !wire.symbols.has(probeText(32768)), "the cut text is what Max interns");
});

test("anything else over 32,767 still fails the rig: another text of a probe length, or a probe text one character longer", async () => {
  for (const atom of ["q".repeat(32768), probeText(32767).slice(0, 32766) + "Z!", probeText(32768) + "p"]) {
    const rig = new Rig({ set: loadSet("flat") });
    rig.wire.send("patcher", ["status", atom]);
    try {
      await rig.settle();
      assert.unreachable(`a ${atom.length}-character atom should fail the rig`);
    } catch (error) {
      assert.match((error as Error).message, /Max cut a string atom of/);
    }
    assert.is(rig.wire.probeAtoms.length, 0);
  }
});

test("the bundle sends a long atom only as the length probe, and only a probe length", () => {
  assert.equal(encodeOp({ op: "length", chars: 32768 }, () => 0), ["length", probeText(32768)]);
  assert.throws(() => encodeOp({ op: "length", chars: 31000 }, () => 0), /probe lengths/);
  assert.throws(() => encodeOp({ op: "text", chars: 40000 }, () => 0), /probe lengths/);
  assert.throws(() => encodeOp({ op: "get", target: 1, prop: probeText(32767) }, () => 0), /too long/);
});

test.run();
