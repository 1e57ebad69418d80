// One undo step per gesture, end to end: the virtual EC4 through the input device, the simulated Live's
// undo history. A knob's detents are one step until it rests QUIET_MS (counted in metro ticks) or another
// action starts; on a parameter, the turn is wrapped in begin_gesture / end_gesture where Live has them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { QUIET_MS } from "../../src/control/GestureUndo";
import { NO_GESTURES_WARNING } from "../../src/model/LiveUndoSteps";
import { METRO_MS } from "../../src/sim/max/Rig";
import { msToTicks } from "../../src/time/TickScheduler";
import { actionRig } from "../support/ec4";
import { prop, trackNamed } from "../support/liveState";
import { BRIDGE_WITH_UNDO_FUNCTIONS } from "../support/hypotheticalBridge";
import { logLines } from "../support/logMessages";

const QUIET_TICKS = msToTicks(QUIET_MS);

test("20 detents of volume are one undo step, and one undo takes the whole turn back", async () => {
  const r = await actionRig("flat", BRIDGE_WITH_UNDO_FUNCTIONS);
  const volume = trackNamed(r.set, "Kick").mixer.volume;
  const start = prop(r.set, volume.id, "value");
  assert.is(await r.play("track.volume", -20), 1);
  assert.ok(Math.abs(prop(r.set, volume.id, "value") - (start - 0.2)) < 1e-9);
  r.set.callFunction("live_set", "undo");
  assert.is(prop(r.set, volume.id, "value"), start);
});

test("the turn's step ends once the knob rests: open after a few ticks, closed after the quiet ticks", async () => {
  const r = await actionRig("flat", BRIDGE_WITH_UNDO_FUNCTIONS);
  const knob = r.ec4.knobFor("track.volume", "scroll")!;
  await r.rig.advance(200);
  const before = r.set.undoHistory.length;
  await r.ec4.turn(knob.group, knob.position, 3);
  await r.rig.advance((QUIET_TICKS - 5) * METRO_MS);
  assert.is(r.set.undoHistory.length, before, "still one gesture");
  await r.ec4.turn(knob.group, knob.position, 2);
  await r.rig.advance((QUIET_TICKS - 5) * METRO_MS);
  assert.is(r.set.undoHistory.length, before, "a detent before the knob rests continues it");
  await r.rig.advance(10 * METRO_MS);
  assert.is(r.set.undoHistory.length, before + 1, "rested: one step for the five detents");
});

test("a burst of detents then a press of another action: two steps, closed at once when the press starts", async () => {
  const r = await actionRig("flat", BRIDGE_WITH_UNDO_FUNCTIONS);
  const kick = trackNamed(r.set, "Kick");
  const knob = r.ec4.knobFor("track.volume", "scroll")!;
  await r.rig.advance(200);
  const before = r.set.undoHistory.length;
  await r.ec4.turn(knob.group, knob.position, -5);
  await r.ec4.play("track.solo");
  await r.rig.advance(200);
  const steps = r.set.undoHistory.slice(before).map((step) => step.changes.map((change) => change.description.split(" ")[1]));
  assert.equal(steps, [Array(5).fill(`${kick.mixer.volume}.value`), [`${kick}.solo`]], JSON.stringify(steps));
});

test("two knobs turned one after the other are two steps", async () => {
  const r = await actionRig("flat", BRIDGE_WITH_UNDO_FUNCTIONS);
  await r.rig.advance(200);
  const before = r.set.undoHistory.length;
  const volume = r.ec4.knobFor("track.volume", "scroll")!;
  const tempo = r.ec4.knobFor("transport.tempo", "scroll")!;
  await r.ec4.turn(volume.group, volume.position, 4);
  await r.ec4.turn(tempo.group, tempo.position, 4);
  await r.rig.advance(QUIET_MS + 200);
  assert.is(r.set.undoHistory.length - before, 2);
});

test("a turn of a parameter is wrapped in begin_gesture / end_gesture once, where Live has them", async () => {
  const r = await actionRig("flat", BRIDGE_WITH_UNDO_FUNCTIONS);
  const volume = trackNamed(r.set, "Kick").mixer.volume;
  await r.rig.advance(1000);
  assert.is(r.app.undoSteps.gestures.available, true, "the probe found them");
  assert.is(await r.play("track.volume", 12), 1);
  assert.equal(r.set.gestureCalls, [`begin ${volume}`, `end ${volume}`]);
  assert.equal(r.rig.posts("warn"), []);
});

test("Node restarting in the middle of a turn: the next bundle ends the parameter's gesture and closes the step", async () => {
  const r = await actionRig("flat", BRIDGE_WITH_UNDO_FUNCTIONS);
  const volume = trackNamed(r.set, "Kick").mixer.volume;
  await r.rig.advance(1000);
  const knob = r.ec4.knobFor("track.volume", "scroll")!;
  await r.ec4.turn(knob.group, knob.position, 3);
  await r.rig.advance(100);
  assert.equal(r.set.gestureCalls, [`begin ${volume}`], "the turn is under way");
  await r.rig.restartNode();
  await r.rig.advance(1000);
  assert.equal(r.set.gestureCalls, [`begin ${volume}`, `end ${volume}`]);
});

test("a device's parameter turned by the value knob: one step, one gesture", async () => {
  const r = await actionRig({
    tracks: [{ name: "Synth", type: "midi", devices: [{ name: "Wavetable", type: "instrument", parameters: [{ name: "Cutoff", value: 0.5, min: 0, max: 1 }] }] }],
  }, BRIDGE_WITH_UNDO_FUNCTIONS);
  const wavetable = trackNamed(r.set, "Synth").devices[0]!;
  const cutoff = wavetable.parameters.find((p) => p.values.name === "Cutoff")!;
  r.set.callFunction("live_set view", "select_device", "id", wavetable.id);
  await r.play("nav.parameter", 2);
  assert.is(await r.play("nav.parameterValue", 10), 1);
  assert.ok(Math.abs(prop(r.set, cutoff.id, "value") - 0.6) < 1e-9);
  assert.equal(r.set.gestureCalls, [`begin ${cutoff}`, `end ${cutoff}`]);
});

test("without begin_gesture / end_gesture (every known Live): never called, said once in the log, and the volume still moves", async () => {
  const r = await actionRig("flat");
  const volume = trackNamed(r.set, "Kick").mixer.volume;
  const start = prop(r.set, volume.id, "value");
  await r.rig.advance(1000);
  assert.is(r.app.platform.report?.parameterGestures, false);
  // The simulated Live keeps a parameter's writes outside a gesture out of the step (the conservative case).
  assert.is(await r.play("track.volume", 4), 4);
  assert.ok(Math.abs(prop(r.set, volume.id, "value") - (start + 0.04)) < 1e-9);
  assert.equal(r.set.gestureCalls, []);
  assert.equal(r.rig.posts("warn"), []);
  assert.equal(logLines(r.rig).filter((line) => line.message === NO_GESTURES_WARNING).map((line) => line.level), ["debug"]);
  assert.not.ok(r.rig.posts("error").some((line) => line.includes("gesture")), r.rig.posts("error").join("\n"));
});

test.run();
