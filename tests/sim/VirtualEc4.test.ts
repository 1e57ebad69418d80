// The virtual EC4 and the demo device that `npm start` and `npm run repl` drive.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeRelative, type RelativeEncoding } from "../../src/control/RelativeEncoding";
import { startDemo } from "../../src/sim/Demo";
import type { Rig } from "../../src/sim/max/Rig";
import { encodeRelative, VirtualEc4 } from "../../src/sim/VirtualEc4";

async function rejection(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  assert.unreachable("it did not reject");
  return "";
}

/** Every message node.script receives from the rig's sendToNode from now on. */
function spyToNode(rig: Rig): unknown[][] {
  const messages: unknown[][] = [];
  const original = rig.sendToNode.bind(rig);
  rig.sendToNode = (...atoms) => {
    messages.push(atoms);
    original(...atoms);
  };
  return messages;
}

const ENCODINGS: RelativeEncoding[] = ["twosComplement", "binaryOffset", "signMagnitude"];

test("what the EC4 sends decodes back to the same step in every relative mode", () => {
  for (const encoding of ENCODINGS) {
    for (const direction of [1, -1] as const) {
      for (const delta of [1, 5, 63]) {
        assert.equal(decodeRelative(encoding, encodeRelative(encoding, direction, delta)), { direction, delta }, `${encoding} ${direction * delta}`);
      }
    }
  }
});

test("knobs are played as the input device forwards them, from the active mapping", async () => {
  const demo = await startDemo();
  const { rig } = demo;
  // The output the action tests use: straight into node.script, as the input device forwards it.
  const ec4 = new VirtualEc4(rig, () => demo.app.control.store.active);
  const main = demo.app.control.store.active!.groups[0]!;
  const rec = main.encoders.find((e) => e.position === 9)!;
  const messages = spyToNode(rig);
  await ec4.turn("Main", 9, -2);
  await ec4.press(0, 9);
  assert.equal(messages, [
    ["midi", "cc", main.addressing.channel, rec.cc, 127],
    ["midi", "cc", main.addressing.channel, rec.cc, 127],
    ["midi", "note", main.addressing.channel, rec.cc - 1, 127],
    ["midi", "note", main.addressing.channel, rec.cc - 1, 0],
  ]);
  assert.match(await rejection(() => ec4.press("Nope", 1)), /no group Nope/);
  assert.match(await rejection(() => ec4.press("Main", 6)), /has no knob 6/);
});

test("the demo's EC4 plays bytes into the input device of the group's channel, and the bundle acts on them", async () => {
  const demo = await startDemo();
  const played = new Map<string, number[][]>();
  for (const { track, device } of demo.port.inputs) {
    const play = device.play.bind(device);
    device.play = (bytes) => {
      played.set(track.name, [...(played.get(track.name) ?? []), [...bytes]]);
      play(bytes);
    };
  }
  const direct = spyToNode(demo.rig);
  // Main knob 1 scrolls the tempo.
  const tap = demo.app.control.store.active!.groups[0]!.encoders.find((e) => e.position === 1)!;
  // What Live plays: the turn holds the tempo through the device's live.remote~ until the knob rests.
  const tempo = () => demo.set.song.playedTempo;
  const before = tempo();
  await demo.ec4.turn("Main", 1, 2);
  await demo.rig.advance(200);
  assert.equal([...played], [["EC4 Main", [[0xb0, tap.cc, 1], [0xb0, tap.cc, 1]]]]);
  assert.equal(direct.filter((atoms) => atoms[0] === "midi"), [], "no MIDI went around the input device");
  assert.ok(tempo() > before, `tempo ${before} → ${tempo()}`);
});

test("play finds the knob bound to an action, and the bundle runs that action", async () => {
  const demo = await startDemo();
  const knob = await demo.ec4.play("log.set");
  assert.equal(knob, { group: "Log", position: knob.position, label: knob.label, gesture: "press" });
  const said = [...demo.rig.console.map((l) => l.text), ...demo.rig.fromNode.filter((m) => m[0] === "status").map((m) => m.join(" "))];
  assert.ok(said.some((line) => line.includes("Set: ") && line.includes("lines in the log")), said.join("\n"));
  assert.match(await rejection(() => demo.ec4.play("log.set", 1)), /no knob turn is mapped to log.set/);
});

test("the set picture shows what Live holds: arm, selection, playing clips, song time", async () => {
  const demo = await startDemo();
  const { set } = demo;
  const bass = set.song.tracks.find((t) => t.name === "Bass")!;
  set.setProperty(bass.id, "arm", 1);
  set.selectTrack(bass.id);
  set.callFunction(`live_set tracks 1 clip_slots 1`, "fire");
  await demo.bars(1);
  const picture = demo.picture();
  assert.match(picture, /^120 BPM 4\/4, playing at bar \d+ beat \d\n/);
  assert.match(picture, /selected: track Bass, scene Intro/);
  assert.match(picture, /\nBass \[arm\] +· +Bassline 1 bar ▶ +Bassline B 2 bars/);
  assert.match(picture, /\n {2}Prophet midi +Lead 2 bars/);
});

test.run();
