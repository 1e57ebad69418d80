// Random input never breaks the controller path. A million seeded random bytes go where [midiin] puts them,
// into the real p0-input.js of three input tracks, then through [send p0_midi] into the real bundle:
// nothing may post an error, and a valid press afterwards still reaches Live.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { METRO_MS } from "../../src/sim/max/Rig";
import { seededRandom } from "../../src/sim/seededRandom";
import { inputDevicePath, inputSet } from "../support/inputTracks";
import { rigWith } from "../support/rigWith";
import { createHarness } from "./harness";

const SEED = 0x5eed0;
const BYTES = 1_000_000;
/** Bytes one device gets before the rig settles: Max's scheduler also delivers in bursts. */
const MAX_BATCH = 2_000;
/** The one action left real: Set group (channel 3) knob 2, a press on note 1. */
const METRONOME = "transport.metronome";

test(`${BYTES} random bytes (seed ${SEED}) through the input devices and the wire: no error, and a press still works`, async () => {
  // Main's channel, Cut's channel, and every channel (the bytes' own, so all five groups get some).
  const running = await rigWith(inputSet("Ch. 4", "Ch. 8", "All Channels"));
  const { rig, set, app } = running;
  const inputs = [0, 1, 2].map((index) => rig.addInputDevice(inputDevicePath(index)));
  // Recording handlers: the fuzz is about the input path, not about what thousands of random actions do to a set.
  let recorded = 0;
  for (const definition of app.control.registry.all()) {
    if (definition.id !== METRONOME) app.control.registry.implement(definition.id, () => void recorded++);
  }
  const random = seededRandom(SEED);
  for (let sent = 0; sent < BYTES; ) {
    const length = Math.min(BYTES - sent, 1 + Math.floor(random() * MAX_BATCH));
    const bytes = Array.from({ length }, () => Math.floor(random() * 256));
    inputs[Math.floor(random() * inputs.length)].play(bytes);
    await rig.advance(Math.floor(random() * 3 * METRO_MS));
    sent += length;
  }
  assert.equal(rig.posts("error"), [], "no error from node, the shim, the input devices or Live");
  assert.ok(recorded > 1000, `random bytes reached mapped encoders (${recorded} actions ran)`);

  const metronome = (): number => Number(set.read("live_set", "metronome")[0]);
  const before = metronome();
  const afterFuzz = recorded;
  // A status byte first ends whatever message or sysex the fuzz left half done.
  inputs[2].play([0x92, 1, 127, 0x82, 1, 0]);
  await rig.settle();
  assert.is(metronome(), 1 - before, "the metronome knob toggled Live's metronome");
  assert.is(recorded, afterFuzz, "and nothing else ran");
  assert.equal(rig.posts("error"), []);
});

test("random lists into the encoder router never throw", () => {
  const h = createHarness();
  const random = seededRandom(SEED + 1);
  const atom = (): unknown => {
    const roll = random();
    if (roll < 0.1) return "midi";
    if (roll < 0.2) return roll < 0.15 ? "cc" : "note";
    if (roll < 0.25) return "junk";
    return Math.floor(random() * 300) - 20;
  };
  for (let i = 0; i < 100_000; i++) h.router.receive(Array.from({ length: Math.floor(random() * 7) }, atom));
  assert.equal(h.errors(), []);
  const before = h.calls.length;
  h.router.receive(["midi", "note", 4, 0, 127]);
  assert.is(h.calls[before]?.id, "transport.tapTempo");
});

test.run();
