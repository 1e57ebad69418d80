// Double press and shift end to end on the default mapping: EC4 bytes through Live's port into the input
// devices, the bundle, simulated Live. Main 3 "SHFT" is Main's shift (held: TAP turns fine tempo and
// presses the metronome); Set 15 "DELS" deletes the selected scene on a double press only.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { QUIET_MS } from "../../src/control/GestureUndo";
import { ticksToShim } from "../../src/sim/ticksToShim";
import { METRO_MS } from "../../src/sim/max/Rig";
import type { WireBatch } from "../../src/wire/protocol";
import { actionRig } from "../support/ec4";
import { prop, snapshot, warned } from "../support/liveState";
import { cloneDefaultMapping } from "../control/harness";

const tempo = (r: { set: Parameters<typeof prop>[0] }) => prop(r.set, "live_set", "tempo");

test("shift + turn runs the shift action (fine tempo), shift + press the metronome; released, TAP is itself again", async () => {
  const r = await actionRig("flat");
  const start = tempo(r);
  await r.ec4.withShift("Main", () => r.ec4.turn("Main", 1, 3));
  await r.rig.advance(QUIET_MS + 200);
  assert.is(Math.round((tempo(r) - start) * 10), 3, "three detents of 0.1 BPM");
  const metronome = prop(r.set, "live_set", "metronome");
  await r.ec4.withShift("Main", () => r.ec4.press("Main", 1));
  await r.rig.advance(200);
  assert.is(prop(r.set, "live_set", "metronome"), 1 - metronome);
  await r.ec4.turn("Main", 1, 2);
  await r.rig.advance(QUIET_MS + 200);
  assert.is(tempo(r), Math.round(start) + 2, "then two detents of 1 BPM, landing on whole BPM");
  assert.is(prop(r.set, "live_set", "metronome"), 1 - metronome, "a plain press taps the tempo");
});

test("shift + press and shift + long press run the shift actions: undo, then redo", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("transport.metronome"), 1);
  assert.is(prop(r.set, "live_set", "metronome"), 1);
  await r.ec4.withShift("Main", () => r.ec4.press("Main", 10));
  await r.rig.advance(200);
  assert.is(prop(r.set, "live_set", "metronome"), 0, "shift + CNCL: undo");
  await r.ec4.withShift("Main", () => r.ec4.longPress("Main", 10));
  await r.rig.advance(200);
  assert.is(prop(r.set, "live_set", "metronome"), 1, "shift + long CNCL: redo");
  assert.not.ok(r.statuses().some((line) => line.includes("Cancel")), r.statuses().join("\n"));
});

test("DELS: a double press deletes the selected scene, one undo step; a single push deletes nothing and says how", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("scene.delete"), 1, "VirtualEc4 plays the binding: a double press");
  assert.is(r.set.song.scenes.length, 3);
  const before = snapshot(r.set);
  await r.ec4.press("Set", 15);
  await r.rig.advance(200);
  assert.is(snapshot(r.set), before);
  assert.ok(warned(r, 'Set knob 15 "DELS": no action for press (double-press it)'), r.statuses().join("\n"));
  // Two pushes 400 ms apart: two single pushes, nothing deleted.
  await r.ec4.press("Set", 15);
  await r.rig.advance(100);
  await r.ec4.press("Set", 15);
  await r.rig.advance(200);
  assert.is(r.set.song.scenes.length, 3);
});

test("latency: a single press of a double-press knob reaches the shim 18 ticks (306 ms) after its release; others at once", async () => {
  const r = await actionRig("demo");
  const mapping = cloneDefaultMapping();
  const metronome = mapping.groups[2]!.encoders.find((e) => e.position === 2)!;
  metronome.doublePress = "transport.tapTempo";
  assert.ok(r.app.control.store.load(mapping).ok);
  const isMetronome = (batch: WireBatch) => batch.ops.some((op) => op.op === "set" && op.prop === "metronome");
  const pushAndRelease = () => {
    r.ec4.down("Set", 2);
    r.ec4.up("Set", 2);
  };
  assert.is(await ticksToShim(r.rig, r.app, pushAndRelease, isMetronome), 18);
  await r.rig.advance(20 * METRO_MS);
  delete metronome.doublePress;
  assert.ok(r.app.control.store.load(mapping).ok);
  assert.is(await ticksToShim(r.rig, r.app, pushAndRelease, isMetronome), 0);
});

test("a shift whose release never came is forgotten by the next sync: TAP taps again", async () => {
  const r = await actionRig("flat");
  r.ec4.down("Main", 3);
  await r.rig.advance(100);
  const syncs = r.app.syncCount;
  await r.ec4.press("Set", 4);
  await r.rig.advance(2_000);
  assert.ok(r.app.syncCount > syncs, "set.reinit read the set again");
  const metronome = prop(r.set, "live_set", "metronome");
  await r.ec4.press("Main", 1);
  await r.rig.advance(200);
  assert.is(prop(r.set, "live_set", "metronome"), metronome, "not the shift press");
  assert.ok(r.statuses().some((line) => line.includes("Tap tempo")), r.statuses().join("\n"));
});

test("shift and double press take every binding a press takes: a list with a wait, a call", async () => {
  const r = await actionRig("flat");
  const mapping = cloneDefaultMapping();
  const tap = mapping.groups[0]!.encoders.find((e) => e.position === 1)!;
  tap.shift = { ...tap.shift, press: ["transport.metronome", { wait: "500 ms" }, "transport.metronome"] };
  mapping.groups[2]!.encoders.find((e) => e.position === 2)!.doublePress = { action: "transport.metronome" };
  assert.ok(r.app.control.store.load(mapping).ok);
  const metronome = prop(r.set, "live_set", "metronome");
  await r.ec4.withShift("Main", () => r.ec4.press("Main", 1));
  await r.rig.advance(200);
  assert.is(prop(r.set, "live_set", "metronome"), 1 - metronome, "the list's first step");
  await r.rig.advance(600);
  assert.is(prop(r.set, "live_set", "metronome"), metronome, "its last step, after the wait");
  await r.ec4.doublePress("Set", 2);
  await r.rig.advance(200);
  assert.is(prop(r.set, "live_set", "metronome"), 1 - metronome, "the double press's call");
});

test.run();
