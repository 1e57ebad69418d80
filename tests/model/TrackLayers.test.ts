// The two track layers and SongFacade over simulated sets, through the real bundle, wire and shim.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateLargeSet } from "../../src/sim/live/generateLargeSet";
import type { LiveSet } from "../../src/sim/live/LiveSet";
import type { Rig } from "../../src/sim/max/Rig";
import { divergences } from "../support/modelCheck";
import { rigWith, type Running } from "../support/rigWith";

function trackId(set: LiveSet, name: string): number {
  const id = set.song.tracks.find((t) => t.name === name)?.id;
  if (id === undefined) throw new Error(`no track ${name}`);
  return id;
}

async function user(rig: Rig, change: () => void): Promise<void> {
  change();
  await rig.settle();
}

function assertInSync(running: Running): void {
  assert.equal(divergences(running.app, running.set), []);
}

for (const name of ["flat", "nested", "external-synth", "empty", "demo"]) {
  test(`${name}: both layers match Live after the initial sync`, async () => {
    const running = await rigWith(name);
    assert.ok(running.app.syncCount === 1);
    assertInSync(running);
  });
}

test("256-track set: both layers match Live", async () => {
  const running = await rigWith(generateLargeSet({ tracks: 256, scenes: 32, seed: 7 }));
  assert.is(running.app.song.simpleTracks().length, 256);
  assertInSync(running);
});

test("nested groups: AbstractGroupTrack sub tracks are AbstractTracks, base sub tracks SimpleTracks", async () => {
  const { set, app } = await rigWith("nested");
  const bus = app.song.simpleTracks().find((t) => t.id === trackId(set, "Bus"))!;
  assert.is(bus.ownGroup?.constructor.name, "SimpleGroupTrack");
  const drums = bus.ownGroup!.subTracks[0]!;
  assert.is(drums.constructor.name, "SimpleGroupTrack", "a nested group appears as its AbstractGroupTrack");
  assert.is(bus.subTracks[0]!.constructor.name, "GroupBaseTrack", "the base track's sub tracks stay SimpleTracks");
  assert.is(drums.baseTrack, bus.subTracks[0]);
  assert.is(drums.abstractGroupTrack, bus.ownGroup);
  assert.equal(
    drums.subTracks.map((t) => t.name),
    ["Kick", "Snare"],
  );
});

test("external synth group: MIDI, audio and tail tracks, one instrument for current_track", async () => {
  const { set, app, rig } = await rigWith("demo");
  const prophet = app.song.externalSynthTracks()[0]!;
  assert.is(prophet.name, "Prophet");
  assert.is(prophet.midiTrack.name, "Prophet midi");
  assert.is(prophet.audioTrack.name, "Prophet audio");
  assert.is(prophet.audioTailTrack?.name, "tail");
  assert.equal(prophet.dummyTracks, []);
  for (const sub of ["Prophet", "Prophet midi", "Prophet audio", "tail"]) {
    await user(rig, () => set.selectTrack(trackId(set, sub)));
    assert.is(app.song.currentTrack(), prophet, `selecting ${sub}`);
    assert.is(app.song.currentExternalSynthTrack(), prophet);
  }
});

test("current track for every selection follows the rule", async () => {
  const { set, app, rig } = await rigWith("demo");
  for (const track of set.song.tracks) {
    await user(rig, () => set.selectTrack(track.id));
    const selected = app.song.selectedTrack()!;
    assert.is(selected.id, track.id);
    const current = app.song.currentTrack()!;
    const parent = selected.groupTrack?.ownGroup;
    const expected = selected.ownGroup ?? (parent?.actsAsOneInstrument ? parent : selected);
    assert.is(current, expected, `current track of ${track.name}`);
    if (track.name === "Piano") assert.is(current, selected, "a plain group's sub track is its own current track");
  }
});

test("wrappers and their state survive moves, grouping and scene inserts", async () => {
  const running = await rigWith("demo");
  const { set, app, rig } = running;
  const bass = app.song.simpleTracks().find((t) => t.name === "Bass")!;
  const prophet = app.song.externalSynthTracks()[0]!;
  prophet.monitorsAudio = true;
  const verse = app.song.scenes()[1]!;
  verse.looping = true;

  await user(rig, () => set.moveTrack(trackId(set, "Bass"), set.song.tracks.length));
  assert.is(app.song.simpleTracks()[app.song.simpleTracks().length - 1], bass, "moved track keeps its wrapper");
  const beforeBass = set.song.tracks[set.song.tracks.length - 2]!;
  await user(rig, () => set.groupTracks([beforeBass.id, trackId(set, "Bass")], "Low"));
  assert.ok(app.song.simpleTracks().includes(bass));
  assert.is(bass.groupTrack?.name, "Low");
  assert.is(bass.abstractGroupTrack?.constructor.name, "SimpleGroupTrack");
  await user(rig, () => set.createScene(0, "New"));
  assert.is(app.song.scenes()[2], verse, "scene wrapper reused after an insert");
  assert.ok(verse.looping);
  assert.is(app.song.externalSynthTracks()[0], prophet);
  assert.ok(prophet.monitorsAudio);
  assert.is(verse.clipSlots[0], app.song.simpleTracks()[0]!.clipSlots()[2], "the scene's slots were rebuilt from reused slot wrappers");
  assertInSync(running);
});

test("a group that stops matching the ExternalSynthTrack rule becomes a SimpleGroupTrack and back", async () => {
  const running = await rigWith("demo");
  const { set, app, rig } = running;
  const prophet = app.song.externalSynthTracks()[0]!;
  const base = prophet.baseTrack;
  const index = (name: string): number => set.song.tracks.findIndex((t) => t.name === name);
  await user(rig, () => void prophet.switchMonitoring());
  assert.equal(set.read(trackId(set, "Prophet midi"), "mute"), [1], "monitoring the audio path mutes the MIDI track");
  // A MIDI track among the audio tracks breaks the rule.
  await user(rig, () => set.moveTrack(trackId(set, "EC4 Test"), index("tail")));
  assert.is(set.track(trackId(set, "EC4 Test")).groupTrack?.name, "Prophet");
  assert.is(base.ownGroup?.constructor.name, "SimpleGroupTrack");
  assert.not.ok(prophet.isConnected, "the old ExternalSynthTrack is disconnected");
  assert.is(prophet.midiTrack.role, null, "roles go with the ExternalSynthTrack");
  await rig.settle();
  assert.equal(set.read(trackId(set, "Prophet midi"), "mute"), [0], "disconnecting put back what its monitoring changed");
  assertInSync(running);
  await user(rig, () => set.moveTrack(trackId(set, "EC4 Test"), set.song.tracks.length));
  const again = base.ownGroup!;
  assert.is(again.constructor.name, "ExternalSynthTrack");
  assert.is.not(again, prophet, "a new ExternalSynthTrack, the old one stays disconnected");
  assert.is(app.song.externalSynthTracks()[0]?.baseTrack, base, "over the same base track");
  assertInSync(running);
});

test("reinitialise re-classifies a track mapped with the wrong kind", async () => {
  const running = await rigWith("demo");
  const { app, set, rig } = running;
  const bass = trackId(set, "Bass");
  // A wrong read (has_midi_input is read once, never observed) maps Bass as an audio track.
  (app.mirror.node(bass)!.props as Record<string, unknown>).has_midi_input = false;
  set.createTrack("audio", 0, "Nudge"); // any structural change re-maps the tracks
  await rig.settle();
  assert.is(app.song.simpleTracks().find((t) => t.id === bass)?.kind, "audio", "the wrong read took effect");
  void app.reinitialise();
  await rig.advance(500);
  assert.is(app.song.simpleTracks().find((t) => t.id === bass)?.kind, "midi");
  assert.equal(divergences(app, set), []);
});

test("deleted tracks are disconnected and their observers dropped", async () => {
  const running = await rigWith("demo");
  const { set, app, rig } = running;
  const observersBefore = app.client.observerCount;
  const keys = app.song.simpleTracks().find((t) => t.name === "Keys")!;
  await user(rig, () => set.deleteTrack(trackId(set, "Keys")));
  assert.not.ok(keys.exists);
  assert.not.ok(keys.ownGroup?.isConnected ?? false);
  assert.ok(app.client.observerCount < observersBefore);
  assertInSync(running);
});

test.run();
