// record.unlimited and record.audioOnly, and the guards of the record knobs.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { clipAt, recorder, type Recorder, entriesSince } from "./recordingRig";
import { BUS, KEYS, recordingSet, SYNTH, SYNTH_AUDIO, SYNTH_MIDI, SYNTH_TAIL } from "./sets";

function liveState(r: Recorder): string {
  const tracks = r.set.song.tracks.map((t) => ({ arm: t.values.arm, clips: t.clipSlots.map((s) => (s.clip ? s.clip.length : null)) }));
  return JSON.stringify({ tracks, scenes: r.set.song.scenes.length, playing: r.set.song.values.is_playing, undo: r.set.undoHistory.length });
}

test("an unlimited recording records until the song stops", async () => {
  const r = await recorder(recordingSet());
  const keys = r.set.song.tracks[KEYS]!;
  const stepsBefore = r.set.undoHistory.length;
  await r.gesture("record.unlimited");
  await r.bars(6);
  const clip = clipAt(keys, 0);
  assert.is(clip?.values.is_recording, 1, "still recording after 5 bars");
  r.set.callFunction("live_set", "stop_playing");
  await r.rig.settle();
  assert.is(clip!.values.is_recording, 0);
  assert.ok(clip!.length >= 20, `kept the recorded ${clip!.length} beats`);
  assert.is(r.app.seq.registry.size, 0);
  // No undo steps in Live: an entry a change the take makes (arm, the count-in's click on and off) and Live's own clip.
  assert.equal(entriesSince(r, stepsBefore), ["set Track.arm", "set Song.metronome", "create Clip", "set Song.metronome"]);
});

test("the song stopped during a fixed recording keeps what was recorded", async () => {
  const r = await recorder(recordingSet());
  const keys = r.set.song.tracks[KEYS]!;
  await r.gesture("record.barLength", 1);
  await r.gesture("record.normal");
  await r.bars(1.6);
  r.set.callFunction("live_set", "stop_playing");
  await r.rig.settle();
  await r.bars(1);
  assert.is(clipAt(keys, 0)?.values.is_recording, 0);
  assert.is(clipAt(keys, 0)?.length, 3, "Live kept the recording, rounded up to the beat");
  assert.is(keys.values.arm, 1);
  assert.is(r.app.seq.registry.size, 0);
});

test("a second press ends an unlimited recording on the next bar and keeps it", async () => {
  const r = await recorder(recordingSet({ selectedTrack: SYNTH_AUDIO }));
  const [midi, audio, tail] = [SYNTH_MIDI, SYNTH_AUDIO, SYNTH_TAIL].map((i) => r.set.song.tracks[i]!);
  await r.gesture("record.unlimited");
  await r.bars(3.5);
  assert.is(tail.values.arm, 0, "an unlimited recording has no tail");
  await r.gesture("record.unlimited");
  await r.bars(1);
  assert.equal([clipAt(midi, 0)?.length, clipAt(audio, 0)?.length], [12, 12], "three whole bars each");
  assert.is(clipAt(tail, 0), null);
  assert.equal(r.set.song.values.is_playing, 1, "the song plays on");
  assert.is(r.app.seq.registry.size, 0);
});

test("audio only replays the scene's MIDI clip while the audio and tail record it", async () => {
  const set = recordingSet({ selectedTrack: SYNTH });
  set.tracks[2]!.tracks![0]!.clips = [{ slot: 0, length: 8, notes: [{ pitch: 60, start_time: 0, duration: 1 }] }];
  const r = await recorder(set);
  const [midi, audio, tail] = [SYNTH_MIDI, SYNTH_AUDIO, SYNTH_TAIL].map((i) => r.set.song.tracks[i]!);
  const stepsBefore = r.set.undoHistory.length;
  await r.gesture("record.audioOnly");
  await r.bars(1.5);
  assert.is(midi.values.arm, 0, "the MIDI track is not armed");
  assert.is(midi.playingSlotIndex, 0, "the MIDI clip plays");
  assert.is(clipAt(audio, 0)?.values.is_recording, 1);
  await r.bars(3);
  assert.equal([clipAt(audio, 0)?.length, clipAt(tail, 0)?.length], [8, 8], "the MIDI clip's length");
  assert.is(clipAt(midi, 0)?.length, 8, "the MIDI clip is unchanged");
  assert.is(midi.playingSlotIndex, -1, "the synth stopped for the release");
  assert.is(r.app.seq.registry.size, 0);
  // An entry a change: the audio and tail armed, the click, Live's two clips, their lengths fitted to the MIDI clip's, the tail disarmed.
  assert.equal(entriesSince(r, stepsBefore), ["set Track.arm", "set Track.arm", "set Song.metronome", "create Clip", "create Clip", "set Clip.loop_end", "set Clip.end_marker", "set Clip.loop_end", "set Clip.end_marker", "set Clip.looping", "set Track.arm", "set Song.metronome"]);
});

test("guards: audio only needs an external synth with a MIDI clip; a group or return cannot record", async () => {
  const r = await recorder(recordingSet());
  const before = liveState(r);
  await r.gesture("record.audioOnly");
  assert.match(r.lastStatus(), "not an external synth");
  r.set.selectTrack(r.set.song.tracks[SYNTH]!.id);
  await r.rig.settle();
  await r.gesture("record.audioOnly");
  assert.match(r.lastStatus(), "no MIDI clip");
  r.set.selectTrack(r.set.song.tracks[BUS]!.id);
  await r.rig.settle();
  await r.gesture("record.normal");
  assert.match(r.lastStatus(), "Bus cannot record");
  r.set.selectTrack("live_set master_track");
  await r.rig.settle();
  await r.gesture("record.unlimited");
  assert.match(r.lastStatus(), "Master cannot record");
  await r.gesture("record.cancel");
  assert.match(r.lastStatus(), "no recording under way");
  assert.is(liveState(r), before, "nothing changed");
  assert.equal(r.rig.posts("error"), []);
});

test.run();
