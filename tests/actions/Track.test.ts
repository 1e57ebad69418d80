// Current-track knobs end to end: an ExternalSynthTrack is one instrument, other tracks act alone.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig } from "../support/ec4";
import { REMOTE_SLOTS } from "../../src/wire/protocol";
import { fixture } from "../sim/simSets";
import { inputTrack } from "../support/inputTracks";
import { assertRefused, prop, snapshot, trackNamed, warned } from "../support/liveState";

const MONITOR_IN = 0;
const MONITOR_AUTO = 1;

test("arm: selecting any sub track of an external synth arms its MIDI and audio tracks with input monitoring", async () => {
  const r = await actionRig("external-synth");
  const midi = trackNamed(r.set, "Prophet midi");
  const audio = trackNamed(r.set, "Prophet audio");
  r.set.selectTrack(audio.id);
  assert.is(await r.play("track.arm"), 3, "an undo entry a change: two arms and the monitoring");
  assert.is(prop(r.set, midi.id, "arm"), 1);
  assert.is(prop(r.set, audio.id, "arm"), 1);
  assert.is(prop(r.set, trackNamed(r.set, "tail").id, "arm"), 0, "the tail is armed by a recording only");
  assert.is(prop(r.set, audio.id, "current_monitoring_state"), MONITOR_IN);
  assert.is(await r.play("track.arm"), 4, "an undo entry a change it takes back");
  assert.is(prop(r.set, midi.id, "arm"), 0);
  assert.is(prop(r.set, audio.id, "arm"), 0);
});

test("arm guard: a return track cannot be armed: warning, nothing changed", async () => {
  const r = await actionRig("demo");
  r.set.selectTrack(trackNamed(r.set, "A-Reverb").id);
  await assertRefused(r, "track.arm", "A-Reverb cannot be armed");
});

test("solo and mute toggle the current track, one undo step each", async () => {
  const r = await actionRig("flat");
  const bass = trackNamed(r.set, "Bass");
  r.set.selectTrack(bass.id);
  assert.is(await r.play("track.solo"), 1);
  assert.is(prop(r.set, bass.id, "solo"), 1);
  assert.is(await r.play("track.mute"), 1);
  assert.is(prop(r.set, bass.id, "mute"), 1);
  await r.play("track.solo");
  await r.play("track.mute");
  assert.is(prop(r.set, bass.id, "solo"), 0);
  assert.is(prop(r.set, bass.id, "mute"), 0);
});

test("solo and mute guard: the master track has neither: warning, nothing changed", async () => {
  const r = await actionRig("flat");
  r.set.selectTrack(r.set.song.master.id);
  const before = snapshot(r.set);
  assert.is(await r.play("track.solo"), 0);
  assert.is(await r.play("track.mute"), 0);
  assert.ok(warned(r, "Solo: the master track has no solo"), r.statuses().join("\n"));
  assert.ok(warned(r, "Mute: the master track has no mute"), r.statuses().join("\n"));
  assert.is(snapshot(r.set), before);
});

test("mute of an external synth mutes its group", async () => {
  const r = await actionRig("external-synth");
  r.set.selectTrack(trackNamed(r.set, "Prophet midi").id);
  await r.play("track.mute");
  assert.is(prop(r.set, trackNamed(r.set, "Prophet").id, "mute"), 1);
  assert.is(prop(r.set, trackNamed(r.set, "Prophet midi").id, "mute"), 0);
});

test("monitoring: the external synth switches between hearing its audio recording and its MIDI path", async () => {
  const r = await actionRig("external-synth");
  const midi = trackNamed(r.set, "Prophet midi");
  const audio = trackNamed(r.set, "Prophet audio");
  r.set.selectTrack(midi.id);
  assert.is(await r.play("track.monitoring"), 1);
  assert.is(prop(r.set, audio.id, "current_monitoring_state"), MONITOR_AUTO);
  assert.is(prop(r.set, midi.id, "mute"), 1, "the synth is not heard live");
  await r.play("track.monitoring");
  assert.is(prop(r.set, audio.id, "current_monitoring_state"), MONITOR_IN);
  assert.is(prop(r.set, midi.id, "mute"), 0);
});

test("ungrouping an external synth that monitored its audio: the MIDI track un-muted in Live is un-muted in the model and the set log", async () => {
  const r = await actionRig("external-synth");
  const midi = trackNamed(r.set, "Prophet midi");
  r.set.selectTrack(midi.id);
  await r.play("track.monitoring");
  assert.is(prop(r.set, midi.id, "mute"), 1, "the audio path is monitored: the MIDI track is muted");
  // The audio sub track selected: the focus listens to the synth's MIDI mute until the ungroup ends the synth.
  r.set.selectTrack(trackNamed(r.set, "Prophet audio").id);
  await r.rig.advance(200);
  r.set.ungroup(trackNamed(r.set, "Prophet").id);
  await r.rig.advance(500);
  assert.is(prop(r.set, midi.id, "mute"), 0, "the device put the mute back in Live");
  assert.is(r.app.song.track(midi.id)?.mute, false, "the model agrees");
  await r.play("log.set");
  const line = r.infos().find((text) => text.includes("Prophet midi"));
  assert.ok(line !== undefined && !line.includes("muted"), r.infos().join("\n"));
});

test("monitoring guard: a plain track is not an external synth: warning, nothing changed", async () => {
  const r = await actionRig("external-synth");
  r.set.selectTrack(trackNamed(r.set, "Drums").id);
  await assertRefused(r, "track.monitoring", "Drums is not an external synth");
});

test("volume: 1% of the range per detent on the current track only", async () => {
  const r = await actionRig("flat");
  const kick = trackNamed(r.set, "Kick");
  const bass = trackNamed(r.set, "Bass");
  assert.is(await r.play("track.volume", 5), 1, "one turn, one undo step");
  assert.ok(Math.abs(prop(r.set, kick.mixer.volume.id, "value") - 0.9) < 1e-6);
  assert.ok(Math.abs(prop(r.set, bass.mixer.volume.id, "value") - 0.85) < 1e-6);
});

// No volume guard case: Live always has a selected track (deleting it selects another, and a set keeps
// one audio or MIDI track), and every track, return and the master has a mixer volume. The master is the
// odd one out of the track knobs, so it is checked here.
test("volume: the master track's own volume", async () => {
  const r = await actionRig("flat");
  const master = r.set.song.master;
  const start = prop(r.set, master.mixer.volume.id, "value");
  r.set.selectTrack(master.id);
  assert.is(await r.play("track.volume", -3), 1);
  assert.ok(Math.abs(prop(r.set, master.mixer.volume.id, "value") - (start - 0.03)) < 1e-6);
});

/**
 * The nested set with the one input track the volumes knob needs (Main's channel): an input track a group
 * channel would be as many more top-level tracks, past the remotes' pool as groups are added.
 */
const nestedWithMainInput = () => {
  const nested = fixture("nested");
  return { ...nested, tracks: [...(nested.tracks ?? []), { ...inputTrack("EC4 Main", "Ch. 4"), monitoring: 0 as const }] };
};

test("all volumes: every top-level track moves together, tracks inside groups follow their group", async () => {
  const r = await actionRig("nested");
  const topLevel = (await r.rig.advance(0), r.app.song.abstractTracks().filter((track) => !track.baseTrack.holdsInput).length);
  assert.ok(topLevel <= REMOTE_SLOTS, "each volume gets a live.remote~ of the pool");
  assert.is(await r.play("track.allVolumes", -10), topLevel, "one undo entry a track for the whole turn");
  for (const name of ["Bus", "Folded", "Lead"]) assert.ok(Math.abs(prop(r.set, trackNamed(r.set, name).mixer.volume.id, "value") - 0.75) < 1e-6, name);
  for (const name of ["Drums", "Kick", "Bass"]) assert.ok(Math.abs(prop(r.set, trackNamed(r.set, name).mixer.volume.id, "value") - 0.85) < 1e-6, name);
});

test("all volumes: a turn loads the top-level mixers once; its next detents cost no LiveAPI call", async () => {
  const r = await actionRig(nestedWithMainInput());
  const observersBefore = r.set.observerCount;
  const knob = r.ec4.knobFor("track.allVolumes", "scroll")!;
  await r.ec4.turn(knob.group, knob.position, -1);
  const topLevel = r.app.song.abstractTracks().filter((track) => !track.baseTrack.holdsInput).length;
  const mark = r.rig.ledger.mark();
  await r.ec4.turn(knob.group, knob.position, -1);
  await r.rig.advance(100);
  // No LiveAPI call: each volume is held by a live.remote~ of the pool, a set each only beyond it.
  assert.is(r.rig.ledger.since(mark).calls, Math.max(0, topLevel - REMOTE_SLOTS));
  await r.rig.advance(2_500);
  assert.is(r.set.observerCount, observersBefore, "the mixers are released once the turn is over");
});

test.run();
