// Song mode end to end (the Song group, EC4 channel 7): the knob's MIDI in, the simulated Live's scenes
// launched in song time, the status line, the undo history and the state kept across a Node restart.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { STATE_DICT } from "../../src/sim/max/NodeScriptHost";
import { actionRig, type ActionRig } from "../support/ec4";
import { clipAt, prop, warned } from "../support/liveState";

/** Intro (2 bars), a skipped break, Verse (1 bar), Outro (1 bar): each scene's clip on track A, Verse's also on B. */
function song(breakName = "Skip break"): SetDescription {
  return {
    scenes: [{ name: "Intro" }, { name: breakName }, { name: "Verse" }, { name: "Outro" }],
    tracks: [
      {
        name: "A",
        type: "midi",
        clips: [0, 1, 2, 3].map((slot) => ({ slot, length: slot === 0 ? 8 : 4, looping: true })),
      },
      { name: "B", type: "midi", clips: [{ slot: 2, length: 4, looping: true }] },
    ],
  };
}

const songTime = (r: ActionRig) => prop(r.set, "live_set", "current_song_time");
const said = (r: ActionRig, text: string) => r.statuses().some((line) => line.startsWith("info") && line.includes(text));

/** Plays on for `beats` beats (120 BPM) and returns, per scene index, the song time track A started it (its first launch). */
async function starts(r: ActionRig, beats: number): Promise<Map<number, number>> {
  const seen = new Map<number, number>();
  const end = songTime(r) + beats;
  while (songTime(r) < end) {
    await r.rig.advance(20);
    for (const scene of [0, 1, 2, 3]) {
      const clip = clipAt(r.set, "A", scene)!;
      if (prop(r.set, clip.id, "is_playing") === 1 && !seen.has(scene)) seen.set(scene, songTime(r) - prop(r.set, clip.id, "playing_position"));
    }
  }
  return seen;
}

test("song mode: each scene fires the next at its end, on the launch grid; skip scenes are passed over; no undo entry", async () => {
  const r = await actionRig(song());
  assert.is(await r.play("song.mode"), 0, "song mode is the device's state: no undo entry");
  assert.ok(said(r, "Song mode on"), r.statuses().join("\n"));
  await r.play("scene.fire");
  const seen = await starts(r, 20);
  assert.is(seen.get(0), 0, "Intro launches at once on a stopped song");
  assert.is(seen.has(1), false, "the skip scene never plays");
  assert.is(seen.get(2), 8, "Verse launches at Intro's end, 2 bars on");
  assert.is(seen.get(3), 12, "Outro launches at Verse's end");
  assert.is(prop(r.set, clipAt(r.set, "B", 2)!.id, "is_playing"), 0, "Verse's other clip stopped with Outro's launch");
  assert.is(prop(r.set, clipAt(r.set, "A", 3)!.id, "is_playing"), 1, "the last scene plays on");
  assert.is(r.set.undoHistory.length, 0);
});

test("song mode off: the scene plays on; the mapping's own prefix says which scenes are skipped", async () => {
  const r = await actionRig(song("Break"));
  const doc = { ...r.app.control.store.active!, skipScenePrefix: "break" };
  assert.ok(r.app.control.store.load(doc).ok);
  await r.play("song.mode");
  await r.play("scene.fire");
  // Turned off before Verse's fire point (half a bar before its end, song time 10).
  const seen = await starts(r, 9);
  assert.is(seen.has(1), false, '"Break" is skipped with the prefix "break"');
  assert.is(seen.get(2), 8);
  assert.is(await r.play("song.mode"), 0);
  assert.ok(said(r, "Song mode off"), r.statuses().join("\n"));
  const later = await starts(r, 8);
  assert.is(later.has(3), false, "off: Verse loops on, Outro never fires");
});

test("a looping scene loops on in song mode; once it stops looping, the next scene fires at the end of its turn", async () => {
  const r = await actionRig(song());
  await r.play("song.mode");
  await r.play("scene.loop");
  const first = await starts(r, 9);
  assert.is(first.has(2), false, "Intro loops: Verse does not launch at 8");
  await r.play("scene.loop");
  const seen = await starts(r, 9);
  assert.is(seen.get(2), 16, "Verse launches at the end of Intro's second turn");
});

test("song mode survives a Node restart: the next scene still fires on time", async () => {
  const r = await actionRig(song());
  await r.play("song.mode");
  await r.play("scene.fire");
  await r.rig.advance(1000);
  const saved = r.rig.dicts.get(STATE_DICT)["songMode"] as { version: number; kept: { launchedAt: number } };
  assert.equal(saved.version, 1);
  assert.equal(saved.kept.launchedAt, 0, "Intro's launch is kept");
  await r.rig.restartNode();
  const seen = await starts(r, 10);
  assert.is(seen.get(2), 8, "the restarted script fires Verse at Intro's end");
});

test("song mode with fewer than two scenes to play: a warning, nothing changes", async () => {
  const r = await actionRig({ scenes: [{ name: "Intro" }, { name: "skip" }], tracks: [{ name: "A", type: "midi", clips: [{ slot: 0, length: 4 }] }] });
  assert.is(await r.play("song.mode"), 0);
  assert.ok(warned(r, "song mode needs two scenes"), r.statuses().join("\n"));
  assert.equal(r.rig.dicts.get(STATE_DICT)["songMode"], undefined, "still off: nothing saved");
});

test.run();
