// Gestures from MIDI bytes through the real decoder, encoders and runner, on the default EC4 layout:
// Main (channel 4) TAP = cc 1 / note 0, REC = cc 9 / note 8 (press, long press, scroll).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { RelativeEncoding } from "../../src/control/RelativeEncoding";
import { cc, cloneDefaultMapping, createHarness, noteOff, noteOn } from "./harness";

const MAIN = 4;

test("press acts on note on when the encoder has no long press", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, 0));
  assert.equal(h.ids(), ["transport.tapTempo"]);
  assert.equal(h.calls[0].context.gesture, "press");
  h.send(...noteOff(MAIN, 0));
  assert.equal(h.ids(), ["transport.tapTempo"], "the release adds nothing");
  assert.equal(h.undo, ["begin Tap tempo", "end"]);
});

test("with a long press defined, a short press acts on release", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, 8));
  assert.equal(h.ids(), []);
  h.clock.advance(3);
  h.send(...noteOn(MAIN, 8, 0)); // note on with velocity 0 is a release
  assert.equal(h.ids(), ["record.normal"]);
});

// Holds are measured in metro ticks of 17 ms (elapsed ticks × 17 ≥ longPressMs). With the 250 ms default, a
// hold of 249 ms or 251 ms is seen as 14 or 15 ticks depending on where it starts: 14 ticks (238 ms) is the
// longest hold that is still a press, 15 ticks (255 ms) the shortest long press.
test("long press boundary at 250 ms: 14 ticks (238 ms) is a press, 15 ticks (255 ms) a long press", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, 8));
  h.clock.advance(14);
  h.send(...noteOff(MAIN, 8));
  h.send(...noteOn(MAIN, 8));
  h.clock.advance(15);
  h.send(...noteOff(MAIN, 8));
  assert.equal(h.ids(), ["record.normal", "record.unlimited"]);
  assert.equal(h.calls[1].context.gesture, "longPress");
});

test("the comparison is held ms ≥ threshold: thresholds of 249 and 251 ms around a 255 ms hold and a 238 ms hold", () => {
  const hold = (longPressMs: number, ticks: number): string[] => {
    const mapping = cloneDefaultMapping();
    mapping.longPressMs = longPressMs;
    const h = createHarness({ mapping });
    h.send(...noteOn(MAIN, 8));
    h.clock.advance(ticks);
    h.send(...noteOff(MAIN, 8));
    return h.ids();
  };
  assert.equal(hold(238, 14), ["record.unlimited"], "exactly the threshold counts as long");
  assert.equal(hold(249, 14), ["record.normal"]);
  assert.equal(hold(249, 15), ["record.unlimited"]);
  assert.equal(hold(251, 15), ["record.unlimited"]);
  assert.equal(hold(255, 15), ["record.unlimited"]);
  assert.equal(hold(256, 15), ["record.normal"]);
});

test("release without a press is ignored with a debug line", () => {
  const h = createHarness();
  h.send(...noteOff(MAIN, 8), ...noteOff(MAIN, 0));
  assert.equal(h.ids(), []);
  assert.equal(h.warnings(), []);
  assert.equal(h.logs.filter((l) => l.level === "debug" && /release without a press/.test(l.message)).length, 2);
  // a second release after a complete press is also without press
  h.send(...noteOn(MAIN, 8), ...noteOff(MAIN, 8), ...noteOff(MAIN, 8));
  assert.equal(h.ids(), ["record.normal"]);
});

test("long press falls back to press when the encoder has no long-press action", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, 0));
  h.clock.advance(100);
  h.send(...noteOff(MAIN, 0));
  assert.equal(h.ids(), ["transport.tapTempo"]);
  assert.equal(h.warnings(), []);
});

const scrolls = (encoding: RelativeEncoding, values: number[]) => {
  const mapping = cloneDefaultMapping();
  mapping.relativeEncoding = encoding;
  const h = createHarness({ mapping });
  for (const value of values) h.send(...cc(MAIN, 1, value));
  return h.calls.map(({ id, context }) => {
    assert.is(id, "transport.tempo");
    return context.gesture === "scroll" ? context.scroll.direction * context.scroll.delta : NaN;
  });
};

test("scroll in two's complement, accelerated values included; 0 means no movement, 64 is -64", () => {
  assert.equal(scrolls("twosComplement", [1, 127, 5, 123, 63, 65, 0, 64]), [1, -1, 5, -5, 63, -63, -64]);
});

test("scroll in binary offset around 64, accelerated values included", () => {
  assert.equal(scrolls("binaryOffset", [65, 63, 70, 58, 127, 1, 64]), [1, -1, 6, -6, 63, -63]);
});

test("scroll in sign-magnitude, accelerated values included", () => {
  assert.equal(scrolls("signMagnitude", [1, 65, 4, 68, 63, 127, 0, 64]), [1, -1, 4, -4, 63, -63]);
});

test("scroll hands the action a direction and a delta", () => {
  const h = createHarness();
  h.send(...cc(MAIN, 9, 124));
  const context = h.calls[0].context;
  assert.equal(context.gesture === "scroll" ? context.scroll : undefined, { direction: -1, delta: 4 });
  assert.is(h.calls[0].id, "record.barLength");
});

test("unmapped gestures warn naming group, encoder and gesture", () => {
  const h = createHarness();
  h.send(...cc(MAIN, 5, 1)); // RECA has no scroll
  h.send(...noteOn(MAIN, 1)); // VELO has no press
  assert.equal(h.ids(), []);
  assert.equal(h.warnings(), ['Main knob 5 "RECA": no action for turn', 'Main knob 2 "VELO": no action for press']);
});

test("a long press on an encoder mapping only a long press warns on a short press", () => {
  const mapping = cloneDefaultMapping();
  mapping.groups[0].encoders.push({ position: 6, cc: 6, label: "AUTO", longPress: "nav.foldGroup" });
  const h = createHarness({ mapping });
  h.send(...noteOn(MAIN, 5), ...noteOff(MAIN, 5));
  h.send(...noteOn(MAIN, 5));
  h.clock.advance(20);
  h.send(...noteOff(MAIN, 5));
  assert.equal(h.ids(), ["nav.foldGroup"]);
  assert.equal(h.warnings(), ['Main knob 6 "AUTO": no action for press']);
});

test("MIDI on an address no encoder uses warns on the status line, a repeat at most once a second (issue 13, point 10)", () => {
  const h = createHarness();
  h.send(...cc(MAIN, 100, 1), ...noteOn(1, 60), ...noteOff(1, 60), ...cc(MAIN, 100, 1));
  assert.equal(h.ids(), []);
  const expected = ["EC4 channel 4 CC 100 is not mapped", "EC4 channel 1 note 60 is not mapped"];
  assert.equal(h.warnings(), expected, "the release and the repeat within a second say nothing more");
  assert.equal(h.status.map((s) => s.text), expected);
  h.clock.advance(60);
  h.send(...cc(MAIN, 100, 1));
  assert.equal(h.warnings().length, 3, "a second later it is said again");
});

test("two encoders turned at once, bytes interleaved with running status and real-time clock", () => {
  const h = createHarness();
  // TAP (cc 1) and REC (cc 9) on channel 4 alternate; running status keeps 0xB3 across both.
  h.send(0xb3, 1, 1, 9, 127, 0xf8, 1, 2, 9, 0xf8, 126, 0xb3, 9, 1, 1, 127);
  assert.equal(
    h.calls.map((c) => [c.id, c.context.gesture === "scroll" ? c.context.scroll.direction * c.context.scroll.delta : 0]),
    [
      ["transport.tempo", 1],
      ["record.barLength", -1],
      ["transport.tempo", 2],
      ["record.barLength", -2],
      ["record.barLength", 1],
      ["transport.tempo", -1],
    ],
  );
});

test("a press on one encoder while another is held keeps both hold times apart", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, 8)); // REC held
  h.clock.advance(5);
  h.send(...noteOn(MAIN, 14), ...cc(MAIN, 13, 1)); // MIX (note 14) held, TRK turned
  h.clock.advance(12);
  h.send(...noteOff(MAIN, 8)); // REC 17 ticks: long
  h.clock.advance(2);
  h.send(...noteOff(MAIN, 14)); // MIX 14 ticks: short
  assert.equal(h.ids(), ["nav.tracks", "record.unlimited", "track.mute"]);
});

test("the same CC on two channels reaches two different groups", () => {
  const h = createHarness();
  h.send(...cc(4, 1, 1), ...cc(8, 1, 1), ...cc(3, 1, 1), ...noteOn(9, 0), ...noteOn(16, 2));
  assert.equal(h.ids(), ["transport.tempo", "clip.start", "log.currentTrack", "log.clear"]);
  assert.equal(h.calls[1].context.encoder, { group: "Cut", position: 1, label: "STRT" });
});

test("an explicit note overrides the cc − 1 convention", () => {
  const mapping = cloneDefaultMapping();
  mapping.groups[3].encoders[0] = { position: 1, cc: 1, note: 100, label: "LOG", press: "log.currentTrack" };
  const h = createHarness({ mapping });
  h.send(...noteOn(9, 0), ...noteOn(9, 100));
  assert.equal(h.ids(), ["log.currentTrack"]);
});

test.run();
