import { build } from "esbuild";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createInputTagger, parseRoutingChannel, routingChannelDisplayName } from "../../src/input/InputTagger";
import type { ControllerMidi } from "../../src/wire/ControllerMidi";
import { cc, cloneDefaultMapping, createHarness, noteOff, noteOn } from "../control/harness";

/**
 * One input device per track: its [midiin] sees channel-1 bytes (Live folds channels) and it knows its
 * track's routing. Devices share the wire to the main device, as they share one [send] name.
 */
function inputDevice(routingDisplayName: string, forwarded: ControllerMidi[] = []) {
  const drops: string[] = [];
  const tagger = createInputTagger((message) => forwarded.push(message), (reason) => drops.push(reason));
  assert.ok(tagger.setRoutingChannel(routingDisplayName));
  return { tagger, forwarded, drops, play: (bytes: number[]) => bytes.forEach((b) => tagger.push(b)) };
}

test("routing channel display names", () => {
  assert.is(parseRoutingChannel("All Channels"), "all");
  assert.is(parseRoutingChannel("Ch. 4"), 4);
  assert.is(parseRoutingChannel("Ch. 16"), 16);
  assert.is(parseRoutingChannel("9"), 9);
  for (const bad of ["Ch. 0", "Ch. 17", "17", "", "Post FX", "Ch. x"]) assert.is(parseRoutingChannel(bad), undefined, bad);
});

test("display name out of what LiveAPI.get returns for input_routing_channel", () => {
  const dict = { input_routing_channel: { display_name: "Ch. 8", identifier: 9 } };
  assert.is(routingChannelDisplayName([JSON.stringify(dict)]), "Ch. 8");
  assert.is(routingChannelDisplayName(JSON.stringify(dict.input_routing_channel)), "Ch. 8");
  assert.is(routingChannelDisplayName(dict), "Ch. 8");
  assert.is(routingChannelDisplayName(["input_routing_channel", JSON.stringify(dict)]), "Ch. 8", "observer arguments");
  assert.is(routingChannelDisplayName("not json"), undefined);
  assert.is(routingChannelDisplayName([0]), undefined);
});

test("a track on Ch. 4 tags its channel-1 bytes with channel 4", () => {
  const device = inputDevice("Ch. 4");
  device.play([...noteOn(1, 0), ...cc(1, 9, 127)]);
  assert.equal(device.forwarded, [
    ["midi", "note", 4, 0, 127],
    ["midi", "cc", 4, 9, 127],
  ]);
});

test("'All Channels' takes the channel from the bytes", () => {
  const device = inputDevice("All Channels");
  device.play([...cc(1, 3, 1), ...cc(5, 3, 1)]);
  assert.equal(device.forwarded.map((m) => m[2]), [1, 5]);
});

test("an unknown routing name is refused and the previous channel kept", () => {
  const device = inputDevice("Ch. 3");
  assert.not.ok(device.tagger.setRoutingChannel("Post Mixer"));
  assert.is(device.tagger.routingChannel(), 3);
  assert.equal(device.drops.length, 1);
});

test("only notes and CCs are forwarded; the rest of the stream is absorbed", () => {
  const device = inputDevice("Ch. 2");
  device.play([0xf8, 0xc0, 4, 0xe0, 1, 2, 0xf0, 1, 2, 0xf7, ...noteOff(1, 5)]);
  assert.equal(device.forwarded, [["midi", "note", 2, 5, 0]]);
});

test("a note off goes as a note of velocity 0, as does a note on of velocity 0", () => {
  const device = inputDevice("Ch. 2");
  device.play([...noteOff(1, 5, 64), ...noteOn(1, 6, 0)]);
  assert.equal(device.forwarded, [["midi", "note", 2, 5, 0], ["midi", "note", 2, 6, 0]]);
});

test("several input tracks, one per EC4 channel, drive their groups at once", () => {
  const h = createHarness();
  const wire: ControllerMidi[] = [];
  const [main, cut, log, testGroup] = ["Ch. 4", "Ch. 8", "Ch. 9", "Ch. 16"].map((name) => inputDevice(name, wire));
  // Every track's [midiin] sees channel-1 bytes; the knobs are turned and pressed interleaved.
  main.play(cc(1, 1, 1));
  cut.play(cc(1, 1, 127));
  log.play(noteOn(1, 1));
  testGroup.play(noteOn(1, 2));
  main.play(noteOn(1, 0));
  for (const message of wire) h.router.receive(message);
  assert.equal(h.ids(), ["transport.tempo", "clip.start", "log.set", "log.clear", "transport.tapTempo"]);
});

test("one track on All Channels receiving every group on distinct CC/note numbers", () => {
  const mapping = cloneDefaultMapping();
  // Two groups share channel 1, told apart by number ranges.
  mapping.groups = [
    {
      name: "Main",
      addressing: { channel: 1, ccRange: { from: 1, to: 16 }, noteRange: { from: 0, to: 15 } },
      encoders: [{ position: 1, cc: 1, label: "TAP", press: "transport.tapTempo", scroll: "transport.tempo" }],
    },
    {
      name: "Log",
      addressing: { channel: 1, ccRange: { from: 17, to: 32 }, noteRange: { from: 16, to: 31 } },
      encoders: [{ position: 1, cc: 17, label: "LOG", press: "log.currentTrack" }],
    },
  ];
  const h = createHarness({ mapping });
  const track = inputDevice("All Channels");
  track.play([...cc(1, 1, 127), ...noteOn(1, 16), ...noteOn(1, 0)]);
  for (const message of track.forwarded) h.router.receive(message);
  assert.equal(h.ids(), ["transport.tempo", "log.currentTrack", "transport.tapTempo"]);
});

test("the input-device modules lower to ES5 for Max's [js]", async () => {
  const result = await build({
    entryPoints: [join(process.cwd(), "src/input/InputTagger.ts")],
    bundle: true,
    write: false,
    format: "esm",
    target: "es5",
    logLevel: "silent",
  });
  assert.is(result.errors.length, 0);
  const code = result.outputFiles[0].text;
  assert.not.match(code, /\b(const|let|class)\s/);
});

test.run();
