// Transport knobs end to end: MIDI in, the simulated Live's song changed, one undo step each.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig } from "../support/ec4";

const num = (set: { read(target: string, prop: string): unknown[] }, prop: string) => Number(set.read("live_set", prop)[0]);

test("tempo: one BPM per detent, both ways, each detent its own undo step", async () => {
  const r = await actionRig("flat");
  const start = num(r.set, "tempo");
  assert.is(await r.play("transport.tempo", 3), 3);
  assert.is(num(r.set, "tempo"), start + 3);
  await r.play("transport.tempo", -5);
  assert.is(num(r.set, "tempo"), start - 2);
});

test("tap tempo: two taps half a second apart set 120 BPM", async () => {
  const r = await actionRig({ tempo: 90, tracks: [{ name: "A", type: "midi" }] });
  const knob = r.ec4.knobFor("transport.tapTempo", "press")!;
  const firstAt = r.rig.clock.now;
  await r.ec4.press(knob.group, knob.position);
  await r.rig.advance(500 - (r.rig.clock.now - firstAt));
  await r.ec4.press(knob.group, knob.position);
  await r.rig.advance(200);
  assert.ok(Math.abs(num(r.set, "tempo") - 120) < 1, `tempo ${num(r.set, "tempo")}`);
});

test("play / stop starts and stops the song", async () => {
  const r = await actionRig("flat");
  await r.play("transport.playStop");
  assert.is(num(r.set, "is_playing"), 1);
  await r.play("transport.playStop");
  assert.is(num(r.set, "is_playing"), 0);
});

test("metronome toggles, one undo step", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("transport.metronome"), 1);
  assert.is(num(r.set, "metronome"), 1);
  await r.play("transport.metronome");
  assert.is(num(r.set, "metronome"), 0);
});

test.run();
