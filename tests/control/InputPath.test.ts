// Controller input the way the device gets it: raw bytes, folded to channel 1 by Live, into the real
// p0-input.js on each input track (Rig.addInputDevice), tagged with that track's input_routing_channel,
// through [send p0_midi] into node.script, to the group the channel (or the CC number) addresses.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { MappingDocument } from "../../src/control/Mapping";
import type { InputDevice } from "../../src/sim/max/InputDevice";
import { inputDevicePath, inputSet } from "../support/inputTracks";
import { rigWith, type Running } from "../support/rigWith";

// Default mapping: Main on channel 4 (knob 1: tap tempo / tempo), Cut on channel 8 (knob 1: clip start).
const RECORDED = ["transport.tapTempo", "transport.tempo", "clip.start", "clip.end"];

interface Wired extends Running {
  inputs: InputDevice[];
  calls: string[];
  play(input: InputDevice, bytes: number[]): Promise<void>;
}

async function wired(...channels: string[]): Promise<Wired> {
  const running = await rigWith(inputSet(...channels));
  const inputs = channels.map((_, i) => running.rig.addInputDevice(inputDevicePath(i)));
  const calls: string[] = [];
  for (const id of RECORDED) running.app.control.registry.implement(id, () => void calls.push(id));
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

test("one track on All Channels: groups sharing channel 1 are told apart by their CC ranges", async () => {
  const r = await wired("All Channels");
  const doc = JSON.parse(JSON.stringify(r.app.control.store.active)) as MappingDocument;
  const main = doc.groups.find((group) => group.name === "Main");
  const cut = doc.groups.find((group) => group.name === "Cut");
  assert.ok(main && cut);
  main.addressing = { channel: 1, ccRange: { from: 1, to: 16 } };
  cut.addressing = { channel: 1, ccRange: { from: 33, to: 48 } };
  for (const encoder of cut.encoders) encoder.cc += 32;
  const loaded = r.app.control.store.load(doc);
  assert.ok(loaded.ok, JSON.stringify(loaded));
  const [input] = r.inputs;
  assert.is(input.shownChannel, "all");
  await r.play(input, [...cc(1, 1), ...cc(33, 1), ...cc(34, 127), 0x90, 0, 127]);
  assert.equal(r.calls, ["transport.tempo", "clip.start", "clip.end", "transport.tapTempo"]);
  assert.equal(r.rig.posts("error"), []);
});

test.run();
