// The Clip group end to end, as EC4 bytes through the input devices: fire, stop and delete the selected clip,
// its loop doubled or set to a preset length, its notes transposed, their velocities spread or compressed,
// quantized to the record quantization. Each guard warns and leaves Live as it was; each turn is at most two
// undo entries, each press one a property it changes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { LiveSet, SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig, type ActionRig } from "../support/ec4";
import { assertRefused, clipAt, prop, snapshot, trackNamed, warned } from "../support/liveState";

const SET: SetDescription = {
  scenes: 3,
  tracks: [
    {
      name: "Keys",
      type: "midi",
      clips: [
        {
          slot: 0,
          name: "Riff",
          length: 8,
          notes: [
            { pitch: 60, start_time: 0, duration: 1, velocity: 100 },
            { pitch: 64, start_time: 1.1, duration: 1, velocity: 60 },
            { pitch: 67, start_time: 2.3, duration: 1, velocity: 80 },
          ],
        },
        { slot: 1, name: "Top", length: 4, notes: [{ pitch: 127, start_time: 0, duration: 1, velocity: 90 }] },
      ],
    },
    { name: "Loop", type: "audio", clips: [{ slot: 0, length: 16 }] },
  ],
};

const riff = (set: LiveSet) => clipAt(set, "Keys", 0)!;
const field = (set: LiveSet, key: "pitch" | "velocity" | "start_time") => riff(set).notes.map((n) => n[key]);
const said = (r: ActionRig, text: string) => r.statuses().some((line) => line.startsWith("info") && line.includes(text));
const selectAudio = (r: ActionRig) => r.set.selectTrack(trackNamed(r.set, "Loop").id);

test("fire launches the selected clip, stop stops it; neither is an undo entry", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.fire"), 0);
  await r.rig.advance(2500);
  assert.is(prop(r.set, trackNamed(r.set, "Keys").id, "playing_slot_index"), 0);
  assert.ok(said(r, "Riff fired"), r.statuses().join("\n"));
  assert.is(await r.play("clip.stop"), 0);
  await r.rig.advance(2500);
  assert.is(prop(r.set, trackNamed(r.set, "Keys").id, "playing_slot_index"), -1);
  assert.ok(said(r, "Riff stopped"));
});

test("stop guard: a clip that is not playing: warning, nothing changed", async () => {
  const r = await actionRig(SET);
  await assertRefused(r, "clip.stop", "Riff is not playing");
});

test("delete (a long press) takes the clip out of its slot, one undo entry that brings it back", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.delete"), 1);
  assert.is(riff(r.set) ?? null, null);
  assert.ok(said(r, "Riff deleted"));
  r.set.callFunction("live_set", "undo");
  assert.is(riff(r.set).notes.length, 3);
});

test("guards: an empty slot selected: every Clip knob warns and Live is left as it was", async () => {
  const r = await actionRig(SET);
  r.set.selectScene("live_set scenes 2");
  const before = snapshot(r.set);
  for (const id of ["clip.fire", "clip.stop", "clip.delete", "clip.doubleLoop", "clip.quantize"]) assert.is(await r.play(id), 0, id);
  for (const id of ["clip.transpose", "clip.velocitySpread", "clip.loopLength"]) assert.is(await r.play(id, 2), 0, id);
  assert.is(r.statuses().filter((line) => line.startsWith("warn") && line.includes("no selected clip")).length, 5 + 3 * 2, "one a press, one a detent");
  assert.is(snapshot(r.set), before);
});

test("note guards: an audio clip: transpose, spread, quantize and double loop warn, nothing changed", async () => {
  const r = await actionRig(SET);
  selectAudio(r);
  for (const id of ["clip.transpose", "clip.velocitySpread"]) await assertRefused(r, id, "not a MIDI clip", 3);
  for (const id of ["clip.quantize", "clip.doubleLoop"]) await assertRefused(r, id, "not a MIDI clip");
});

test("double loop: the loop and its notes twice as long, one undo entry", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.doubleLoop"), 1);
  assert.is(prop(r.set, riff(r.set).id, "loop_end"), 16);
  assert.equal(field(r.set, "start_time"), [0, 1.1, 2.3, 8, 9.1, 10.3]);
  assert.ok(said(r, "Riff loops 4 bars"), r.statuses().join("\n"));
});

test("loop length: one preset a detent, written once the knob rests (loop end and end marker: two entries)", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.loopLength", 1), 2, "2 bars to 4: loop end and end marker");
  assert.is(prop(r.set, riff(r.set).id, "loop_end"), 16);
  assert.ok(said(r, "Riff loops 4 bars"));
  assert.is(await r.play("clip.loopLength", 2), 2, "4 → 8 → 16 bars in one turn: written once");
  assert.is(prop(r.set, riff(r.set).id, "loop_end"), 64);
  await assertRefused(r, "clip.loopLength", "the loop of Riff is already 16 bars", 1);
  assert.is(await r.play("clip.loopLength", -5), 2, "down to 1 bar, the turn's extra detents warn");
  assert.is(prop(r.set, riff(r.set).id, "loop_end"), 4);
});

test("transpose: a semitone a detent; a turn is the first detent at once and the rest once the knob rests: two entries", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.transpose", 1), 1, "one detent: one write");
  assert.equal(field(r.set, "pitch"), [61, 65, 68]);
  assert.is(await r.play("clip.transpose", -12), 2, "twelve detents: two writes");
  assert.equal(field(r.set, "pitch"), [49, 53, 56]);
  assert.ok(said(r, "Riff transposed -12 semitones"), r.statuses().join("\n"));
});

test("transpose guard: a note at the top of MIDI's range cannot go higher: warning, nothing changed; lower it can", async () => {
  const r = await actionRig(SET);
  r.set.selectScene("live_set scenes 1");
  await assertRefused(r, "clip.transpose", "the notes of Top cannot go higher", 3);
  assert.is(await r.play("clip.transpose", -2), 2);
  assert.equal(clipAt(r.set, "Keys", 1)!.notes.map((n) => n.pitch), [125]);
});

test("velocity spread: a third further from the mean a detent, a quarter closer back; a turn at most two entries", async () => {
  const r = await actionRig(SET);
  // Mean 80: 100 → 80 + 20 × 4/3, 60 → 80 − 20 × 4/3.
  assert.is(await r.play("clip.velocitySpread", 1), 1);
  assert.equal(field(r.set, "velocity"), [107, 53, 80]);
  assert.ok(said(r, "Velocities of Riff spread 1 step"), r.statuses().join("\n"));
  assert.is(await r.play("clip.velocitySpread", -4), 2);
  // The first detent at once: 80 ± 27 × 3/4 → 100 / 60; the other three once the knob rests: 80 ± 20 × (3/4)³.
  assert.equal(field(r.set, "velocity"), [88, 72, 80]);
  assert.ok(said(r, "Velocities of Riff compressed 4 steps"), r.statuses().join("\n"));
});

test("velocity spread guard: velocities all at their mean cannot be compressed further: warning, nothing changed", async () => {
  const r = await actionRig(SET);
  r.set.selectScene("live_set scenes 1");
  await assertRefused(r, "clip.velocitySpread", "the velocities of Top cannot be compressed further", -1);
});

test("quantize: to the record quantization (1/8 when it is None), one undo entry", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.quantize"), 1);
  assert.equal(field(r.set, "start_time"), [0, 1, 2.5]);
  assert.ok(said(r, "Riff quantized to 1/8"), r.statuses().join("\n"));
  const sixteenth = await actionRig(SET);
  sixteenth.set.setProperty("live_set", "midi_recording_quantization", 5);
  assert.is(await sixteenth.play("clip.quantize"), 1);
  assert.equal(field(sixteenth.set, "start_time"), [0, 1, 2.25]);
  assert.ok(said(sixteenth, "Riff quantized to 1/16"));
});

test("quantize takes switches on and off, no undo entry", async () => {
  const r = await actionRig(SET);
  assert.is(await r.play("clip.quantizeTakes"), 0);
  assert.ok(said(r, "Quantize takes on"));
  await r.play("clip.quantizeTakes");
  assert.ok(said(r, "Quantize takes off"));
  assert.ok(!warned(r, "Quantize"));
});

test.run();
