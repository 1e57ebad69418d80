// Live's port from the EC4 to the input devices (src/sim/Ec4Port.ts), and the demo set laid out as a
// musician must lay out Live for the default mapping: one input track per group channel.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { MappingDocument } from "../../src/control/Mapping";
import defaultMapping from "../../src/control/defaultMapping.json";
import { Ec4Port } from "../../src/sim/Ec4Port";
import { startDemo } from "../../src/sim/Demo";
import { CC, NOTE } from "../../src/wire/ControllerMidi";
import { inputTrack } from "../support/inputTracks";
import { rigWith } from "../support/rigWith";

const mapping = defaultMapping as MappingDocument;

test("the demo set has one input track per group channel of the default mapping, each hearing only its channel", async () => {
  const { port } = await startDemo();
  const channels = mapping.groups.map((group) => group.addressing.channel);
  assert.is(port.inputs.length, channels.length);
  for (const group of mapping.groups) {
    const heard = port.listeners(group.addressing.channel);
    assert.equal(heard.map(({ track }) => track.name), [`EC4 ${group.name}`], group.name);
    assert.is(heard[0]!.device.shownChannel, String(group.addressing.channel), "the input device shows its channel");
  }
  const unused = Array.from({ length: 16 }, (_, i) => i + 1).filter((channel) => !channels.includes(channel));
  assert.equal(unused.flatMap((channel) => port.listeners(channel)), [], "no track hears a channel no group uses");
});

test("a track hears the EC4 on its channel or All Channels while monitored (In, or Auto and armed)", async () => {
  const { rig } = await rigWith({
    tracks: [
      { ...inputTrack("In", "Ch. 4"), monitoring: 0 },
      { ...inputTrack("All armed", "All Channels"), monitoring: 1, arm: true },
      { ...inputTrack("Auto", "Ch. 4"), monitoring: 1 },
      { ...inputTrack("Off", "Ch. 4"), monitoring: 2, arm: true },
      { ...inputTrack("Keyboard", "Ch. 4"), inputType: "Computer Keyboard", monitoring: 0 },
    ],
  });
  const port = Ec4Port.connect(rig);
  assert.is(port.inputs.length, 5);
  const names = (channel: number) => port.listeners(channel).map(({ track }) => track.name);
  assert.equal(names(4), ["In", "All armed"]);
  assert.equal(names(5), ["All armed"]);
  const played: number[][] = [];
  for (const { device } of port.listeners(4)) device.play = (bytes) => void played.push([...bytes]);
  port.send(CC, 4, 9, 127);
  port.send(NOTE, 4, 8, 127);
  port.send(NOTE, 4, 8, 0);
  // Each message to both tracks, the channel folded to 1 as Live hands bytes to a device.
  const bytes = [[0xb0, 9, 127], [0x90, 8, 127], [0x80, 8, 0]];
  assert.equal(played, bytes.flatMap((b) => [b, b]));
});

test.run();
