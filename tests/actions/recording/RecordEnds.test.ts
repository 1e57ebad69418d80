// Recordings end, whatever Live does (issue 13, point 6): a take Live never starts is given up after a
// bounded wait, a deleted recording scene cancels at once, a deleted tail track keeps the rest.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { clipAt, recorder, type Recorder } from "./recordingRig";
import { KEYS, recordingSet, SYNTH_AUDIO, SYNTH_MIDI, SYNTH_TAIL } from "./sets";

/** Over, nothing left clicking or armed for it, and the next record press starts a new take. */
async function over(r: Recorder): Promise<void> {
  assert.is(r.app.seq.registry.size, 0, "the recording sequence is over");
  assert.is(r.set.song.values.metronome, 0, "the count-in's metronome is off");
  assert.is(r.set.song.tracks[KEYS]!.values.arm, 0, "the arm is restored");
  await r.gesture("record.normal");
  assert.is(r.app.seq.registry.size > 0, true, "the next press records");
}

test("the recording scene deleted during the count-in cancels the recording at once", async () => {
  const r = await recorder(recordingSet());
  await r.gesture("record.normal");
  await r.bars(0.25);
  r.set.deleteScene("live_set scenes 0");
  await r.rig.settle();
  await r.bars(0.1);
  assert.ok(r.rig.posts("warn").some((line) => line.includes("scene was deleted")), r.rig.posts("warn").join("\n"));
  await over(r);
});

test("a take Live never starts (another clip launched on its track) is given up within a bounded wait", async () => {
  const r = await recorder(recordingSet());
  r.set.createClip(KEYS, 1, { length: 4 });
  await r.rig.settle();
  await r.gesture("record.normal");
  await r.bars(0.5);
  r.set.callFunction(r.set.song.tracks[KEYS]!.clipSlots[1]!.id, "fire");
  // Launched at bar 1; Live would have made the clip then. Two bars later at the most, it is given up.
  await r.bars(4);
  assert.is(clipAt(r.set.song.tracks[KEYS]!, 0), null);
  await over(r);
});

test("the tail track deleted in the release bar keeps the MIDI take and the audio", async () => {
  const r = await recorder(recordingSet({ selectedTrack: SYNTH_MIDI }));
  const [midi, audio] = [SYNTH_MIDI, SYNTH_AUDIO].map((i) => r.set.song.tracks[i]!);
  await r.gesture("record.normal");
  // Count-in, then the 1-bar MIDI take; the audio and tail record one bar more of the release.
  await r.bars(2.5);
  assert.is(clipAt(midi, 0)?.values.is_recording, 0, "the MIDI take is finished");
  r.set.deleteTrack(r.set.song.tracks[SYNTH_TAIL]!.id);
  await r.rig.settle();
  await r.bars(1.5);
  assert.is(r.app.seq.registry.size, 0, "the recording ended");
  assert.is(clipAt(midi, 0)?.length, 4, "the MIDI take is kept");
  assert.is(clipAt(audio, 0)?.values.is_recording, 0);
  assert.is(clipAt(audio, 0)?.length, 4, "the audio is kept, matched to the take's length");
  assert.equal(r.rig.posts("error"), []);
});

test.run();
