// Snapshots end to end, EC4 bytes to simulated Live (the Snap group, channel 10): a store, a recall at once
// (one undo entry a parameter it changes), a ramp in song time that lands on its beat with one entry a
// parameter, and the guards. What keeps the slots: SnapshotsKept.test.ts.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { DeviceParameter } from "../../src/sim/live/DeviceParameter";
import { actionRig } from "../support/ec4";
import { assertRefused, prop, trackNamed, warned } from "../support/liveState";
import { SET, lastStatus, moveAway, synthRig } from "../support/snapshotRig";

test("store then recall at once: a store writes nothing in Live; a recall writes what differs, one undo entry each", async () => {
  const { r, parameters } = await synthRig();
  const stored = Object.fromEntries(Object.entries(parameters).map(([key, p]) => [key, p.value]));
  assert.is(await r.play("snap.store"), 0, "a store is the script's own");
  assert.is(lastStatus(r), "info Slot 1 stored: Synth · Wavetable, 6 values", r.statuses().join("\n")); // volume, pan, send A, Device On, Cutoff, Res
  moveAway(r, parameters);
  assert.is(await r.play("snap.recall"), 3, "three values differ: three entries");
  for (const [key, p] of Object.entries(parameters)) assert.ok(Math.abs(p.value - stored[key]!) < 1e-6, `${key}: ${p.value} is not ${stored[key]}`);
  assert.is(lastStatus(r), "info Slot 1 recalled: Synth · Wavetable, 3 values");
  assert.is(await r.play("snap.recall"), 0, "nothing differs: nothing written");
  assert.is(lastStatus(r), "info Slot 1 Synth · Wavetable: already there");
});

test("the slot knob chooses among 8 slots; an empty one refuses a recall and a ramp, nothing changed", async () => {
  const { r } = await synthRig();
  await r.play("snap.store");
  assert.is(await r.play("snap.slot", 1), 0);
  assert.is(lastStatus(r), "info Slot 2: empty");
  await assertRefused(r, "snap.recall", "slot 2 is empty");
  r.set.callFunction("live_set", "start_playing");
  await assertRefused(r, "snap.ramp", "slot 2 is empty");
  r.set.callFunction("live_set", "stop_playing");
  await r.play("snap.slot", 20);
  assert.is(lastStatus(r), "info Slot 8: empty", "stops at 8");
  await r.play("snap.slot", -20);
  assert.is(lastStatus(r), "info Slot 1: Synth · Wavetable");
});

test("store guard: no device selected on the selected track: warning, nothing stored", async () => {
  const r = await actionRig(SET);
  r.set.selectTrack(trackNamed(r.set, "Drums").id);
  await assertRefused(r, "snap.store", "no selected device");
  await assertRefused(r, "snap.recall", "slot 1 is empty");
});

test("recall guard: the stored track is gone: warning, nothing changed", async () => {
  const { r, parameters } = await synthRig();
  await r.play("snap.store");
  moveAway(r, parameters);
  r.set.deleteTrack(trackNamed(r.set, "Synth").id);
  await assertRefused(r, "snap.recall", "slot 1: track Synth is gone");
});

test("a device replaced by one of its kind: what still matches by name is recalled, and the status line says what does not", async () => {
  const { r, parameters } = await synthRig();
  await r.play("snap.store");
  moveAway(r, parameters);
  const synth = trackNamed(r.set, "Synth");
  r.set.callFunction(synth.id, "delete_device", 0);
  r.set.addDevice(synth.id, { name: "Wavetable", type: "instrument", parameters: [{ name: "Cutoff", value: 0.1, min: 0, max: 1 }, { name: "Drive", value: 0, min: 0, max: 1 }] });
  const cutoff = synth.devices[0]!.parameters.find((p) => p.values.name === "Cutoff")!;
  assert.is(await r.play("snap.recall"), 3, "volume, send A and the new Cutoff");
  assert.ok(Math.abs(cutoff.value - 0.5) < 1e-6, String(cutoff.value));
  assert.is(lastStatus(r), "info Slot 1 recalled: Synth · Wavetable, 3 values (Wavetable was replaced, 1 of 6 values no longer match)");
});

/** What Live plays on `parameter` now: a held remote's value, else the stored one. */
const playing = (parameter: DeviceParameter): number => parameter.remote ?? parameter.value;

test("a ramp glides in song time and lands on its beat: one undo entry a parameter", async () => {
  const { r, parameters } = await synthRig();
  await r.play("snap.store");
  moveAway(r, parameters);
  await assertRefused(r, "snap.ramp", "the song is stopped");
  r.set.callFunction("live_set", "start_playing");
  await r.rig.advance(1_000);
  assert.is(await r.play("snap.rampLength", -1), 0);
  assert.is(lastStatus(r), "info Ramp: 2 beats");
  const undoBefore = r.set.undoHistory.length;
  await r.ec4.play("snap.ramp");
  const pressedAt = prop(r.set, "live_set", "current_song_time");
  const landsAt = Math.round(pressedAt) + 2;
  const cutoff = parameters.cutoff!;
  let landedAt: number | null = null;
  let midway = false;
  while (landedAt === null && prop(r.set, "live_set", "current_song_time") < landsAt + 1) {
    await r.rig.advance(17);
    const now = prop(r.set, "live_set", "current_song_time");
    if (Math.abs(cutoff.value - 0.5) < 1e-6) landedAt = now;
    else if (playing(cutoff) < 0.85 && playing(cutoff) > 0.55) midway = true;
  }
  assert.ok(midway, "Live played values between the two while it ramped");
  assert.ok(landedAt !== null && landedAt >= landsAt && landedAt < landsAt + 0.1, `landed at ${landedAt}, the beat is ${landsAt}`);
  await r.rig.advance(500);
  assert.is(r.set.undoHistory.length - undoBefore, 3, "one entry a parameter it changed");
  assert.ok(r.statuses().some((line) => line.startsWith("info Slot 1 Synth · Wavetable: ramp over 2 beats")), r.statuses().join("\n"));
  assert.is(lastStatus(r), "info Slot 1 Synth · Wavetable landed: 3 values");
  assert.not.ok(warned(r, "Live refused"), r.statuses().join("\n"));
});

test("a ramp leaves two remotes to the hands: a knob turned while 10 parameters ramp is still one undo entry", async () => {
  const parameters = Array.from({ length: 10 }, (_, i) => ({ name: `P${i + 1}`, value: 0.5, min: 0, max: 1 }));
  const [synth, drums] = SET.tracks!;
  const wavetable = synth!.devices![0]!;
  const { r } = await synthRig({ ...SET, tracks: [{ ...synth!, devices: [{ ...wavetable, parameters: [...wavetable.parameters!, ...parameters] }] }, drums!] });
  await r.play("snap.store");
  const plugin = trackNamed(r.set, "Synth").devices[0]!;
  for (const parameter of plugin.parameters.filter((p) => String(p.values.name).startsWith("P"))) r.set.setProperty(parameter.id, "value", 0.9);
  r.set.callFunction("live_set", "start_playing");
  r.set.selectTrack(trackNamed(r.set, "Drums").id);
  await r.rig.advance(500);
  await r.ec4.play("snap.ramp");
  assert.ok(r.statuses().some((line) => line.endsWith("6 gliding, 4 on the beat")), r.statuses().join("\n"));
  const undoBefore = r.set.undoHistory.length;
  const knob = r.ec4.knobFor("track.volume", "scroll")!;
  await r.ec4.turn(knob.group, knob.position, -5);
  await r.rig.advance(2_700);
  assert.is(r.set.undoHistory.length - undoBefore, 11, "the turn's one entry (five without a remote) and the ramp's ten");
});

test.run();
