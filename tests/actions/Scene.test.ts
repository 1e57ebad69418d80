// Scene knobs end to end: the selected scene fired, looped, created, duplicated, deleted, split and cropped
// in the simulated Live.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import type { LiveSet } from "../../src/sim/live/LiveSet";
import { actionRig, type ActionRig } from "../support/ec4";
import { divergences } from "../support/modelCheck";
import { assertRefused, clipAt, prop, selectedSceneIndex, snapshot, trackNamed, warned } from "../support/liveState";

function loopOf(set: LiveSet, track: string, scene: number): [number, number] | null {
  const clip = clipAt(set, track, scene);
  return clip === null ? null : [prop(set, clip.id, "loop_start"), prop(set, clip.id, "loop_end")];
}

// Fire, create and duplicate have no guard case: Live always has a selected scene (a set keeps at least
// one, and deleting the selected one selects another), firing an empty scene is how a row is stopped,
// and the Song page (https://docs.cycling74.com/apiref/lom/song/) names no refusal of create_scene or
// duplicate_scene at a valid index.
test("fire: the selected scene's clips play; launching is not an edit, so no undo step", async () => {
  const r = await actionRig("flat");
  r.set.selectScene("live_set scenes 1");
  assert.is(await r.play("scene.fire"), 0);
  await r.rig.advance(100);
  assert.is(prop(r.set, trackNamed(r.set, "Bass").id, "playing_slot_index"), 1);
  assert.is(prop(r.set, "live_set", "is_playing"), 1);
});

test("create: an empty scene right after the selected one, one undo step", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("scene.create"), 1);
  assert.is(r.set.song.scenes.length, 5);
  assert.is(clipAt(r.set, "Bass", 1), null, "the new scene is empty");
  assert.ok(clipAt(r.set, "Bass", 2) !== null, "the old scene 1 moved down");
});

test("duplicate: a copy of the scene and its clips below it, selected", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("scene.duplicate"), 1);
  assert.is(r.set.song.scenes.length, 5);
  assert.is(selectedSceneIndex(r.set), 1);
  assert.is(clipAt(r.set, "Guitar", 1)?.length, 8);
  assert.is(clipAt(r.set, "Kick", 1)?.length, 4);
});

test("undo of a duplicate: the copy's row goes with no error in the console, and the model follows", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("scene.duplicate"), 1);
  const errorsBefore = r.rig.posts("error").length;
  r.set.callFunction("live_set", "undo");
  await r.rig.advance(500);
  assert.is(r.set.song.scenes.length, 4);
  assert.equal(r.rig.posts("error").slice(errorsBefore), [], "a re-read of a slot Live removed meanwhile is no error");
  assert.equal(divergences(r.app, r.set), []);
});

test("delete: the selected scene and its clips go, one undo step", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("scene.delete"), 1);
  assert.is(r.set.song.scenes.length, 3);
  assert.ok(clipAt(r.set, "Bass", 0) !== null, "scene 1 is now first");
});

test("delete guard: the last scene stays: warning, nothing changed", async () => {
  const r = await actionRig({ scenes: 1, tracks: [{ name: "A", type: "midi", clips: [{ slot: 0, length: 4 }] }] });
  await assertRefused(r, "scene.delete", "a set keeps at least one scene");
});

/** An 8-bar clip and a 2-bar clip in scene 0, a 1-bar clip in scene 1; scene 2 empty. */
const LONG: SetDescription = {
  scenes: 3,
  tracks: [
    { name: "Long", type: "midi", clips: [{ slot: 0, length: 32, looping: true }, { slot: 1, length: 4, looping: true }] },
    { name: "Short", type: "midi", clips: [{ slot: 0, length: 8, looping: true }] },
  ],
};

test("split: scroll chooses the bar, press keeps the bars before it and moves the rest to a copy below", async () => {
  const r = await actionRig(LONG);
  assert.is(await r.play("scene.split", -2), 0, "choosing the bar changes nothing in Live"); // from the middle (bar 5) to bar 3
  assert.ok(r.infos().some((line) => line.includes("Split scene 1 at bar 3 of 8")), r.infos().join("\n"));
  assert.is(await r.play("scene.split"), 7, "an undo entry a change: the copy of the scene, then each clip's region on both sides");
  assert.is(r.set.song.scenes.length, 4);
  assert.equal(loopOf(r.set, "Long", 0), [0, 8]);
  assert.equal(loopOf(r.set, "Long", 1), [8, 32]);
  assert.is(prop(r.set, clipAt(r.set, "Long", 1)!.id, "start_marker"), 8, "the copy starts where the split is");
  assert.equal(loopOf(r.set, "Short", 0), [0, 8], "a clip no longer than the point is kept whole");
  assert.equal(loopOf(r.set, "Short", 1), [0, 8]);
  assert.equal(loopOf(r.set, "Long", 2), [0, 4], "the next scene moved down untouched");
});

test("split guard: a one-bar scene cannot be split: warning, nothing changed", async () => {
  const r = await actionRig(LONG);
  r.set.selectScene("live_set scenes 1");
  await assertRefused(r, "scene.split", "is only one bar long");
});

test("crop: scroll chooses the bars kept, press crops the longer clips to them", async () => {
  const r = await actionRig(LONG);
  assert.is(await r.play("scene.crop", 2), 0); // from the middle (4 bars) to 6
  assert.is(await r.play("scene.crop"), 2, "an undo entry a change: the loop end and end marker of the longer clip");
  assert.is(r.set.song.scenes.length, 3);
  assert.equal(loopOf(r.set, "Long", 0), [0, 24]);
  assert.equal(loopOf(r.set, "Short", 0), [0, 8]);
});

test("crop guard: an empty scene: warning, nothing changed", async () => {
  const r = await actionRig(LONG);
  r.set.selectScene("live_set scenes 2");
  await assertRefused(r, "scene.crop", "has no clips");
});

/** Advances `bars` bars at 120 BPM in metro steps, noting in which bars the scene was triggered. */
async function triggeredBars(r: ActionRig, scene: number, bars: number, from: number): Promise<number[]> {
  const seen = new Set<number>();
  const target = r.set.song.scenes[scene]!;
  const barMs = 2000;
  for (let elapsed = 0; elapsed < bars * barMs; elapsed += 50) {
    await r.rig.advance(50);
    if (target.values.is_triggered === 1) seen.add(Math.floor(prop(r.set, "live_set", "current_song_time") / 4) - from);
  }
  return [...seen];
}

test("loop: the scene is fired again in its last bar, every cycle, until toggled off", async () => {
  const r = await actionRig("flat"); // scene 0: a 1-bar and a 2-bar clip
  assert.is(await r.play("scene.loop"), 0, "firing is not an edit");
  assert.is(prop(r.set, "live_set", "is_playing"), 1);
  const start = Math.floor(prop(r.set, "live_set", "current_song_time") / 4);
  assert.equal(await triggeredBars(r, 0, 6, start), [1, 3, 5]);
  await r.play("scene.loop");
  assert.equal(await triggeredBars(r, 0, 4, start), [], "no refire once toggled off");
  assert.is(prop(r.set, trackNamed(r.set, "Guitar").id, "playing_slot_index"), 0, "the clips play on");
});

test("loop ends when the song stops", async () => {
  const r = await actionRig("flat");
  await r.play("scene.loop");
  await r.rig.advance(2500);
  await r.play("transport.playStop");
  assert.is(prop(r.set, "live_set", "is_playing"), 0);
  assert.is(r.app.song.scenes()[0]!.looping, false);
});

test("loop guard: an empty scene: warning, nothing fired", async () => {
  const r = await actionRig("flat");
  r.set.selectScene("live_set scenes 3");
  const before = snapshot(r.set);
  assert.is(await r.play("scene.loop"), 0);
  assert.ok(warned(r, "has no clips"), r.statuses().join("\n"));
  assert.is(snapshot(r.set), before, "the song is still stopped");
});

test.run();
