// Structure changes the mirror must see (issue 18, point 9): a track moved out of its group with the
// order of tracks unchanged, and a track deleted while the set is being read. LOM changes in the
// simulated Live, the model compared with Live without waiting for the healer (no virtual time passes).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LiveSet, type SetDescription } from "../../src/sim/live/LiveSet";
import { Rig } from "../../src/sim/max/Rig";
import { MSG_BATCH } from "../../src/wire/protocol";
import { divergences } from "../support/modelCheck";
import { appOf, rigWith } from "../support/rigWith";

test("a track moved out of its group, the order of tracks unchanged, is seen at once", async () => {
  const running = await rigWith({
    tracks: [{ name: "Group", type: "group", tracks: [{ name: "A", type: "midi" }, { name: "B", type: "midi" }] }, { name: "C", type: "audio" }],
  });
  const { set, rig, app } = running;
  const b = set.song.tracks.find((t) => t.name === "B")!;
  const order = set.song.tracks.map((t) => t.name);
  set.moveTrack(b.id, set.song.tracks.indexOf(b)); // its own place: it leaves the group, nothing moves
  assert.equal(set.song.tracks.map((t) => t.name), order);
  assert.is(b.groupTrack, null, "Live: B is out of the group");
  await rig.settle();
  const model = app.song.simpleTracks().find((t) => t.name === "B")!;
  assert.is(model.groupTrack, null, "the model: B is in no group");
  assert.equal(app.song.simpleTracks().find((t) => t.name === "Group")!.subTracks.map((t) => t.name), ["A"]);
  assert.equal(divergences(app, set), []);
});

test("a track deleted while the set is being read: the sync goes on and reads the rest", async () => {
  const description: SetDescription = { tracks: Array.from({ length: 20 }, (_, i) => ({ name: `T${i + 1}`, type: "midi" as const })) };
  const set = LiveSet.fromDescription(description);
  const rig = new Rig({ set });
  const doomed = set.song.tracks[17]!.id; // read in the second request of 16 tracks
  let deleted = false;
  rig.wire.tap((message) => {
    const atoms = message.atoms;
    if (deleted || message.to !== "shim" || atoms[0] !== MSG_BATCH) return;
    if (!atoms.some((a, i) => a === "snapshot" && atoms[i + 1] === doomed)) return;
    // The musician deletes it after the song's track list was read, before its own snapshot.
    deleted = true;
    set.deleteTrack(doomed);
  });
  await rig.start();
  assert.ok(deleted, "the track went during the read");
  const app = appOf(rig);
  assert.is(app.syncCount, 1, "the sync finished");
  assert.equal(rig.posts("error"), []);
  assert.equal(app.song.simpleTracks().map((t) => t.name), set.song.tracks.map((t) => t.name));
  assert.is(app.song.simpleTracks().length, 19);
  assert.equal(divergences(app, set), []);
});

test.run();
