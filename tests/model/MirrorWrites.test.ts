// Writes go to Live; the mirror takes Live's answer. Lost replies end in a resync, not a stuck mirror.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MSG_REPLY } from "../../src/lom/protocol";
import { divergences } from "../support/modelCheck";
import { rigWith } from "../support/rigWith";

const trackNamed = (r: Awaited<ReturnType<typeof rigWith>>, name: string) => r.set.song.tracks.find((t) => t.name === name)!;

test("the mirror changes when Live answers, not when the bundle writes", async () => {
  const r = await rigWith("demo");
  const bass = trackNamed(r, "Bass");
  void r.app.mirror.set(bass.id, "mute", 1);
  assert.is(r.app.mirror.get(bass.id, "Track", "mute"), false, "nothing changes before Live answers");
  await r.rig.settle();
  assert.is(r.app.mirror.get(bass.id, "Track", "mute"), true);
});

test("a write Live refuses leaves the mirror as Live has it", async () => {
  const r = await rigWith("demo");
  const keys = trackNamed(r, "Keys"); // a group track cannot be armed
  void r.app.mirror.set(keys.id, "arm", 1);
  await r.rig.settle();
  assert.equal(r.set.read(keys.id, "arm"), [0]);
  assert.is(r.app.mirror.get(keys.id, "Track", "arm"), false);
  assert.ok(r.set.errors.some((e) => e.includes("cannot be armed")), "Live said why, in the Max console");
});

test("a property the mirror does not observe is read again after a write", async () => {
  const r = await rigWith("demo");
  const vocals = trackNamed(r, "Vocals");
  const clip = vocals.clipSlots.find((s) => s.clip)!.clip!; // not the detail clip: its name is not observed
  void r.app.mirror.set(clip.id, "name", "Take 2");
  await r.rig.settle();
  assert.is(r.app.objects.clip(clip.id).name, "Take 2");
});

test("a reply that never comes fails its batch after the timeout, and a full resync repairs the mirror", async () => {
  const r = await rigWith("demo");
  let lose = true;
  r.rig.wire.tap((message) => {
    if (lose && message.to === "node" && message.atoms[0] === MSG_REPLY) {
      lose = false;
      r.rig.wire.discard("node");
    }
  });
  r.set.createTrack("midi", 1, "Lost");
  await r.rig.settle();
  assert.not.ok(lose, "a reply was lost");
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
  r.set.setProperty(bass.id, "solo", 1);
  await r.rig.settle();
  assert.ok(r.app.song.simpleTracks().find((t) => t.id === bass.id)?.solo);
});

test.run();
