// The input device's real [js] (device/p0-input.js) loaded as Max's [js] would load it, over the simulated
// Live: it decodes what [midiin] hands it, tagged with the channel of its track's input routing.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/wire/protocol";
import { LiveSet, type SetDescription, type TrackDescription } from "../../src/sim/live/LiveSet";
import { Clock } from "../../src/sim/max/Clock";
import { DictStore } from "../../src/sim/max/DictStore";
import { InputDevice } from "../../src/sim/max/InputDevice";
import { inputTrack } from "../support/inputTracks";

/** One loaded input device (src/sim/max/InputDevice) and what left its MIDI outlet and what it posted. */
/** `sent` holds every message of the outlet; `midi` only the `midi` ones (not `input_track <id>`). */
function loaded(set: LiveSet, devicePath: string): { device: InputDevice; midi: Atom[][]; sent: Atom[][]; posts: string[] } {
  const midi: Atom[][] = [];
  const sent: Atom[][] = [];
  const posts: string[] = [];
  const device = new InputDevice({
    set,
    device: devicePath,
    clock: new Clock(),
    dicts: new DictStore(),
    send: (atoms) => {
      sent.push(atoms);
      if (atoms[0] === "midi") midi.push(atoms);
    },
    post: (level, text) => posts.push(`${level}: ${text}`),
  });
  return { device, midi, sent, posts };
}

function setWith(...tracks: TrackDescription[]): LiveSet {
  const description: SetDescription = { tracks: [{ name: "Keys", type: "midi" }, ...tracks] };
  return LiveSet.fromDescription(description);
}

test("reads the channel from its track's input routing and sends channel-1 bytes decoded, with it", () => {
  const { device, midi, posts } = loaded(setWith(inputTrack("EC4", "Ch. 3")), "live_set tracks 1 devices 0");
  device.ready();
  assert.equal(posts, []);
  assert.is(device.shownChannel, "3");
  // Live hands the device channel-1 bytes whatever the controller sent.
  device.play([0xb0, 9, 1, 0x90, 8, 127, 0x80, 8, 0]);
  assert.equal(midi, [
    ["midi", "cc", 3, 9, 1],
    ["midi", "note", 3, 8, 127],
    ["midi", "note", 3, 8, 0],
  ]);
  assert.equal(posts, []);
});

test("names its track at ready and before each message it forwards, so a restarted bundle learns it again", () => {
  const set = setWith(inputTrack("EC4", "Ch. 3"));
  const { device, sent } = loaded(set, "live_set tracks 1 devices 0");
  const track = set.song.tracks[1]!.id;
  device.ready();
  assert.equal(sent, [["input_track", track], ["input_channel", track, 3]]);
  device.play([0xb0, 9, 1, 0xb0, 9, 1]);
  assert.equal(sent.slice(2), [["input_track", track], ["midi", "cc", 3, 9, 1], ["input_track", track], ["midi", "cc", 3, 9, 1]]);
});

test("two input devices on two tracks tag with their own channels at once", () => {
  const set = setWith(inputTrack("EC4 group 1", "Ch. 1"), inputTrack("EC4 group 2", "Ch. 2"));
  const first = loaded(set, "live_set tracks 1 devices 0");
  const second = loaded(set, "live_set tracks 2 devices 0");
  first.device.ready();
  second.device.ready();
  first.device.play([0xb0, 1]);
  second.device.play([0xb0, 1, 127]);
  first.device.play([65]);
  assert.equal(first.midi, [["midi", "cc", 1, 1, 65]]);
  assert.equal(second.midi, [["midi", "cc", 2, 1, 127]]);
  assert.equal([first.device.shownChannel, second.device.shownChannel], ["1", "2"]);
});

test("follows a change of the track's input channel", () => {
  const set = setWith(inputTrack("EC4", "Ch. 3"));
  const { device, midi } = loaded(set, "live_set tracks 1 devices 0");
  device.ready();
  assert.is(device.shownChannel, "3");
  set.setProperty("live_set tracks 1", "input_routing_channel", { display_name: "Ch. 7" });
  assert.is(device.shownChannel, "7");
  device.play([0xb0, 5, 1]);
  set.setProperty("live_set tracks 1", "input_routing_channel", { display_name: "All Channels" });
  assert.is(device.shownChannel, "all");
  device.play([0xb4, 5, 1]);
  assert.equal(midi, [["midi", "cc", 7, 5, 1], ["midi", "cc", 5, 5, 1]]);
});

test("a track on All Channels: the bytes' channel passes", () => {
  const { device, midi } = loaded(setWith(inputTrack("EC4", "All Channels")), "live_set tracks 1 devices 0");
  device.ready();
  device.play([0x93, 0, 127]);
  assert.is(device.shownChannel, "all");
  assert.equal(midi, [["midi", "note", 4, 0, 127]]);
});

test("a device inside a rack finds its track", () => {
  const rack = {
    name: "MIDI Rack",
    className: "MidiEffectGroupDevice",
    type: "midi_effect" as const,
    chains: [{ name: "Chain", devices: [{ name: "Protocol0 Input", className: "MxDeviceMidiEffect", type: "midi_effect" as const }] }],
  };
  const set = setWith({ ...inputTrack("EC4", "Ch. 12"), devices: [rack] });
  const { device, midi } = loaded(set, "live_set tracks 1 devices 0 chains 0 devices 0");
  device.ready();
  device.play([0x90, 11, 127]);
  assert.is(device.shownChannel, "12");
  assert.equal(midi, [["midi", "note", 12, 11, 127]]);
});

test("bytes before ready keep their own channel; bad input is posted, never thrown", () => {
  const set = setWith(inputTrack("EC4", "Ch. 9"));
  const { device, midi, sent, posts } = loaded(set, "live_set tracks 1 devices 0");
  device.play([300, 0xb0, 1, 1]);
  assert.equal(sent, midi, "before ready the track is not known: nothing but the message");
  assert.equal(midi, [["midi", "cc", 1, 1, 1]], "before ready the bytes' channel is used");
  device.ready();
  device.play([0xb0, 1, 1]);
  assert.equal(midi[1], ["midi", "cc", 9, 1, 1]);
  assert.ok(posts.some((line) => line.includes("300")), posts.join("\n"));
});

test.run();
