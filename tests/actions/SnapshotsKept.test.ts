// What keeps the snapshot slots: Live's set ([pattr p0_set]: closing Live, a Node restart, Ctrl+Z of a
// store) and the device's [dict] (the chosen slot and the ramp's length, across a Node restart).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { CHUNKED } from "../../src/control/StoredChunks";
import { trackNamed } from "../support/liveState";
import { SET, lastStatus, moveAway, synthRig } from "../support/snapshotRig";

test("a store is kept with the set: one entry in Live's undo history, and Ctrl+Z gives the slots from before back", async () => {
  const { r } = await synthRig();
  assert.is(await r.play("snap.store"), 0, "no entry for Live's objects");
  assert.is(r.rig.setStorage.undoSteps, 1, "one entry: the stored parameter");
  const stored = JSON.parse(String(r.rig.setStorage.current![0])) as { snapshots: { version: number; kept: unknown[] } };
  assert.is(stored.snapshots.version, 1);
  assert.is(stored.snapshots.kept.length, 8);
  r.rig.setStorage.undo();
  await r.rig.advance(100);
  await r.play("snap.slot", 1);
  await r.play("snap.slot", -1);
  assert.is(lastStatus(r), "info Slot 1: empty", "the undone store is gone from the slots too");
  assert.is(r.rig.setStorage.undoSteps, 0, "taking Live's copy stores nothing back");
});

test("the slots come back when Live reopens the set: new ids, found by their names", async () => {
  const first = await synthRig();
  await first.r.play("snap.store");
  const saved = first.r.rig.setStorage.current!;
  // Live hands out ids anew when it opens a set: a track before the others moves every id here.
  const reopened: SetDescription = { ...SET, tracks: [{ name: "Intro", type: "audio" }, ...SET.tracks!] };
  const { r, parameters } = await synthRig(reopened, { storedSet: saved });
  assert.ok(parameters.cutoff!.id !== first.parameters.cutoff!.id, "the ids moved");
  moveAway(r, parameters);
  r.set.selectTrack(trackNamed(r.set, "Intro").id);
  assert.is(await r.play("snap.recall"), 3);
  assert.ok(Math.abs(parameters.cutoff!.value - 0.5) < 1e-6, String(parameters.cutoff!.value));
  assert.is(lastStatus(r), "info Slot 1 recalled: Synth · Wavetable, 3 values");
});

test("a Node restart keeps the slots (read from the set), the chosen slot and the ramp's length (the device's dict)", async () => {
  const { r, parameters } = await synthRig();
  await r.play("snap.slot", 2);
  await r.play("snap.store");
  await r.play("snap.rampLength", 1);
  moveAway(r, parameters);
  await r.rig.restartNode();
  assert.is(await r.play("snap.recall"), 3);
  assert.is(lastStatus(r), "info Slot 3 recalled: Synth · Wavetable, 3 values");
  await r.play("snap.rampLength", -1);
  assert.is(lastStatus(r), "info Ramp: 4 beats", "8 beats before the restart, one less now");
});

test("a copy the script does not store is dropped with a warning, the slots left empty", async () => {
  const { r } = await synthRig(SET, { storedSet: [JSON.stringify({ snapshots: { version: 1, kept: [1, 2, 3] } })] });
  assert.ok(r.rig.posts("warn").some((line) => line.includes("what the set keeps for snapshots was dropped")), r.rig.posts("warn").join("\n"));
  await r.play("snap.slot", 1);
  await r.play("snap.slot", -1);
  assert.is(lastStatus(r), "info Slot 1: empty");
});

test("a device with many parameters in 8 slots is stored in pieces of at most an atom and read back whole", async () => {
  const parameters = Array.from({ length: 120 }, (_, i) => ({ name: `Macro number ${i + 1} of the big rack`, value: i / 200, min: 0, max: 1 }));
  const big: SetDescription = { ...SET, tracks: [{ name: "Synth", type: "midi", devices: [{ name: "Wavetable", type: "instrument", parameters }] }] };
  const first = await synthRig(big);
  for (let slot = 0; slot < 8; slot++) {
    await first.r.play("snap.store");
    await first.r.play("snap.slot", 1);
  }
  const saved = first.r.rig.setStorage.current!;
  assert.is(saved[0], CHUNKED, `${String(saved[2])} characters`);
  assert.ok(saved.slice(3).every((piece) => String(piece).length <= 30_000));
  const { r } = await synthRig(big, { storedSet: saved });
  await r.play("snap.slot", 7);
  assert.is(lastStatus(r), "info Slot 8: Synth · Wavetable");
  assert.is(r.rig.posts("warn").length, 0, r.rig.posts("warn").join("\n"));
});

test.run();
