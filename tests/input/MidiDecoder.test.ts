import { test } from "uvu";
import * as assert from "uvu/assert";
import { createMidiDecoder } from "../../src/input/MidiDecoder";
import type { MidiMessage } from "../../src/input/MidiMessage";

function decode(bytes: unknown[]) {
  const messages: MidiMessage[] = [];
  const drops: string[] = [];
  const decoder = createMidiDecoder((message) => messages.push(message), (reason) => drops.push(reason));
  for (const byte of bytes) decoder.push(byte);
  return { messages, drops };
}

test("note on, note off, and note on with velocity 0 as note off", () => {
  const { messages, drops } = decode([0x93, 60, 100, 0x83, 60, 64, 0x93, 61, 0]);
  assert.equal(messages, [
    { type: "noteOn", channel: 4, note: 60, velocity: 100 },
    { type: "noteOff", channel: 4, note: 60, velocity: 64 },
    { type: "noteOff", channel: 4, note: 61, velocity: 0 },
  ]);
  assert.equal(drops, []);
});

test("control change on channel 16", () => {
  assert.equal(decode([0xbf, 7, 127]).messages, [{ type: "controlChange", channel: 16, controller: 7, value: 127 }]);
});

test("running status continues a channel message", () => {
  const { messages } = decode([0xb0, 1, 1, 2, 127, 3, 65]);
  assert.equal(
    messages.map((m) => (m.type === "controlChange" ? [m.controller, m.value] : [])),
    [[1, 1], [2, 127], [3, 65]],
  );
});

test("program change, channel pressure, poly aftertouch and pitch bend are recognised and ignored", () => {
  const { messages, drops } = decode([0xc0, 5, 0xd0, 90, 0xa0, 60, 30, 0xe0, 0, 64, 0xb0, 1, 1]);
  assert.equal(messages, [{ type: "controlChange", channel: 1, controller: 1, value: 1 }]);
  assert.equal(drops, []);
});

test("running status for 1-byte messages (program change) keeps the data alignment", () => {
  const { messages } = decode([0xc2, 1, 2, 3, 0x92, 10, 20]);
  assert.equal(messages, [{ type: "noteOn", channel: 3, note: 10, velocity: 20 }]);
});

test("sysex of any length is skipped, data bytes inside it included", () => {
  const long = Array.from({ length: 5000 }, (_, i) => i % 128);
  const { messages, drops } = decode([0xf0, ...long, 0xf7, 0x90, 1, 1, 0xf0, 0xf7, 0xb0, 2, 2]);
  assert.equal(messages.length, 2);
  assert.equal(drops, []);
});

test("real-time bytes interleaved inside messages and sysex change nothing", () => {
  const { messages, drops } = decode([0x90, 0xf8, 60, 0xfa, 0xfe, 100, 0xf0, 1, 0xf8, 2, 0xff, 0xf7, 0xb1, 0xfc, 7, 0xf9, 3]);
  assert.equal(messages, [
    { type: "noteOn", channel: 1, note: 60, velocity: 100 },
    { type: "controlChange", channel: 2, controller: 7, value: 3 },
  ]);
  assert.equal(drops, []);
});

test("system common messages are consumed with their data and cancel running status", () => {
  const { messages, drops } = decode([0xb0, 1, 1, 0xf1, 5, 0xf2, 1, 2, 0xf3, 4, 0xf6, 9, 9, 0x90, 1, 1]);
  assert.equal(messages.length, 2, "the CC and the final note on");
  assert.equal(drops.length, 2, "the two data bytes after tune request have no status");
});

test("a truncated message is dropped with a reason and the next message still decodes", () => {
  const { messages, drops } = decode([0x90, 60, 0xb0, 1, 2]);
  assert.equal(messages, [{ type: "controlChange", channel: 1, controller: 1, value: 2 }]);
  assert.equal(drops.length, 1);
  assert.match(drops[0], /truncated/);
});

test("a sysex cut short by a status byte is reported; the new message decodes", () => {
  const { messages, drops } = decode([0xf0, 1, 2, 0x90, 5, 6]);
  assert.equal(messages, [{ type: "noteOn", channel: 1, note: 5, velocity: 6 }]);
  assert.match(drops[0], /sysex/);
});

test("stray data, stray F7, undefined status bytes are dropped", () => {
  const { messages, drops } = decode([5, 0xf7, 0xf4, 1, 0xf5, 0x80, 1, 1]);
  assert.equal(messages, [{ type: "noteOff", channel: 1, note: 1, velocity: 1 }]);
  assert.equal(drops.length, 5);
});

test("values that are not MIDI bytes are dropped without breaking the message under way", () => {
  const { messages, drops } = decode([0x90, -1, 256, NaN, 1.5, "60", null, 60, 100]);
  assert.equal(messages, [{ type: "noteOn", channel: 1, note: 60, velocity: 100 }]);
  assert.equal(drops.length, 6);
});

test.run();
