// Double presses from MIDI bytes through the real decoder, encoders and runner. A second push starting
// less than doublePressMs after the first push's release is a double press (elapsed ticks × 17 ms <
// doublePressMs); the single press of such a knob runs when that window has passed, and only such knobs wait.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cloneDefaultMapping, createHarness, noteOff, noteOn } from "./harness";

const MAIN = 4;
/** Main 13 "TRK": arm on a press, fold on a long press; given a double press (solo) here. */
const TRK = 12;
/** 300 ms: ⌈300 / 17⌉ = 18 ticks. */
const WINDOW_TICKS = 18;

function withDouble(edit: (knob: Record<string, unknown>) => void = () => {}) {
  const mapping = cloneDefaultMapping();
  const knob = mapping.groups[0]!.encoders.find((e) => e.position === 13)!;
  knob.doublePress = "track.solo";
  edit(knob as unknown as Record<string, unknown>);
  return createHarness({ mapping });
}

const tap = (h: ReturnType<typeof createHarness>, note = TRK, ticks = 2) => {
  h.send(...noteOn(MAIN, note));
  h.clock.advance(ticks);
  h.send(...noteOff(MAIN, note));
};

test("a second push inside the window is a double press: it acts on its note on, once, and its release adds nothing", () => {
  const h = withDouble();
  tap(h);
  h.clock.advance(WINDOW_TICKS - 1);
  h.send(...noteOn(MAIN, TRK));
  assert.equal(h.ids(), ["track.solo"]);
  assert.is(h.calls[0]!.context.gesture, "doublePress");
  h.clock.advance(40);
  h.send(...noteOff(MAIN, TRK));
  h.clock.advance(40);
  assert.equal(h.ids(), ["track.solo"], "no press, no long press after it");
  assert.equal(h.undo, ["begin Solo", "end"]);
  assert.equal(h.warnings(), []);
});

test("a slow second push is two single presses, each when its window has passed: 18 ticks after its release", () => {
  const h = withDouble();
  tap(h);
  h.clock.advance(WINDOW_TICKS - 1);
  assert.equal(h.ids(), [], "the single press waits the window out");
  h.clock.advance(1);
  assert.equal(h.ids(), ["track.arm"], "and runs on its last tick: 18 × 17 = 306 ms ≥ 300 ms");
  tap(h);
  h.clock.advance(WINDOW_TICKS);
  assert.equal(h.ids(), ["track.arm", "track.arm"]);
  assert.equal(h.calls.map((call) => call.context.gesture), ["press", "press"]);
});

test("the window follows doublePressMs: 289 ms is 17 ticks, and a push on the 17th tick is already too late", () => {
  const mapping = cloneDefaultMapping();
  mapping.doublePressMs = 289;
  mapping.groups[0]!.encoders.find((e) => e.position === 13)!.doublePress = "track.solo";
  const h = createHarness({ mapping });
  tap(h);
  h.clock.advance(16);
  h.send(...noteOn(MAIN, TRK), ...noteOff(MAIN, TRK));
  assert.equal(h.ids(), ["track.solo"], "16 ticks: 272 ms < 289 ms");
  tap(h);
  h.clock.advance(17);
  h.send(...noteOn(MAIN, TRK), ...noteOff(MAIN, TRK));
  assert.equal(h.ids(), ["track.solo", "track.arm"], "17 ticks: 289 ms is not less than 289 ms");
});

test("long press stays what it was: a long hold is a long press at once, and never the first half of a double press", () => {
  const h = withDouble();
  h.send(...noteOn(MAIN, TRK));
  h.clock.advance(15);
  h.send(...noteOff(MAIN, TRK));
  assert.equal(h.ids(), ["nav.foldGroup"], "255 ms ≥ 250 ms, on the release, without waiting");
  h.clock.advance(2);
  tap(h);
  h.clock.advance(WINDOW_TICKS);
  assert.equal(h.ids(), ["nav.foldGroup", "track.arm"], "the push after a long press starts afresh");
  // A short push then a long hold: the second push is the double press, its long hold changes nothing.
  tap(h);
  h.clock.advance(3);
  h.send(...noteOn(MAIN, TRK));
  h.clock.advance(30);
  h.send(...noteOff(MAIN, TRK));
  assert.equal(h.ids(), ["nav.foldGroup", "track.arm", "track.solo"]);
});

test("other knobs keep their latency: a press-only knob acts on its note on, a long-press knob on its release", () => {
  const h = withDouble();
  h.send(...noteOn(MAIN, 0));
  assert.equal(h.ids(), ["transport.tapTempo"], "TAP, no double press: on the note on");
  h.send(...noteOff(MAIN, 0), ...noteOn(MAIN, 8));
  h.clock.advance(2);
  h.send(...noteOff(MAIN, 8));
  assert.equal(h.ids(), ["transport.tapTempo", "record.normal"], "REC: on the release, no window");
});

test("a turn of the knob while its single press waits runs the press first, then the turn", () => {
  const h = withDouble();
  tap(h);
  h.send(0xb0 | (MAIN - 1), 13, 1);
  assert.equal(h.ids(), ["track.arm", "nav.tracks"]);
  h.clock.advance(WINDOW_TICKS * 2);
  assert.equal(h.ids(), ["track.arm", "nav.tracks"], "the press ran once");
});

test("a single press waiting when shift is pushed runs before the knob's shifted push, which is no double press", () => {
  const mapping = cloneDefaultMapping();
  mapping.groups[0]!.encoders[0]!.doublePress = "track.solo";
  const h = createHarness({ mapping });
  tap(h, 0);
  h.send(...noteOn(MAIN, 2));
  tap(h, 0);
  h.send(...noteOff(MAIN, 2));
  h.clock.advance(WINDOW_TICKS * 2);
  assert.equal(h.ids(), ["transport.tapTempo", "transport.metronome"]);
});

test("a knob with only a double press: a single push warns how to use it", () => {
  const h = withDouble((knob) => {
    delete knob.press;
    delete knob.longPress;
  });
  tap(h);
  h.clock.advance(WINDOW_TICKS);
  assert.equal(h.ids(), []);
  assert.equal(h.warnings(), ['Main knob 13 "TRK": no action for press (double-press it)']);
});

test("a lost release: the next note on ends the first push there, so nothing is lost", () => {
  const h = withDouble();
  h.send(...noteOn(MAIN, TRK));
  h.clock.advance(2);
  h.send(...noteOn(MAIN, TRK)); // the first release never came: the pushes were 2 ticks apart
  h.send(...noteOff(MAIN, TRK));
  assert.equal(h.ids(), ["track.solo"], "a short push and a second one: a double press");
  h.send(...noteOn(MAIN, 8));
  h.clock.advance(20);
  h.send(...noteOn(MAIN, 8), ...noteOff(MAIN, 8));
  assert.equal(h.ids(), ["track.solo", "record.unlimited", "record.normal"], "REC: the held one is a long press, the next a press");
  assert.ok(h.logs.some((l) => l.level === "debug" && l.message.includes("pushed again without a release")));
});

test("a new mapping runs the single press that was waiting, once, and starts with nothing held", () => {
  const h = withDouble();
  tap(h);
  const loaded = h.store.load(cloneDefaultMapping());
  assert.ok(loaded.ok);
  assert.equal(h.ids(), ["track.arm"]);
  h.clock.advance(WINDOW_TICKS * 2);
  assert.equal(h.ids(), ["track.arm"]);
});

test.run();
