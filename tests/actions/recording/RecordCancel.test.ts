// Cancelling a recording (the cancel knob, a second press, a deleted track, the song stopping early):
// the clips it made go, the arm states come back, nothing else changes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { clipAt, recorder, type Recorder, entriesSince } from "./recordingRig";
import { KEYS, recordingSet, SYNTH_AUDIO, SYNTH_MIDI, SYNTH_TAIL, VOX } from "./sets";

/** The Live state a recording may touch: arms, clips, scenes. */
function snapshot(r: Recorder): string {
  const tracks = r.set.song.tracks.map((t) => ({ arm: t.values.arm, clips: t.clipSlots.map((s) => (s.clip ? s.clip.length : null)) }));
  return JSON.stringify({ tracks, scenes: r.set.song.scenes.length, metronome: r.set.song.values.metronome });
}

test("the cancel knob removes the recording's clip and restores the arm", async () => {
  const r = await recorder(recordingSet());
  const before = snapshot(r);
  const stepsBefore = r.set.undoHistory.length;
  await r.gesture("record.normal");
  await r.bars(1.5);
  assert.is(clipAt(r.set.song.tracks[KEYS]!, 0)?.values.is_recording, 1);
  await r.gesture("record.cancel");
  assert.is(snapshot(r), before, "clips removed, arm restored");
  assert.is(r.app.seq.registry.size, 0, "the recording sequence is over");
  await r.bars(2);
  assert.is(snapshot(r), before, "and nothing records later");
  // An entry a change: the take (arm, click, Live's clip), then the cancel (the clip removed, arm and click restored).
  assert.equal(entriesSince(r, stepsBefore), ["set Track.arm", "set Song.metronome", "create Clip", "delete Clip", "set Track.arm", "set Song.metronome"]);
  assert.equal(r.rig.posts("error"), []);
});

test("cancelling during the count-in stops the pending launch: nothing is ever recorded", async () => {
  const r = await recorder(recordingSet({ selectedTrack: VOX, tracks: recordingSet().tracks.map((t, i) => (i === VOX ? { ...t, arm: true } : t)) }));
  const before = snapshot(r);
  await r.gesture("record.normal");
  await r.bars(0.25);
  assert.equal(r.set.read(r.set.song.tracks[VOX]!.id, "fired_slot_index"), [0], "the slot waits for the next bar");
  await r.gesture("record.cancel");
  await r.bars(2);
  assert.is(snapshot(r), before, "an armed track stays armed; no clip");
});

test("record pressed again during a fixed recording cancels it, as in the original", async () => {
  const r = await recorder(recordingSet());
  const before = snapshot(r);
  await r.gesture("record.normal");
  await r.bars(1.5);
  await r.gesture("record.normal");
  assert.is(snapshot(r), before);
  assert.is(r.app.seq.registry.size, 0);
});

test("a recording track deleted during the recording cancels it cleanly", async () => {
  const r = await recorder(recordingSet({ selectedTrack: SYNTH_MIDI }));
  const [midi, tail] = [SYNTH_MIDI, SYNTH_TAIL].map((i) => r.set.song.tracks[i]!);
  await r.gesture("record.normal");
  await r.bars(1.5);
  assert.ok(clipAt(midi, 0) && clipAt(tail, 0));
  r.set.deleteTrack(r.set.song.tracks[SYNTH_AUDIO]!.id);
  await r.rig.settle();
  await r.bars(0.1);
  assert.is(clipAt(midi, 0), null, "the MIDI clip is removed");
  assert.is(clipAt(tail, 0), null, "the tail clip is removed");
  assert.equal([midi.values.arm, tail.values.arm], [0, 0], "arms restored");
  assert.is(r.app.seq.registry.size, 0);
  await r.bars(2);
  assert.equal([clipAt(midi, 0), clipAt(tail, 0)], [null, null]);
  assert.equal(r.rig.posts("error"), []);
});

test("the song stopped during the count-in cancels the recording", async () => {
  const r = await recorder(recordingSet());
  const before = snapshot(r);
  await r.gesture("record.normal");
  await r.bars(0.25);
  r.set.callFunction("live_set", "stop_playing");
  await r.rig.settle();
  await r.bars(1);
  assert.is(snapshot(r), before);
  assert.is(r.app.seq.registry.size, 0);
});

test("a recording cancelled in a scene it created removes that scene", async () => {
  const r = await recorder(recordingSet({ scenes: 1, tracks: [{ name: "Keys", type: "midi", clips: [{ slot: 0, length: 4 }] }] }));
  const before = snapshot(r);
  await r.gesture("record.normal");
  await r.bars(1.5);
  assert.is(r.set.song.scenes.length, 2);
  await r.gesture("record.cancel");
  assert.is(snapshot(r), before);
});

test.run();
