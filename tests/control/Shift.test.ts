// The shift knob from MIDI bytes, on the default mapping: Main 3 "SHFT" (note 2) is Main's shift; held, TAP
// (cc 1 / note 0) runs metronome on a press and fine tempo on a turn, CNCL (note 9) undo on a press and
// redo on a long press. Released, every knob is itself again.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ALL_NOTES_OFF_CC } from "../../src/control/EncoderRouter";
import { cc, cloneDefaultMapping, createHarness, noteOff, noteOn } from "./harness";

const MAIN = 4;
const SHIFT = 2;
const TAP = 0;
const CNCL = 9;
const REC = 8;

test("held, the group's knobs run their shift press, long press and turn; released, their own again", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, SHIFT));
  h.send(...noteOn(MAIN, TAP), ...noteOff(MAIN, TAP));
  h.send(...cc(MAIN, 1, 1), ...cc(MAIN, 1, 127));
  h.send(...noteOn(MAIN, CNCL));
  h.clock.advance(2);
  h.send(...noteOff(MAIN, CNCL), ...noteOn(MAIN, CNCL));
  h.clock.advance(20);
  h.send(...noteOff(MAIN, CNCL));
  assert.equal(h.ids(), ["transport.metronome", "transport.tempoFine", "transport.tempoFine", "transport.undo", "transport.redo"]);
  assert.equal(
    h.calls.map((call) => call.context.gesture),
    ["press", "scroll", "scroll", "press", "longPress"],
  );
  h.send(...noteOff(MAIN, SHIFT));
  h.send(...noteOn(MAIN, TAP), ...noteOff(MAIN, TAP), ...cc(MAIN, 1, 1), ...noteOn(MAIN, CNCL), ...noteOff(MAIN, CNCL));
  assert.equal(h.ids().slice(5), ["transport.tapTempo", "transport.tempo", "record.cancel"]);
  assert.equal(h.warnings(), []);
});

test("a shifted gesture with no shift action warns and runs nothing (no fallback to the knob's own action)", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, SHIFT), ...noteOn(MAIN, REC), ...noteOff(MAIN, REC), ...cc(MAIN, 9, 1));
  assert.equal(h.ids(), []);
  assert.equal(h.warnings(), ['Main knob 9 "REC": no shift action for press', 'Main knob 9 "REC": no shift action for turn']);
});

test("a push keeps the layer it started in: shift released before the knob's release still ends it shifted", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, SHIFT), ...noteOn(MAIN, CNCL));
  h.clock.advance(2);
  h.send(...noteOff(MAIN, SHIFT));
  h.clock.advance(20);
  h.send(...noteOff(MAIN, CNCL));
  assert.equal(h.ids(), ["transport.redo"]);
});

test("the shift knob's own press runs on a tap only; a long or a used hold runs nothing of its own", () => {
  const mapping = cloneDefaultMapping();
  mapping.groups[0]!.encoders.find((e) => e.position === 3)!.press = "track.mute";
  const h = createHarness({ mapping });
  h.send(...noteOn(MAIN, SHIFT));
  assert.equal(h.ids(), [], "not on the note on: a hold may follow");
  h.clock.advance(2);
  h.send(...noteOff(MAIN, SHIFT));
  assert.equal(h.ids(), ["track.mute"], "a tap");
  h.send(...noteOn(MAIN, SHIFT));
  h.clock.advance(15);
  h.send(...noteOff(MAIN, SHIFT));
  assert.equal(h.ids(), ["track.mute"], "held 255 ms: a shift held for nothing, no long press");
  h.send(...noteOn(MAIN, SHIFT), ...noteOn(MAIN, TAP), ...noteOff(MAIN, TAP), ...noteOff(MAIN, SHIFT));
  assert.equal(h.ids(), ["track.mute", "transport.metronome"], "used: no press of its own");
  assert.equal(h.warnings(), []);
});

test("another group's knobs are not shifted", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, SHIFT), ...noteOn(3, 0), ...noteOff(3, 0));
  assert.equal(h.ids(), ["transport.playStop"]);
});

test("shift's release lost: All Notes Off on the channel ends every held push; another channel's does not", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, SHIFT));
  h.send(...cc(3, ALL_NOTES_OFF_CC, 0));
  h.send(...noteOn(MAIN, TAP), ...noteOff(MAIN, TAP));
  assert.equal(h.ids(), ["transport.metronome"], "Set's channel: Main's shift still held");
  h.send(...noteOn(MAIN, CNCL));
  h.clock.advance(20);
  h.send(...cc(MAIN, ALL_NOTES_OFF_CC, 0));
  assert.equal(h.ids(), ["transport.metronome", "transport.redo"], "the held CNCL ends as if released: a long press");
  h.send(...noteOn(MAIN, TAP), ...noteOff(MAIN, TAP));
  assert.equal(h.ids().slice(2), ["transport.tapTempo"], "shift ended");
  h.send(...noteOff(MAIN, SHIFT), ...noteOff(MAIN, CNCL));
  assert.equal(h.ids().length, 3, "the late releases find nothing held");
  assert.equal(h.warnings(), [], "All Notes Off is no unmapped CC");
});

test("shift's release lost: pushing shift again starts a new hold, its release ends it", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, SHIFT), ...noteOn(MAIN, SHIFT), ...noteOff(MAIN, SHIFT));
  h.send(...noteOn(MAIN, TAP), ...noteOff(MAIN, TAP));
  assert.equal(h.ids(), ["transport.tapTempo"]);
});

test("bytes interleaved and out of order lose nothing: running status, a stray release, real-time bytes", () => {
  const h = createHarness();
  const on = 0x90 | (MAIN - 1);
  // Shift on, TAP on and off (running status, velocity 0), a stray note off of CNCL, clock bytes between.
  h.send(on, SHIFT, 127, TAP, 100, 0xf8, TAP, 0, 0x80 | (MAIN - 1), CNCL, 0, on, SHIFT, 0, on, TAP, 1, 0xfe, TAP, 0);
  assert.equal(h.ids(), ["transport.metronome", "transport.tapTempo"]);
  assert.equal(h.warnings(), []);
});

test.run();
