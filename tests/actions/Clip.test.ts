// Clip knobs end to end on the selected clip (the selected track's slot in the selected scene).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { LiveSet, SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig } from "../support/ec4";
import { assertRefused, clipAt, prop, snapshot, trackNamed } from "../support/liveState";

const SET: SetDescription = {
  scenes: 3,
  tracks: [
    {
      name: "Keys",
      type: "midi",
      clips: [
        {
          slot: 0,
          length: 8,
          notes: [
            { pitch: 60, start_time: 0, duration: 2, velocity: 100 },
            { pitch: 64, start_time: 0, duration: 1, velocity: 80 },
            { pitch: 67, start_time: 1, duration: 2, velocity: 90 },
            { pitch: 60, start_time: 2.5, duration: 1, velocity: 50 },
          ],
        },
        { slot: 1, length: 4 },
      ],
    },
    { name: "Loop", type: "audio", clips: [{ slot: 0, length: 16, looping: false }] },
  ],
};

const clip = (set: LiveSet, track = "Keys") => clipAt(set, track, 0)!;
const markers = (set: LiveSet, track = "Keys") =>
  ["loop_start", "loop_end", "start_marker", "end_marker"].map((name) => prop(set, clip(set, track).id, name));
const notes = (set: LiveSet) => clip(set).notes.map((n) => [n.pitch, n.start_time, n.duration, n.velocity]);

test("start: a looping clip's loop start (and start marker) moves by bars, kept before the end", async () => {
  const r = await actionRig(SET);
  // A clip's properties are no DeviceParameters (no live.remote~): each write is its own undo entry.
  assert.is(await r.play("clip.start", 1), 2, "loop start and start marker");
  assert.equal(markers(r.set), [4, 8, 4, 8]);
  await r.play("clip.start", 3);
  assert.equal(markers(r.set), [7, 8, 7, 8], "one beat is left");
  await r.play("clip.start", -5);
  assert.equal(markers(r.set), [0, 8, 0, 8]);
});

test("end: a looping clip's loop end moves by bars; a plain clip's end marker", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.end", 2), 4, "loop end and end marker, an entry each a detent");
  assert.equal(markers(r.set), [0, 16, 0, 16]);
  r.set.selectTrack(trackNamed(r.set, "Loop").id);
  assert.is(await r.play("clip.end", -1), 1);
  assert.equal(markers(r.set, "Loop").slice(2), [0, 12]);
});

test("loop: the loop moves by bars keeping its length, never before the clip start", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.loop", 1), 4, "loop start and end, start and end marker: an entry each");
  assert.equal(markers(r.set).slice(0, 2), [4, 12]);
  await r.play("clip.loop", -3);
  assert.equal(markers(r.set).slice(0, 2), [0, 8]);
});

test("loop guard: a clip that does not loop: warning, nothing changed", async () => {
  const r = await actionRig(SET);
  r.set.selectTrack(trackNamed(r.set, "Loop").id);
  await assertRefused(r, "clip.loop", "not looping", 1);
});

test("velocities: each detent scales by 5%, an undo entry a detent", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.velocity", 2), 2);
  // Each detent rounds: 90 → 95 → 100, 50 → 53 → 56.
  assert.equal(notes(r.set).map((n) => n[3]), [110, 88, 100, 56]);
  await r.play("clip.velocity", -150);
  assert.equal(notes(r.set).map((n) => n[3]), [1, 1, 1, 1], "soft notes keep getting softer, down to 1");
});

test("velocities guard: an audio clip: warning, nothing changed", async () => {
  const r = await actionRig(SET);
  r.set.selectTrack(trackNamed(r.set, "Loop").id);
  await assertRefused(r, "clip.velocity", "not a MIDI clip", 1);
});

test("monophonic: of notes starting together the highest stays, each note ends where the next starts, an undo entry a change", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.mono"), 2, "the notes removed, the notes changed");
  assert.equal(
    notes(r.set).sort((a, b) => a[1]! - b[1]!),
    [
      [64, 0, 1, 80],
      [67, 1, 1.5, 90],
      [60, 2.5, 1, 50],
    ],
  );
});

test("duplicate: into the next free slot below", async () => {
  const r = await actionRig(SET);
  r.set.selectTrack(trackNamed(r.set, "Loop").id);
  assert.is(await r.play("clip.duplicate"), 1);
  assert.is(trackNamed(r.set, "Loop").clipSlots[1]!.clip?.length, 16);
  assert.is(r.set.song.scenes.length, 3);
});

test("duplicate: with no free slot below, a scene is inserted under the clip", async () => {
  const r = await actionRig({ ...SET, scenes: 2 });
  assert.is(await r.play("clip.duplicate"), 1);
  assert.is(r.set.song.scenes.length, 3);
  assert.is(trackNamed(r.set, "Keys").clipSlots[1]!.clip?.length, 8, "the copy");
  assert.is(trackNamed(r.set, "Keys").clipSlots[2]!.clip?.length, 4, "the clip that was below moved down");
});

test("duplicate of a clip Live deleted as the knob was pressed: Live's refusal on the status line, never the success text", async () => {
  const r = await actionRig(SET);
  r.set.selectTrack(trackNamed(r.set, "Loop").id);
  await r.rig.advance(200);
  const shown = r.statuses().length;
  // Deleted in Live as the knob is pushed: the push reaches the bundle before Live's news, so the model
  // still sees the clip when the action runs, and Live has none when the call arrives.
  const knob = r.ec4.knobFor("clip.duplicate", "press")!;
  r.ec4.down(knob.group, knob.position);
  r.set.callFunction(trackNamed(r.set, "Loop").clipSlots[0]!.id, "delete_clip");
  await r.rig.advance(50);
  r.ec4.up(knob.group, knob.position);
  await r.rig.advance(200);
  const lines = r.statuses().slice(shown);
  assert.ok(!lines.some((line) => line.includes("duplicated")), lines.join("\n"));
  assert.ok(lines.some((line) => /^warn Duplicate clip: Live refused duplicate clip slot of "Loop"/.test(line)), lines.join("\n"));
});

test("clip guard: an empty slot selected: warning, nothing changed", async () => {
  const r = await actionRig(SET);
  r.set.selectScene("live_set scenes 2");
  const before = snapshot(r.set);
  for (const id of ["clip.duplicate", "clip.mono"]) assert.is(await r.play(id), 0, id);
  assert.is(await r.play("clip.start", 1), 0);
  assert.is(r.statuses().filter((line) => line.startsWith("warn") && line.includes("no selected clip")).length, 3, r.statuses().join("\n"));
  assert.is(snapshot(r.set), before);
});

test.run();
