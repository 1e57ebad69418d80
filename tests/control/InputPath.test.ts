// Controller input the way the device gets it: raw bytes, folded to channel 1 by Live, into the real
// p0-input.js on each input track (Rig.addInputDevice), tagged with that track's input_routing_channel,
// through [send p0_midi] into node.script, to the group the channel (or the CC number) addresses.
import { bindingName } from "../../src/control/Mapping";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { encoderNote, type MappingDocument } from "../../src/control/Mapping";
import type { InputDevice } from "../../src/sim/max/InputDevice";
import { inputDevicePath, inputSet } from "../support/inputTracks";
import { rigWith, type Running } from "../support/rigWith";

// Default mapping: Main on channel 4 (knob 1: tap tempo / tempo), Cut on channel 8 (knob 1: clip start).
/** An EC4 group has 16 knobs. */
const KNOBS_PER_GROUP = 16;

interface Wired extends Running {
  inputs: InputDevice[];
  calls: string[];
  play(input: InputDevice, bytes: number[]): Promise<void>;
}

async function wired(...channels: string[]): Promise<Wired> {
  const running = await rigWith(inputSet(...channels));
  const inputs = channels.map((_, i) => running.rig.addInputDevice(inputDevicePath(i)));
  const calls: string[] = [];
  const { registry } = running.app.control;
  // The path to each action is under test, not its guard: none refuses.
  for (const { id } of registry.all()) registry.implement(id, () => void calls.push(id), () => undefined);
  const play = async (input: InputDevice, bytes: number[]): Promise<void> => {
    input.play(bytes);
    await running.rig.settle();
  };
  return Object.assign(running, { inputs, calls, play });
}

/** Control change on channel 1: what Live hands a device whatever channel the controller used. */
const cc = (controller: number, value: number): number[] => [0xb0, controller, value];

test("two input tracks on Ch. 4 and Ch. 8: the same bytes reach Main and Cut", async () => {
  const r = await wired("Ch. 4", "Ch. 8");
  const [main, cut] = r.inputs;
  assert.equal([main.shownChannel, cut.shownChannel], ["4", "8"]);
  await r.play(main, cc(1, 1));
  await r.play(cut, cc(1, 1));
  await r.play(main, [0x90, 0, 127, 0x80, 0, 0]);
  assert.equal(r.calls, ["transport.tempo", "clip.start", "transport.tapTempo"]);
  assert.equal(r.rig.posts("error"), []);
});

test("bytes of one message split across deliveries, with the other track's in between, stay one message", async () => {
  const r = await wired("Ch. 4", "Ch. 8");
  const [main, cut] = r.inputs;
  await r.play(main, [0xb0, 1]);
  await r.play(cut, [0xb0, 2, 1]);
  await r.play(main, [1]);
  assert.equal(r.calls, ["clip.end", "transport.tempo"]);
});

test("a track whose input channel changes moves its knobs to the group of the new channel", async () => {
  const r = await wired("Ch. 4");
  const [input] = r.inputs;
  r.set.setProperty("live_set tracks 1", "input_routing_channel", { display_name: "Ch. 8" });
  await r.rig.settle();
  assert.is(input.shownChannel, "8");
  await r.play(input, cc(1, 1));
  assert.equal(r.calls, ["clip.start"]);
});

test("one track on All Channels: the groups share channel 1, each on its own CC range", async () => {
  const r = await wired("All Channels");
  const doc = JSON.parse(JSON.stringify(r.app.control.store.active)) as MappingDocument;
  // As many groups as 16-knob ranges fit in CC 1..127: seven.
  doc.groups = doc.groups.slice(0, Math.floor(127 / KNOBS_PER_GROUP));
  doc.groups.forEach((group, index) => {
    const offset = index * KNOBS_PER_GROUP;
    group.addressing = { channel: 1, ccRange: { from: offset + 1, to: offset + KNOBS_PER_GROUP } };
    for (const encoder of group.encoders) encoder.cc += offset;
  });
  const loaded = r.app.control.store.load(doc);
  assert.ok(loaded.ok, JSON.stringify(loaded));
  const [input] = r.inputs;
  assert.is(input.shownChannel, "all");
  // The Device group's knobs need a selected device (Keys, track 0, is the selected track).
  const operator = r.set.addDevice("live_set tracks 0", { name: "Operator", type: "instrument", parameters: [{ name: "Tone" }] });
  r.set.callFunction("live_set view", "select_device", "id", operator.id);
  // Each group's first knob, turned and pushed as its mapping says.
  const expected: string[] = [];
  for (const { encoders } of doc.groups) {
    const knob = encoders[0];
    if (knob.scroll !== undefined) {
      await r.play(input, cc(knob.cc, 1));
      expected.push(bindingName(knob.scroll));
    }
    if (knob.press !== undefined) {
      await r.play(input, [0x90, encoderNote(knob), 127, 0x80, encoderNote(knob), 0]);
      expected.push(bindingName(knob.press));
    }
  }
  assert.ok(expected.length > doc.groups.length, "some groups were turned and pushed");
  assert.equal(r.calls, expected);
  assert.equal(r.rig.posts("error"), []);
});

test.run();
