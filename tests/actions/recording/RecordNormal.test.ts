// record.normal and record.barLength end to end: MIDI in, Live recording in the simulator.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { clipAt, recorder, entriesSince } from "./recordingRig";
import { KEYS, recordingSet, SYNTH, SYNTH_AUDIO, SYNTH_MIDI, SYNTH_TAIL } from "./sets";

test("a fixed-length recording counts in one bar and stops on the bar boundary", async () => {
  const r = await recorder(recordingSet());
  const keys = r.set.song.tracks[KEYS]!;
  const stepsBefore = r.set.undoHistory.length;
  await r.gesture("record.barLength", 1); // 2 bars
  await r.gesture("record.normal");
  assert.is(keys.values.arm, 1, "the track is armed");
  assert.is(r.set.song.values.is_playing, 1, "the song starts for the count-in");
  assert.is(r.set.song.values.metronome, 1, "with the metronome");
  await r.bars(0.9);
  assert.is(clipAt(keys, 0), null, "nothing recorded during the count-in bar");
  assert.equal(r.set.read(keys.id, "fired_slot_index"), [0], "the slot waits for the bar");
  await r.bars(0.2);
  const clip = clipAt(keys, 0);
  assert.ok(clip, "recording from the second bar");
  assert.is(clip.values.is_recording, 1);
  await r.bars(2.5);
  assert.is(clip.values.is_recording, 0, "Live stopped the recording");
  assert.is(clip.length, 8, "two bars of 4 beats");
  assert.is(clip.num("loop_end"), 8);
  assert.is(r.set.song.values.metronome, 0, "the metronome is off again");
  assert.is(r.app.seq.registry.size, 0, "the recording sequence ended");
  // No undo steps in Live: an entry a change the take makes (arm, the count-in's click on and off) and Live's own clip.
  assert.equal(entriesSince(r, stepsBefore), ["set Track.arm", "set Song.metronome", "create Clip", "set Song.metronome"]);
});

test("with the song playing, the recording starts on the next bar and leaves the metronome alone", async () => {
  const r = await recorder(recordingSet());
  const keys = r.set.song.tracks[KEYS]!;
  r.set.callFunction("live_set", "start_playing");
  await r.bars(1.5);
  await r.gesture("record.normal");
  await r.bars(0.4);
  assert.is(clipAt(keys, 0), null, "waiting for the bar");
  await r.bars(0.2);
  assert.is(clipAt(keys, 0)?.values.is_recording, 1);
  await r.bars(1);
  assert.is(clipAt(keys, 0)?.length, 4);
  assert.is(r.set.song.values.metronome, 0);
  assert.is(r.app.seq.registry.size, 0);
});

test("the bar length scrolls through 1, 2, 4 … 32 bars and unlimited, and is shown", async () => {
  const r = await recorder(recordingSet());
  const shown = (): string | undefined => r.infos().filter((line) => line.startsWith("Recording length")).pop();
  await r.gesture("record.barLength", 1);
  await r.gesture("record.barLength", 1);
  assert.is(shown(), "Recording length 4 bars");
  for (let i = 0; i < 6; i++) await r.gesture("record.barLength", 1);
  assert.is(shown(), "Recording length unlimited", "stops at the end of the list");
  await r.gesture("record.barLength", -1);
  assert.is(shown(), "Recording length 32 bars");
  await r.gesture("record.normal");
  await r.bars(1.5);
  assert.is(clipAt(r.set.song.tracks[KEYS]!, 0)?.values.is_recording, 1);
  assert.ok(r.infos().includes("Record 32 bars on Keys"));
  assert.equal(r.set.undoHistory.filter((step) => step.changes.length === 0), [], "scrolling changes nothing in Live");
});

test("with no free slot in the selected scene the next free scene records; with none, a new scene", async () => {
  const r = await recorder(recordingSet({ tracks: [{ name: "Keys", type: "midi", clips: [{ slot: 0, length: 4 }] }] }));
  const keys = r.set.song.tracks[0]!;
  await r.gesture("record.normal");
  await r.bars(3);
  assert.is(clipAt(keys, 1)?.length, 4, "scene 2 had the free slot");
  assert.is(r.set.song.view.selectedScene, r.set.song.scenes[1], "the take's scene is selected");
  assert.is(r.set.song.scenes.length, 2);
  await r.gesture("record.normal");
  assert.is(r.set.song.scenes.length, 3, "a scene was created at the end");
  await r.bars(3);
  assert.is(clipAt(keys, 2)?.length, 4);
  assert.is(r.set.song.view.selectedScene, r.set.song.scenes[2], "the new scene is selected");
  assert.is(r.app.seq.registry.size, 0);
  assert.equal(r.rig.posts("error"), []);
});

test("an external synth records MIDI, audio and the tail together; the clips end with matching lengths", async () => {
  const r = await recorder(recordingSet({ selectedTrack: SYNTH_AUDIO }));
  const tracks = [SYNTH_MIDI, SYNTH_AUDIO, SYNTH_TAIL].map((i) => r.set.song.tracks[i]!);
  const stepsBefore = r.set.undoHistory.length;
  await r.gesture("record.normal");
  assert.equal(tracks.map((t) => t.values.arm), [1, 1, 1], "MIDI, audio and tail armed");
  await r.bars(2.5);
  const [midi, audio, tail] = tracks.map((t) => clipAt(t, 0));
  assert.ok(midi && audio && tail);
  assert.is(midi.values.is_recording, 0, "MIDI stopped after one bar");
  assert.is(audio.values.is_recording, 1, "the audio records the release");
  await r.bars(1);
  assert.is(audio.values.is_recording, 0);
  assert.is(tail.values.is_recording, 0);
  assert.equal([midi.length, audio.length, tail.length], [4, 4, 4], "matching lengths");
  assert.is(tail.values.looping, 0, "the tail clip plays once");
  assert.equal(tracks.map((t) => t.values.arm), [1, 1, 0], "the instrument stays armed, the tail is disarmed");
  const entries = entriesSince(r, stepsBefore);
  // Each an entry: the three arms, the click, Live's three clips, the tail's length fitted to the take, the tail disarmed.
  assert.equal(entries, ["set Track.arm", "set Track.arm", "set Track.arm", "set Song.metronome", "create Clip", "create Clip", "create Clip", "set Clip.loop_end", "set Clip.end_marker", "set Clip.loop_end", "set Clip.end_marker", "set Clip.looping", "set Track.arm", "set Song.metronome"]);
  for (let i = 0; i < entries.length; i++) r.set.callFunction("live_set", "undo");
  await r.rig.settle();
  assert.equal(tracks.map((t) => [t.values.arm, clipAt(t, 0)]), [[0, null], [0, null], [0, null]], "undoing each entry takes it all back");
  assert.is(r.app.seq.registry.size, 0);
});

test("after a take the tail goes back to its arm state and the synth armed by the arm knob stays armed", async () => {
  const set = recordingSet({ selectedTrack: SYNTH });
  set.tracks[2]!.tracks![2]!.arm = true;
  const r = await recorder(set);
  const tracks = [SYNTH_MIDI, SYNTH_AUDIO, SYNTH_TAIL].map((i) => r.set.song.tracks[i]!);
  await r.gesture("track.arm");
  assert.equal(tracks.map((t) => t.values.arm), [1, 1, 1]);
  await r.gesture("record.normal");
  await r.bars(3.5);
  assert.ok(tracks.every((t) => clipAt(t, 0)?.values.is_recording === 0), "the take is done");
  assert.equal(tracks.map((t) => t.values.arm), [1, 1, 1], "an armed tail stays armed");
  assert.equal(r.rig.posts("error"), []);
});

test.run();
