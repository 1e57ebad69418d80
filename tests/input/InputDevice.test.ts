// The input device's real [js] (device/p0-input.js) loaded as Max's [js] would load it, over the simulated
// Live: the channel comes from its track's input routing and tags what [midiin] hands it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/lom/protocol";
import { LiveSet, type SetDescription, type TrackDescription } from "../../src/sim/live/LiveSet";
import { Clock } from "../../src/sim/max/Clock";
import { DictStore } from "../../src/sim/max/DictStore";
import { ShimHost } from "../../src/sim/max/ShimHost";
import { fixture } from "../sim/simSets";

const INPUT_JS = "device/p0-input.js";

function inputTrack(name: string, inputChannel: string): TrackDescription {
  return {
    name,
    type: "midi",
    inputType: "FaderFox EC4",
    inputChannel,
    devices: [{ name: "Protocol0 Input", className: "MxDeviceMidiEffect", type: "midi_effect" }],
  };
}

/** One loaded input device: what left its two outlets and what it posted. */
class InputDevice {
  readonly midi: Atom[][] = [];
  readonly display: Atom[][] = [];
  readonly posts: string[] = [];
  private readonly host: ShimHost;

  constructor(set: LiveSet, trackPath: string) {
    const device = set.require(`${trackPath} devices 0`);
    this.host = new ShimHost({
      path: INPUT_JS,
      liveApi: set.liveApiClass(device.id),
      clock: new Clock(),
      dicts: new DictStore(),
      sinks: {
        outlet: (index, atoms) => (index === 0 ? this.midi : this.display).push(atoms),
        post: (level, text) => this.posts.push(`${level}: ${text}`),
        named: () => {},
      },
    });
  }

  /** What [live.thisdevice] sends once the device is ready. */
  ready(): void {
    this.host.deliver(["ready"]);
  }

  /** Bytes one by one, as [midiin] sends them. */
  play(bytes: number[]): void {
    for (const byte of bytes) this.host.deliver([byte]);
  }

  global(name: string): unknown {
    return (this.host as unknown as { context: Record<string, unknown> }).context[name];
  }
}

function setWith(...tracks: TrackDescription[]): LiveSet {
  const description: SetDescription = { tracks: [{ name: "Keys", type: "midi" }, ...tracks] };
  return LiveSet.fromDescription(description);
}

test("declares one inlet and two outlets", () => {
  const device = new InputDevice(setWith(inputTrack("EC4", "Ch. 3")), "live_set tracks 1");
  assert.is(device.global("inlets"), 1);
  assert.is(device.global("outlets"), 2);
});

test("reads the channel from its track's input routing and tags channel-1 bytes with it", () => {
  const device = new InputDevice(setWith(inputTrack("EC4", "Ch. 3")), "live_set tracks 1");
  device.ready();
  assert.equal(device.posts, []);
  assert.equal(device.display, [["channel", "3"]]);
  // Live hands the device channel-1 bytes whatever the controller sent.
  device.play([0xb0, 9, 1, 0x90, 8, 127, 0x80, 8, 0]);
  assert.equal(device.midi, [
    ["midi", 3, 0xb0, 9, 1],
    ["midi", 3, 0x90, 8, 127],
    ["midi", 3, 0x80, 8, 0],
  ]);
  assert.equal(device.posts, []);
});

test("two input devices on two tracks tag with their own channels at once", () => {
  const set = setWith(inputTrack("EC4 group 1", "Ch. 1"), inputTrack("EC4 group 2", "Ch. 2"));
  const first = new InputDevice(set, "live_set tracks 1");
  const second = new InputDevice(set, "live_set tracks 2");
  first.ready();
  second.ready();
  first.play([0xb0, 1]);
  second.play([0xb0, 1, 127]);
  first.play([65]);
  assert.equal(first.midi, [["midi", 1, 0xb0, 1, 65]]);
  assert.equal(second.midi, [["midi", 2, 0xb0, 1, 127]]);
  assert.equal([first.display, second.display], [[["channel", "1"]], [["channel", "2"]]]);
});

test("follows a change of the track's input channel", () => {
  const set = setWith(inputTrack("EC4", "Ch. 3"));
  const device = new InputDevice(set, "live_set tracks 1");
  device.ready();
  set.setProperty("live_set tracks 1", "input_routing_channel", { display_name: "Ch. 7" });
  device.play([0xb0, 5, 1]);
  set.setProperty("live_set tracks 1", "input_routing_channel", { display_name: "All Channels" });
  device.play([0xb4, 5, 1]);
  assert.equal(device.display, [["channel", "3"], ["channel", "7"], ["channel", "all"]]);
  assert.equal(device.midi, [["midi", 7, 0xb0, 5, 1], ["midi", 5, 0xb4, 5, 1]]);
});

test("the demo set's EC4 track listens to all channels: the bytes' channel passes", () => {
  const set = LiveSet.fromDescription(fixture("demo"));
  const ec4 = set.song.tracks.findIndex((track) => track.values.name === "EC4");
  const device = new InputDevice(set, `live_set tracks ${ec4}`);
  device.ready();
  device.play([0x93, 0, 127]);
  assert.equal(device.display, [["channel", "all"]]);
  assert.equal(device.midi, [["midi", 4, 0x93, 0, 127]]);
});

test("a device inside a rack finds its track", () => {
  const rack = {
    name: "MIDI Rack",
    className: "MidiEffectGroupDevice",
    type: "midi_effect" as const,
    chains: [{ name: "Chain", devices: [{ name: "Protocol0 Input", className: "MxDeviceMidiEffect", type: "midi_effect" as const }] }],
  };
  const set = setWith({ ...inputTrack("EC4", "Ch. 12"), devices: [rack] });
  const device = new InputDevice(set, "live_set tracks 1 devices 0 chains 0");
  device.ready();
  device.play([0x90, 11, 127]);
  assert.equal(device.display, [["channel", "12"]]);
  assert.equal(device.midi, [["midi", 12, 0x90, 11, 127]]);
});

test("bytes before ready keep their own channel; bad input is posted, never thrown", () => {
  const set = setWith(inputTrack("EC4", "Ch. 9"));
  const device = new InputDevice(set, "live_set tracks 1");
  device.play([300, 0xb0, 1, 1]);
  assert.equal(device.midi, [["midi", 1, 0xb0, 1, 1]], "before ready the bytes' channel is used");
  device.ready();
  device.play([0xb0, 1, 1]);
  assert.equal(device.midi[1], ["midi", 9, 0xb0, 1, 1]);
  assert.ok(device.posts.some((line) => line.includes("300")), device.posts.join("\n"));
});

test.run();
