// The virtual EC4 and the demo device that `npm start` and `npm run repl` drive.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeRelative, type RelativeEncoding } from "../../src/control/RelativeEncoding";
import { startDemo } from "../../src/sim/Demo";
import { encodeRelative } from "../../src/sim/VirtualEc4";

async function rejection(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  assert.unreachable("it did not reject");
  return "";
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
  const { rig, ec4 } = demo;
  const main = demo.app.control.store.active!.groups[0]!;
  const rec = main.encoders.find((e) => e.position === 9)!;
  const messages: unknown[][] = [];
  const original = rig.sendToNode.bind(rig);
  rig.sendToNode = (...atoms) => {
    messages.push(atoms);
    original(...atoms);
  };
  await ec4.turn("Main", 9, -2);
  await ec4.press(0, 9);
  assert.equal(messages, [
    ["midi", "cc", main.addressing.channel, rec.cc, 127],
    ["midi", "cc", main.addressing.channel, rec.cc, 127],
    ["midi", "note", main.addressing.channel, rec.cc - 1, 127],
    ["midi", "note", main.addressing.channel, rec.cc - 1, 0],
  ]);
  assert.match(await rejection(() => ec4.press("Nope", 1)), /no group Nope/);
  assert.match(await rejection(() => ec4.press("Main", 3)), /has no knob 3/);
});

test("play finds the knob bound to an action, and the bundle runs that action", async () => {
  const demo = await startDemo();
  const knob = await demo.ec4.play("log.set");
  assert.equal(knob, { group: "Log", position: knob.position, label: knob.label, gesture: "press" });
  const said = [...demo.rig.console.map((l) => l.text), ...demo.rig.fromNode.filter((m) => m[0] === "status").map((m) => m.join(" "))];
  assert.ok(said.some((line) => line.includes("Set: ") && line.includes("lines in the log")), said.join("\n"));
  assert.match(await rejection(() => demo.ec4.play("log.set", 1)), /no knob scroll is mapped to log.set/);
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
  assert.match(picture, /^120 BPM 4\/4, playing at beat /);
  assert.match(picture, /selected: track Bass, scene Intro/);
  assert.match(picture, /\nBass \[arm\] +· +Bassline 1b ▶ +Bassline B 2b/);
  assert.match(picture, /\n {2}Prophet midi +Lead 2b/);
});

test.run();
