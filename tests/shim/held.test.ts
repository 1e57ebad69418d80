// The real device/lom-shim.js counting the controller messages the inbox [gate] held back while the
// script was not ready, and reporting them once (src/shim/held.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MSG_MIDI_DROPPED, MSG_MIDI_HELD, MSG_MIDI_REPORT } from "../../src/wire/protocol";
import { ShimHarness } from "./ShimHarness";

test("held messages are reported as one count at the next report, then the count starts over", () => {
  const shim = new ShimHarness();
  shim.send(MSG_MIDI_HELD, "midi", "cc", 1, 10, 65);
  shim.send(MSG_MIDI_HELD, "midi", "note", 1, 36, 127);
  assert.equal(shim.toNode, [], "counted, nothing sent while the gate is shut");
  shim.send(MSG_MIDI_REPORT);
  assert.equal(shim.toNode, [[MSG_MIDI_DROPPED, 2]]);
  shim.send(MSG_MIDI_REPORT);
  assert.equal(shim.toNode, [[MSG_MIDI_DROPPED, 2]], "nothing held since: nothing reported");
  shim.send(MSG_MIDI_HELD, "midi", "cc", 1, 10, 63);
  shim.send(MSG_MIDI_REPORT);
  assert.equal(shim.toNode.slice(1), [[MSG_MIDI_DROPPED, 1]]);
  assert.equal(shim.posts, [], "no console line");
});

test("the count needs no LiveAPI: it runs before [live.thisdevice] said ready, and costs no call", () => {
  const shim = new ShimHarness();
  const before = shim.blocks.length;
  shim.send(MSG_MIDI_HELD, "midi", "cc", 1, 10, 65);
  shim.send(MSG_MIDI_REPORT);
  assert.equal(shim.toNode, [[MSG_MIDI_DROPPED, 1]]);
  assert.equal(shim.blocks.slice(before).map((block) => block.calls), [0, 0]);
});

test.run();
