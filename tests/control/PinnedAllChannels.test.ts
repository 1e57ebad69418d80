// The All Channels hint on the input device (issue 18, point 9) leaves once the track's input channel is
// set, and does not come back: played as bytes into the real input device (p0-input.js), the channel
// changed on the track in the simulated Live.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ALL_CHANNELS_HINT, FROM_BUNDLE } from "../../src/wire/DeviceMessages";
import { inputDevicePath, inputSet } from "../support/inputTracks";
import { rigWith } from "../support/rigWith";

const INPUT_TRACK = "live_set tracks 1";

async function hinted() {
  const { rig, set } = await rigWith(inputSet("All Channels"));
  const input = rig.addInputDevice(inputDevicePath(0));
  await rig.advance(200);
  input.play([0xb0, 1, 1]);
  await rig.advance(200);
  assert.is(input.shownChannel, ALL_CHANNELS_HINT, "the hint is shown");
  return { rig, set, input };
}

const warnings = (rig: { fromNode: unknown[][] }): number => rig.fromNode.filter((atoms) => atoms[0] === "status" && String(atoms.slice(1).join(" ")).includes("All Channels")).length;

test("the hint leaves once the track's channel is set, and stays away (past the warnings' one-second repeat)", async () => {
  const { rig, set, input } = await hinted();
  const before = warnings(rig);
  await rig.advance(1500);
  set.setProperty(INPUT_TRACK, "input_routing_channel", { display_name: "Ch. 4" });
  await rig.advance(200);
  assert.is(input.shownChannel, "4");
  input.play([0xb0, 1, 1]);
  await rig.advance(1500);
  assert.is(input.shownChannel, "4", "still the channel alone");
  assert.is(warnings(rig), before, "no new warning about All Channels");
});

test("a hint still on its way when the channel is set does not come back over the channel", async () => {
  const { rig, set, input } = await hinted();
  set.setProperty(INPUT_TRACK, "input_routing_channel", { display_name: "Ch. 4" });
  await rig.advance(1500);
  let raced = false;
  rig.wire.tap((message) => {
    // The main device tells the hint again just as the musician picks a channel.
    if (raced || message.to !== "patcher" || message.atoms[0] !== FROM_BUNDLE.inputWarning || message.atoms.length < 3) return;
    raced = true;
    set.setProperty(INPUT_TRACK, "input_routing_channel", { display_name: "Ch. 4" });
  });
  set.setProperty(INPUT_TRACK, "input_routing_channel", { display_name: "All Channels" });
  await rig.advance(200);
  assert.ok(raced, "the hint crossed the channel change");
  assert.is(input.shownChannel, "4", "the channel is shown, not the hint");
});

test.run();
