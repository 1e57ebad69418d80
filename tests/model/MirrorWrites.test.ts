// A write shows in the mirror at once as pending (the next detent computes from it); Live's answer
// settles it, and Live's value wins. Lost replies end in a resync, not a stuck mirror.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MSG_REPLY } from "../../src/wire/protocol";
import { loseSnapshotReply } from "../support/lostMessages";
import { divergences } from "../support/modelCheck";
import { rigWith } from "../support/rigWith";

const trackNamed = (r: Awaited<ReturnType<typeof rigWith>>, name: string) => r.set.song.tracks.find((t) => t.name === name)!;

test("a write shows at once as pending; Live's answer settles it", async () => {
  const r = await rigWith("demo");
  const bass = trackNamed(r, "Bass");
  r.set.selectTrack(bass.id); // mute is loaded while the track is in focus
  await r.rig.settle();
  void r.app.mirror.set(bass.id, "Track", "mute", 1);
  assert.is(r.app.mirror.get(bass.id, "Track", "mute"), true, "the write is seen before Live answers");
  assert.equal(r.set.read(bass.id, "mute"), [0], "Live has not been told yet");
  await r.rig.settle();
  assert.is(r.app.mirror.get(bass.id, "Track", "mute"), true);
  assert.equal(r.set.read(bass.id, "mute"), [1]);
});

test("successive writes compose on the pending value", async () => {
  const r = await rigWith("demo");
  const song = r.app.mirror.songId;
  const before = r.app.mirror.songProp("tempo");
  for (let i = 0; i < 8; i++) void r.app.mirror.set(song, "Song", "tempo", (r.app.mirror.songProp("tempo") ?? 0) + 1);
  assert.is(r.app.mirror.songProp("tempo"), before + 8, "eight writes in one turn compose");
  await r.rig.settle();
  assert.equal(r.set.read("live_set", "tempo"), [before + 8]);
  assert.is(r.app.mirror.songProp("tempo"), before + 8);
});

test("a write Live refuses rolls back to what Live has", async () => {
  const r = await rigWith("demo");
  const keys = trackNamed(r, "Keys"); // a group track has no arm at all
  void r.app.mirror.set(keys.id, "Track", "arm", 1);
  await r.rig.settle();
  assert.is(r.app.mirror.get(keys.id, "Track", "arm"), undefined, "the pending value is gone");
  assert.ok(r.set.errors.some((e) => e.includes("no 'Arm' state")), "Live said why, in the Max console");
});

test("a property the mirror does not observe is read again after a write", async () => {
  const r = await rigWith("demo");
  const vocals = trackNamed(r, "Vocals");
  void r.app.mirror.set(vocals.id, "Track", "color", 0x123456); // a track's colour is read, not observed
  await r.rig.settle();
  assert.is(r.app.mirror.get(vocals.id, "Track", "color"), Number(r.set.read(vocals.id, "color")[0]));
});

test("a reply that never comes fails its batch after the timeout, and a full resync repairs the mirror", async () => {
  const r = await rigWith("demo");
  let newTrack = -1;
  const lost = loseSnapshotReply(r.rig, () => newTrack);
  newTrack = r.set.createTrack("midi", 1, "Lost").id;
  await r.rig.settle();
  assert.ok(lost(), "a reply was lost");
  assert.ok(divergences(r.app, r.set).length > 0, "the new track is not mapped yet");
  await r.rig.advance(31_000);
  assert.ok(r.rig.posts("error").some((line) => line.includes("no reply from the shim")));
  assert.equal(divergences(r.app, r.set), []);
  assert.is(r.app.syncCount, 2);
});

test("malformed replies and events are logged, never thrown, and the bundle goes on", async () => {
  const r = await rigWith("demo");
  r.rig.sendToNode(MSG_REPLY, "{not json");
  r.rig.sendToNode(MSG_REPLY, 1, 1); // a batch answered long ago: not an error
  r.rig.sendToNode("lom_event", "[1,2");
  await r.rig.settle();
  assert.is(r.rig.posts("error").filter((line) => line.includes("malformed")).length, 2);
  const bass = trackNamed(r, "Bass");
  r.set.selectTrack(bass.id); // solo is loaded while the track is in focus
  r.set.setProperty(bass.id, "solo", 1);
  await r.rig.settle();
  assert.ok(r.app.song.simpleTracks().find((t) => t.id === bass.id)?.solo);
});

test.run();
