// A million seeded random bytes through the real decoder, encoders and runner: nothing may throw, and a
// valid press afterwards still reaches its action.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHarness, noteOn, seededRandom } from "./harness";

const SEED = 0x5eed0;
const BYTES = 1_000_000;

test(`${BYTES} random bytes (seed ${SEED}) decode and dispatch without an exception`, () => {
  const h = createHarness();
  const random = seededRandom(SEED);
  let sent = 0;
  while (sent < BYTES) {
    // Mostly bytes, with some values [midiin] never sends, in chunks of random length, time moving on.
    const chunk: unknown[] = [];
    const length = 1 + Math.floor(random() * 64);
    for (let i = 0; i < length; i++) {
      const roll = random();
      chunk.push(roll < 0.002 ? [NaN, -1, 256, 3.5, "x", null][Math.floor(random() * 6)] : Math.floor(random() * 256));
    }
    if (random() < 0.5) h.surface.receiveBytes(chunk);
    else for (const value of chunk) h.surface.receiveBytes(value);
    h.clock.advance(Math.floor(random() * 3));
    sent += length;
  }
  assert.equal(h.errors(), [], "recording handlers never fail, so nothing reaches the error level");
  assert.ok(h.calls.length > 100, `random bytes hit mapped encoders (${h.calls.length} actions ran)`);
  const before = h.calls.length;
  h.send(...noteOn(4, 0));
  assert.is(h.calls.length, before + 1);
  assert.equal(h.calls[before], { id: "transport.tapTempo", context: { gesture: "press", encoder: { group: "Main", position: 1, label: "TAP" } } });
});

test("random tagged lists from the input device wire never throw either", () => {
  const h = createHarness();
  const random = seededRandom(SEED + 1);
  const atom = (): unknown => {
    const roll = random();
    if (roll < 0.1) return "midi";
    if (roll < 0.15) return "junk";
    return Math.floor(random() * 300) - 20;
  };
  for (let i = 0; i < 100_000; i++) h.surface.receiveTagged(Array.from({ length: Math.floor(random() * 7) }, atom));
  assert.equal(h.errors(), []);
  const before = h.calls.length;
  h.surface.receiveTagged(["midi", 4, 0x90, 0, 127]);
  assert.is(h.calls[before]?.id, "transport.tapTempo");
});

test.run();
