// Warnings reach the device (issue 13, point 10): MIDI no group maps, a gesture with no action and an
// input track on All Channels show on the status line and in the log, played as bytes into the real
// input device (p0-input.js); a repeated one at most once a second.
import { test } from "uvu";
import defaultMapping from "../../src/control/defaultMapping.json";
import * as assert from "uvu/assert";
import { inputDevicePath, inputSet } from "../support/inputTracks";
import { rigWith } from "../support/rigWith";
import { ALL_CHANNELS_HINT } from "../../src/wire/DeviceMessages";

const statuses = (rig: { fromNode: unknown[][] }): string[] =>
  rig.fromNode.filter((atoms) => atoms[0] === "status").map((atoms) => atoms.slice(1).join(" "));

test("an input track on All Channels with a mapping whose groups own channels: told at once", async () => {
  const { rig } = await rigWith(inputSet("All Channels"));
  const input = rig.addInputDevice(inputDevicePath(0));
  await rig.advance(200);
  input.play([0xb0, 1, 1]);
  await rig.advance(200);
  const groups = defaultMapping.groups.map((group) => `${group.name} ${group.addressing.channel}`).join(", ");
  assert.ok(groups.startsWith("Main 4, Cut 8, Set 3, Log 9, Test 16"), groups);
  const warning = `warn Input track "EC4 1" is on All Channels: set its input channel to a group's (${groups})`;
  assert.ok(statuses(rig).includes(warning), statuses(rig).join("\n"));
  assert.ok(rig.posts("warn").some((line) => line.includes("is on All Channels")), "and in the log");
  assert.is(input.shownChannel, ALL_CHANNELS_HINT, "the input device shows it beside its channel");
});

test("MIDI that matches no group, and a gesture with no action, are told on the status line", async () => {
  const { rig } = await rigWith(inputSet("Ch. 12", "Ch. 4"));
  await rig.advance(200);
  const unmapped = rig.addInputDevice(inputDevicePath(0));
  for (let i = 0; i < 5; i++) unmapped.play([0xb0, 3, 1]);
  await rig.advance(200);
  assert.equal(statuses(rig).filter((s) => s.includes("is not mapped")), ["warn EC4 channel 12 CC 3 is not mapped"], "five in a burst: once");
  // Main knob 2 has no press in the default mapping (its push is note 1).
  const main = rig.addInputDevice(inputDevicePath(1));
  main.play([0x90, 1, 127, 0x80, 1, 0]);
  await rig.advance(200);
  assert.ok(statuses(rig).some((s) => s.startsWith("warn Main knob 2") && s.endsWith("no action for press")), statuses(rig).join("\n"));
});

test.run();
