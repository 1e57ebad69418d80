// Copying the session to the arrangement in one press (Song 3 on EC4 channel 7), end to end: the simulated
// Live's arrangement clips and cue points, the playhead put back, the undo entries, and the guards.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig, type ActionRig } from "../support/ec4";
import { prop, trackNamed, warned } from "../support/liveState";

/** Intro (2 bars: A and B), a skip scene, an empty scene, Verse (1 bar: A only), Drop (unnamed, 1 bar: B). */
const SESSION: SetDescription = {
  scenes: [{ name: "Intro" }, { name: "skip fill" }, { name: "Empty" }, { name: "Verse" }, {}],
  tracks: [
    {
      name: "A",
      type: "midi",
      clips: [
        { slot: 0, length: 8, notes: [{ pitch: 60, start_time: 0, duration: 1 }] },
        { slot: 1, length: 4 },
        { slot: 3, length: 4 },
      ],
    },
    { name: "B", type: "audio", clips: [{ slot: 0, length: 4 }, { slot: 4, length: 3 }] },
  ],
};

const said = (r: ActionRig, text: string) => r.statuses().some((line) => line.startsWith("info") && line.includes(text));
const arrangement = (r: ActionRig, track: string) => trackNamed(r.set, track).arrangementClips.map((clip) => [clip.arrangement!.start, clip.length]);
const cues = (r: ActionRig) => r.set.song.cuePoints.map((cue) => [cue.time, String(cue.values.name)]);

test("the scenes with clips go end to end to the arrangement, each marked by a cue named after it; the playhead comes back", async () => {
  const r = await actionRig(SESSION);
  r.set.setProperty("live_set", "current_song_time", 6);
  const entries = await r.play("song.toArrangement");
  await r.rig.advance(500);
  assert.equal(arrangement(r, "A"), [[0, 8], [8, 4]], "Intro at bar 1, Verse at bar 3; the skip and empty scenes left out");
  assert.equal(arrangement(r, "B"), [[0, 4], [12, 3]]);
  assert.is(trackNamed(r.set, "A").arrangementClips[0]!.notes.length, 1, "the copy keeps the clip's notes");
  assert.equal(cues(r), [[0, "Intro"], [8, "Verse"], [12, "scene 5"]]);
  assert.is(prop(r.set, "live_set", "current_song_time"), 6, "the playhead is back where it was");
  assert.is(entries, 4 + 2 * 3, "one undo entry a clip copied (4) and two a cue (placed, named)");
  assert.ok(said(r, "Copied 3 scenes (4 clips, 4 bars) to the arrangement"), r.statuses().join("\n"));
});

test("an arrangement that is not empty: a warning, nothing copied", async () => {
  const r = await actionRig({ ...SESSION, cues: [32] });
  assert.is(await r.play("song.toArrangement"), 0);
  assert.ok(warned(r, "the arrangement is not empty (0 clips, 1 cue points)"), r.statuses().join("\n"));
  assert.equal(arrangement(r, "A"), []);
  const copied = await actionRig(SESSION);
  await copied.play("song.toArrangement");
  const before = copied.set.undoHistory.length;
  assert.is(await copied.play("song.toArrangement"), 0, "a second press finds the first copy");
  assert.ok(warned(copied, "the arrangement is not empty (4 clips, 3 cue points)"), copied.statuses().join("\n"));
  assert.is(copied.set.undoHistory.length, before);
});

test("while the song plays: a warning, nothing copied", async () => {
  const r = await actionRig(SESSION);
  r.set.callFunction("live_set", "start_playing");
  assert.is(await r.play("song.toArrangement"), 0);
  assert.ok(warned(r, "stop the song first"), r.statuses().join("\n"));
  assert.equal(arrangement(r, "A"), []);
  assert.equal(cues(r), []);
});

test("undo takes the copy back one change at a time", async () => {
  const r = await actionRig(SESSION);
  const entries = await r.play("song.toArrangement");
  for (let i = 0; i < entries; i++) r.set.callFunction("live_set", "undo");
  assert.equal(arrangement(r, "A"), []);
  assert.equal(arrangement(r, "B"), []);
  assert.equal(cues(r), []);
});

test.run();
