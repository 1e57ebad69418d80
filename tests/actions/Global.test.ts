// Song-wide knobs end to end (the Transport group): MIDI in, the simulated Live's song changed, the status
// line, and Live's undo history. Each guard warns and leaves Live as it was.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { LiveSet } from "../../src/sim/live/LiveSet";
import { actionRig } from "../support/ec4";
import { prop, trackNamed, warned } from "../support/liveState";

const num = (set: LiveSet, name: string) => prop(set, "live_set", name);
const said = (r: { statuses(): string[] }, text: string) => r.statuses().some((line) => line.startsWith("info") && line.includes(text));

test("undo takes back Live's last edit and redo makes it again; neither is an entry itself", async () => {
  const r = await actionRig("flat");
  await r.play("transport.metronome");
  const entries = r.set.undoHistory.length;
  assert.is(await r.play("transport.undo"), -1, "an undo press takes one entry off the history");
  assert.is(num(r.set, "metronome"), 0);
  assert.ok(said(r, "Undone"), r.statuses().join("\n"));
  assert.is(await r.play("transport.redo"), 1, "a redo press puts it back");
  assert.is(num(r.set, "metronome"), 1);
  assert.is(r.set.undoHistory.length, entries);
});

test("undo with nothing to undo, redo with nothing undone: a warning, nothing changes", async () => {
  const r = await actionRig("flat");
  while (r.set.undoHistory.length > 0) r.set.callFunction("live_set", "undo");
  assert.is(await r.play("transport.undo"), 0);
  assert.ok(warned(r, "Nothing to undo"), r.statuses().join("\n"));
  await r.play("transport.metronome");
  assert.is(await r.play("transport.redo"), 0);
  assert.ok(warned(r, "Nothing to redo"), r.statuses().join("\n"));
  assert.is(num(r.set, "metronome"), 1);
});

test("stop all clips stops the playing scene; stopping is not an edit; with nothing playing it warns", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("transport.stopAllClips"), 0);
  assert.ok(warned(r, "No clip is playing"), r.statuses().join("\n"));
  await r.play("scene.fire");
  await r.rig.advance(100);
  assert.is(prop(r.set, trackNamed(r.set, "Kick").id, "playing_slot_index"), 0);
  assert.is(await r.play("transport.stopAllClips"), 0);
  await r.rig.advance(2500);
  for (const name of ["Kick", "Guitar"]) assert.is(prop(r.set, trackNamed(r.set, name).id, "playing_slot_index"), -1, name);
  assert.ok(said(r, "All clips stopped"), r.statuses().join("\n"));
});

test("stop track clips stops only the current track's; the master has none to stop", async () => {
  const r = await actionRig("flat");
  await r.play("scene.fire");
  await r.rig.advance(100);
  r.set.selectTrack(trackNamed(r.set, "Kick").id);
  assert.is(await r.play("transport.stopTrackClips"), 0);
  await r.rig.advance(2500);
  assert.is(prop(r.set, trackNamed(r.set, "Kick").id, "playing_slot_index"), -1);
  assert.is(prop(r.set, trackNamed(r.set, "Guitar").id, "playing_slot_index"), 0);
  r.set.selectTrack("live_set master_track");
  await r.play("transport.stopTrackClips");
  assert.ok(warned(r, "the master track has no clips"), r.statuses().join("\n"));
  assert.is(prop(r.set, trackNamed(r.set, "Guitar").id, "playing_slot_index"), 0);
});

test("session record: refused with no armed track; on with one, one undo entry, off again", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("transport.sessionRecord"), 0);
  assert.ok(warned(r, "No track is armed"), r.statuses().join("\n"));
  assert.is(num(r.set, "session_record"), 0);
  const armed = await actionRig({ tracks: [{ name: "Keys", type: "midi", arm: true }] });
  assert.is(await armed.play("transport.sessionRecord"), 1);
  assert.is(num(armed.set, "session_record"), 1);
  assert.ok(said(armed, "Session record on"));
  await armed.play("transport.sessionRecord");
  assert.is(num(armed.set, "session_record"), 0);
});

test("arrangement overdub toggles, one undo entry a press", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("transport.arrangementOverdub"), 1);
  assert.is(num(r.set, "arrangement_overdub"), 1);
  assert.ok(said(r, "Arrangement overdub on"));
  await r.play("transport.arrangementOverdub");
  assert.is(num(r.set, "arrangement_overdub"), 0);
});

test("capture MIDI and re-enable automation: Live says there is nothing to do, so they warn and change nothing", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("transport.captureMidi"), 0);
  assert.ok(warned(r, "No MIDI played to capture"), r.statuses().join("\n"));
  assert.is(await r.play("transport.reEnableAutomation"), 0);
  assert.ok(warned(r, "No automation is overridden"), r.statuses().join("\n"));
});

test("launch quantization scrolls through Live's values, written once the knob rests: one entry a turn; the end warns", async () => {
  const r = await actionRig("flat");
  assert.is(num(r.set, "clip_trigger_quantization"), 4);
  assert.is(await r.play("transport.launchQuantization", 3), 1);
  assert.is(num(r.set, "clip_trigger_quantization"), 7);
  assert.ok(said(r, "Launch quantization 1/4"), r.statuses().join("\n"));
  assert.is(await r.play("transport.launchQuantization", -7), 1);
  assert.is(num(r.set, "clip_trigger_quantization"), 0);
  assert.is(await r.play("transport.launchQuantization", -1), 0);
  assert.ok(warned(r, "Launch quantization is already None"), r.statuses().join("\n"));
});

test("record quantization scrolls through Live's values, one entry a turn; the end warns", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("transport.recordQuantization", 5), 1);
  assert.is(num(r.set, "midi_recording_quantization"), 5);
  assert.ok(said(r, "Record quantization 1/16"), r.statuses().join("\n"));
  assert.is(await r.play("transport.recordQuantization", 9), 1);
  assert.is(num(r.set, "midi_recording_quantization"), 8);
  assert.is(await r.play("transport.recordQuantization", 1), 0);
  assert.ok(warned(r, "Record quantization is already 1/32"), r.statuses().join("\n"));
});

test("fine tempo: 0.1 BPM a detent through the live.remote~, one entry a turn; Live's end warns", async () => {
  const r = await actionRig({ tempo: 120, tracks: [{ name: "A", type: "midi" }] });
  assert.is(await r.play("transport.tempoFine", 3), 1);
  assert.is(num(r.set, "tempo"), 120.3);
  assert.ok(said(r, "Tempo 120.3 BPM"), r.statuses().join("\n"));
  assert.is(await r.play("transport.tempoFine", -5), 1);
  assert.is(num(r.set, "tempo"), 119.8);
  const fast = await actionRig({ tempo: 999, tracks: [{ name: "A", type: "midi" }] });
  assert.is(await fast.play("transport.tempoFine", 1), 0);
  assert.ok(warned(fast, "Tempo is already 999 BPM"), fast.statuses().join("\n"));
});

test("cue points: one jump a turn's event, either way; past the last one it warns and the playhead stays", async () => {
  const r = await actionRig({ tracks: [{ name: "A", type: "midi" }], cues: [8, 4] });
  assert.is(await r.play("transport.cue", 1), 0, "moving the playhead is not an edit");
  assert.is(num(r.set, "current_song_time"), 4);
  await r.play("transport.cue", 1);
  assert.is(num(r.set, "current_song_time"), 8);
  assert.ok(said(r, "Jumped to the next cue point"));
  await r.play("transport.cue", 1);
  assert.ok(warned(r, "No next cue point"), r.statuses().join("\n"));
  assert.is(num(r.set, "current_song_time"), 8);
  await r.play("transport.cue", -1);
  assert.is(num(r.set, "current_song_time"), 4);
});

test.run();
