// Controller input end to end: the input device's messages into node.script through the fake Max wire, checked,
// turned into gestures by the bundle's encoders and dispatched by its action runner. The bundle's
// own registry gets recording handlers, so each test sees exactly which action ran and how.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ActionContext } from "../../src/actions/Action";
import { METRO_MS } from "../../src/sim/max/Rig";
import { rigWith, type Running } from "../support/rigWith";
import { controlChange, noteOff, noteOn, type ControllerMidi } from "../support/controllerMidi";

interface Call {
  id: string;
  gesture: string;
  delta?: number;
}

// Default EC4 layout: Main on channel 4 (knob 1: tap tempo / tempo; knob 13: arm / fold group /
// tracks; knob 15: mute / solo / volume), Cut on channel 8 (knob 1 scrolls the clip start).
const MAIN = 4;
const CUT = 8;
const RECORDED = ["transport.tapTempo", "transport.tempo", "track.arm", "nav.foldGroup", "nav.tracks", "track.mute", "track.solo", "track.volume", "clip.start"];

async function recording(): Promise<Running & { calls: Call[]; send: (...messages: ControllerMidi[]) => Promise<void> }> {
  const running = await rigWith("demo");
  const calls: Call[] = [];
  for (const id of RECORDED) {
    running.app.control.registry.implement(id, ({ context }: { context: ActionContext }) => {
      calls.push(context.gesture === "scroll" ? { id, gesture: context.gesture, delta: context.scroll.direction * context.scroll.delta } : { id, gesture: context.gesture });
    });
  }
  const send = async (...messages: ControllerMidi[]): Promise<void> => {
    for (const message of messages) running.rig.sendToNode(...message);
    await running.rig.settle();
  };
  return { ...running, calls, send };
}

/** Moves the clock to `offset` ms after a metro bang, so hold durations straddle ticks predictably. */
async function alignAfterTick(running: Running, offset: number): Promise<void> {
  const phase = running.rig.clock.now % METRO_MS;
  await running.rig.advance(METRO_MS - phase + offset);
}

async function hold(running: Running & { send: (...m: ControllerMidi[]) => Promise<void> }, channel: number, note: number, ms: number): Promise<void> {
  await running.send(noteOn(channel, note));
  await running.rig.advance(ms);
  await running.send(noteOff(channel, note));
}

test("press: acts on note on when the knob has no long press", async () => {
  const r = await recording();
  await r.send(noteOn(MAIN, 0));
  assert.equal(r.calls, [{ id: "transport.tapTempo", gesture: "press" }]);
  await r.send(noteOff(MAIN, 0));
  assert.is(r.calls.length, 1, "the release does nothing more");
});

test("long press is decided on release on the tick clock: 249 ms is a press, 251 ms a long press", async () => {
  const r = await recording();
  // 5 ms after a bang, 249 ms spans 14 ticks (238 ms) and 251 ms spans 15 (255 ms) of the 250 ms threshold.
  await alignAfterTick(r, 5);
  await hold(r, MAIN, 12, 249);
  assert.equal(r.calls, [{ id: "track.arm", gesture: "press" }]);
  await alignAfterTick(r, 5);
  await hold(r, MAIN, 12, 251);
  assert.equal(r.calls[1], { id: "nav.foldGroup", gesture: "longPress" });
});

test("a long press on a knob without a long-press action falls back to press", async () => {
  const r = await recording();
  await hold(r, MAIN, 0, 400);
  assert.equal(r.calls, [{ id: "transport.tapTempo", gesture: "press" }]);
});

test("a release without a press does nothing", async () => {
  const r = await recording();
  await r.send(noteOff(MAIN, 12), noteOff(MAIN, 0));
  assert.equal(r.calls, []);
  assert.equal(r.rig.posts("error"), []);
});

test("scroll in two's complement, with accelerated values", async () => {
  const r = await recording();
  await r.send(controlChange(MAIN, 1, 1), controlChange(MAIN, 1, 127), controlChange(MAIN, 1, 5), controlChange(MAIN, 1, 123));
  assert.equal(
    r.calls.map((c) => c.delta),
    [1, -1, 5, -5],
  );
});

for (const [encoding, values, deltas] of [
  ["binaryOffset", [65, 63, 70, 58], [1, -1, 6, -6]],
  ["signMagnitude", [1, 65, 7, 71], [1, -1, 7, -7]],
] as const) {
  test(`scroll in ${encoding}, with accelerated values`, async () => {
    const r = await recording();
    const doc = { ...(r.app.control.store.active as object), relativeEncoding: encoding };
    const result = r.app.control.store.load(JSON.parse(JSON.stringify(doc)));
    assert.ok(result.ok, JSON.stringify(result));
    await r.send(...values.map((v) => controlChange(MAIN, 1, v)));
    assert.equal(
      r.calls.map((c) => c.delta),
      [...deltas],
    );
  });
}

test("an unmapped gesture logs a warning naming the knob and the gesture", async () => {
  const r = await recording();
  // Main knob 5 records audio on press and has nothing to scroll.
  await r.send(controlChange(MAIN, 5, 1));
  assert.equal(r.calls, []);
  assert.ok(r.rig.posts("warn").some((line) => /Main/.test(line) && /5/.test(line) && /turn/.test(line)), r.rig.posts("warn").join("\n"));
});

test("two encoders turned at once keep their own actions", async () => {
  const r = await recording();
  await r.send(controlChange(MAIN, 13, 1), controlChange(MAIN, 15, 127), controlChange(MAIN, 13, 1), controlChange(MAIN, 15, 127));
  assert.equal(r.calls, [
    { id: "nav.tracks", gesture: "scroll", delta: 1 },
    { id: "track.volume", gesture: "scroll", delta: -1 },
    { id: "nav.tracks", gesture: "scroll", delta: 1 },
    { id: "track.volume", gesture: "scroll", delta: -1 },
  ]);
});

test("the same CC on two channels reaches two groups", async () => {
  const r = await recording();
  await r.send(controlChange(MAIN, 1, 1), controlChange(CUT, 1, 1));
  assert.equal(
    r.calls.map((c) => c.id),
    ["transport.tempo", "clip.start"],
  );
});

test("malformed controller messages are dropped and the next press still works", async () => {
  const r = await recording();
  r.rig.sendToNode("midi", "note", 99, 0, 127);
  r.rig.sendToNode("midi", "note", MAIN, 300, 127);
  r.rig.sendToNode("midi", "cc", MAIN);
  r.rig.sendToNode("midi", "x", "y", "z", "w");
  // An input device of the byte-forwarding version: `midi <channel> <status> <data1> <data2>`.
  r.rig.sendToNode("midi", MAIN, 0x90, 0, 127);
  await r.rig.settle();
  assert.equal(r.calls, []);
  await r.send(noteOn(MAIN, 0));
  assert.equal(r.calls, [{ id: "transport.tapTempo", gesture: "press" }]);
  assert.equal(r.rig.posts("error"), []);
});

test.run();
