import { test } from "uvu";
import * as assert from "uvu/assert";
import { readControllerMidi } from "../../src/control/EncoderRouter";
import { createHarness } from "./harness";

test("controller messages are checked on arrival", () => {
  const reasons: string[] = [];
  const read = (atoms: unknown[]) => readControllerMidi(atoms, (reason) => reasons.push(reason));
  assert.equal(read(["midi", "note", 9, 1, 2]), { kind: "note", channel: 9, number: 1, value: 2 });
  assert.equal(read(["cc", 9, 1, 2]), { kind: "cc", channel: 9, number: 1, value: 2 }, "the atoms after the selector, as max-api hands them");
  const bad = [
    ["midi", "note", 0, 1, 2],
    ["midi", "note", 17, 1, 2],
    ["midi", "cc", 1, 128, 2],
    ["midi", "cc", 1, 1, 1.5],
    ["midi", "note", 1, 1],
    ["midi", "note", 1, 1, 2, 3],
    ["midi", "note", "4", 1, 2],
    ["midi", "pitch", 1, 1, 2],
    ["midi", 4, 0x90, 1, 2],
  ];
  for (const atoms of bad) assert.is(read(atoms), undefined, JSON.stringify(atoms));
  assert.is(reasons.length, bad.length);
  assert.is(reasons[1], 'controller message "midi note 17 1 2" ignored: the channel must be 1 to 16');
  assert.match(reasons[8] ?? "", "are both Protocol0 devices of the same version?");
});

test("a bad message is a debug line, never a throw nor a warning", () => {
  const h = createHarness();
  h.router.receive(["midi", "note", 99, 0, 127]);
  h.router.receive(["midi", "note", 4, 0, 127]);
  assert.equal(h.ids(), ["transport.tapTempo"]);
  assert.equal(h.warnings(), []);
  assert.equal(h.errors(), []);
  assert.ok(h.logs.some((record) => record.level === "debug" && record.message.includes("the channel must be 1 to 16")));
});

test.run();
