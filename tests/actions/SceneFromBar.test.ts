// Firing the selected scene from a chosen bar, end to end (Song 2 on EC4 channel 7): the scene launches
// and the song moves to the bar (Song.scrub_by), read in the simulated Live's song time.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig, type ActionRig } from "../support/ec4";
import { clipAt, prop, warned } from "../support/liveState";

/** Chorus: a 4-bar clip on A and a 1-bar clip on B; scene 1 is empty. */
const SET: SetDescription = {
  scenes: [{ name: "Chorus" }, { name: "Empty" }],
  tracks: [
    { name: "A", type: "midi", clips: [{ slot: 0, length: 16, looping: true }] },
    { name: "B", type: "midi", clips: [{ slot: 0, length: 4, looping: true }] },
  ],
};

const said = (r: ActionRig, text: string) => r.statuses().some((line) => line.startsWith("info") && line.includes(text));
const position = (r: ActionRig, track: string) => prop(r.set, clipAt(r.set, track, 0)!.id, "playing_position");

test("scroll chooses the bar; press fires the scene and moves the song there; neither is an undo entry", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("song.fireFromBar", 2), 0);
  assert.ok(said(r, "Fire Chorus from bar 3 of 4"), r.statuses().join("\n"));
  assert.is(await r.play("song.fireFromBar", 5), 0);
  assert.ok(said(r, "Fire Chorus from bar 4 of 4"), "the bar stays within the scene");
  await r.play("song.fireFromBar", -1);
  const before = r.set.undoHistory.length;
  await r.ec4.play("song.fireFromBar");
  // From the press: the launch, then the scrub; at most a 16th and a metro tick late.
  await r.rig.advance(120);
  const played = prop(r.set, "live_set", "current_song_time");
  assert.ok(played >= 8 && played < 8.5, `song time ${played}`);
  assert.ok(position(r, "A") >= 8 && position(r, "A") < 8.5, `A plays bar 3: ${position(r, "A")}`);
  assert.ok(position(r, "B") >= 0 && position(r, "B") < 0.5, `B, one bar long, plays its start: ${position(r, "B")}`);
  await r.rig.advance(500);
  assert.ok(said(r, "Chorus fired from bar 3"), r.statuses().join("\n"));
  assert.is(r.set.undoHistory.length, before);
});

test("on a playing song the scene launches on the next bar, then moves to the chosen bar", async () => {
  const r = await actionRig(SET);
  r.set.callFunction("live_set", "start_playing");
  await r.rig.advance(700);
  await r.play("song.fireFromBar", 1);
  await r.ec4.play("song.fireFromBar");
  const songTime = () => prop(r.set, "live_set", "current_song_time");
  let before = songTime();
  while (songTime() - before < 1) {
    before = songTime();
    await r.rig.advance(17);
  }
  // The scene launched on bar 2 (song time 4); the scrub moves it a bar on from its start: the bundle
  // counts the time played since the launch from the song time it last heard (16ths), so A lands on bar 2
  // within a 16th and the ticks the round trip took.
  assert.ok(before < 4.5, `the scrub came right after the launch: ${before}`);
  assert.ok(position(r, "A") >= 4 && position(r, "A") < 4.35, `A plays bar 2: ${position(r, "A")}`);
});

test("a scene with no clips: a warning, nothing fires", async () => {
  const r = await actionRig({ ...SET, selectedScene: 1 });
  assert.is(await r.play("song.fireFromBar"), 0);
  assert.ok(warned(r, 'scene "Empty" has no clips'), r.statuses().join("\n"));
  assert.is(prop(r.set, "live_set", "is_playing"), 0);
});

test.run();
