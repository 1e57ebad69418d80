// Set and diagnostics knobs end to end: reinitialise, the model dumps, statistics, clear and the test hook.
import { test } from "uvu";
import defaultMapping from "../../src/control/defaultMapping.json";
import * as assert from "uvu/assert";
import { actionRig } from "../support/ec4";
import { snapshot, trackNamed } from "../support/liveState";

test("reinitialise: running sequences are cancelled (a looping scene stops looping), the set is read again, Live untouched", async () => {
  const r = await actionRig("flat");
  await r.play("scene.loop");
  assert.is(r.app.song.scenes()[0]!.looping, true);
  const syncs = r.app.syncCount;
  const before = snapshot(r.set);
  assert.is(await r.play("set.reinit"), 0);
  assert.is(r.app.syncCount, syncs + 1);
  assert.is(r.app.seq.registry.size, 0, "no sequence runs");
  assert.is(r.app.song.scenes()[0]!.looping, false);
  assert.is(snapshot(r.set), before);
});

test("log current track: an external synth as one instrument with its sub tracks' roles", async () => {
  const r = await actionRig("external-synth");
  r.set.selectTrack(trackNamed(r.set, "Prophet audio").id);
  assert.is(await r.play("log.currentTrack"), 0, "logging is no edit");
  const shown = r.infos().join("\n");
  assert.match(shown, /ExternalSynthTrack "Prophet" #1/);
  assert.match(shown, /monitoring the MIDI path/);
  assert.match(shown, /SimpleMidiTrack "Prophet midi" #2 \[midi\]/);
  assert.match(shown, /SimpleAudioTrack "tail" #4 \[tail\]/);
  assert.match(shown, /clip in scene 1: \(no name\) MIDI, 1 bar, looping/);
});

// No guard case for logging the current track: Live always has a selected track (a set keeps one audio
// or MIDI track, and deleting the selected track selects another), so there is always a current track.

test("log set: tracks by level, returns, master, scenes with their length, statistics", async () => {
  const r = await actionRig("demo");
  assert.is(await r.play("log.set"), 0);
  const shown = r.infos();
  const from = shown.findIndex((line) => line.startsWith("Set: 120 BPM 4/4, stopped"));
  assert.ok(from >= 0, shown.join("\n"));
  const dump = shown.slice(from).join("\n");
  assert.match(dump, /Tracks:\n {2}SimpleMidiTrack "Drums" #1/);
  assert.match(dump, /\n {2}SimpleGroupTrack "Keys" #3\n {4}SimpleMidiTrack "Piano" #4/);
  assert.match(dump, /Returns:\n {2}ReturnTrack "A-Reverb"/);
  assert.match(dump, /Scenes:\n {2}1 "Intro" 2 bars \[selected\]\n {2}2 "Verse" 1 bar/);
  assert.match(dump, /Statistics: /);
});

test("statistics: tracks, scenes, clips and the scenes' total length", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("log.stats"), 0);
  // Scene 1 lasts 2 bars (its 8-beat clip), scene 2 one bar, scenes 3 and 4 are empty: 3 bars at 120 BPM.
  // The set's 4 tracks and an input track a channel of the EC4's groups (the harness adds them, as a musician does).
  const inputs = new Set(defaultMapping.groups.map((group) => group.addressing.channel)).size;
  assert.ok(
    r.infos().includes(`Statistics: ${4 + inputs} tracks (0 groups, 0 external synths), 4 scenes, 3 clips, total length 3 bars (0:06)`),
    r.infos().join("\n"),
  );
});

test("clear logs asks the patcher to clear the Max console", async () => {
  const r = await actionRig("flat");
  assert.is(await r.play("log.clear"), 0);
  assert.is(r.rig.fromNode.filter((atoms) => atoms[0] === "clear_console").length, 1);
});

test("test hook reports what the script sees selected", async () => {
  const r = await actionRig("flat");
  r.set.selectTrack(trackNamed(r.set, "Bass").id);
  assert.is(await r.play("test.hook"), 0);
  assert.ok(r.infos().includes('Test hook: current track "Bass", scene 1'), r.infos().join("\n"));
});

test.run();
