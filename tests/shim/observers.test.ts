// Observers in the real shim: one LiveAPI per observer, Max's id callbacks filtered out, reset.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ShimHarness } from "./ShimHarness";

function trackIdList(shim: ShimHarness): (string | number)[] {
  return shim.set.song.tracks.flatMap((t) => ["id", t.id]);
}

test("observe answers the current value; each change is one event, and nothing else is", () => {
  const shim = new ShimHarness().ready();
  assert.equal(shim.batch({ op: "observe", oid: 1, target: "live_set", prop: "tempo" }).r, [{ v: [120] }]);
  assert.equal(shim.events(), []);
  shim.set.setProperty("live_set", "tempo", 99);
  shim.settle();
  shim.set.setProperty("live_set", "tempo", 99); // no change, no notification
  shim.settle();
  assert.equal(shim.events(), [{ oid: 1, v: [99] }]);
});

test("a child list is observable; its value is the id list", () => {
  const shim = new ShimHarness().ready();
  assert.equal(shim.value({ op: "observe", oid: 5, target: "live_set", prop: "tracks" }), trackIdList(shim));
  shim.set.createTrack("midi", -1, "New");
  shim.settle();
  assert.equal(shim.events(), [{ oid: 5, v: trackIdList(shim) }]);
});

test("an observer follows its object by id when the object moves", () => {
  const shim = new ShimHarness().ready();
  const track = shim.set.song.tracks[0];
  assert.equal(shim.value({ op: "observe", oid: 2, target: "live_set tracks 0", prop: "name" }), ["Drums"]);
  shim.set.moveTrack(track.id, shim.set.song.tracks.length - 1);
  shim.set.setProperty(track.id, "name", "Moved");
  shim.settle();
  assert.equal(shim.events(), [{ oid: 2, v: ["Moved"] }]);
});

test("each observer costs one LiveAPI object; re-observing an oid replaces it, re-pointing the object it parked", () => {
  const shim = new ShimHarness().ready();
  shim.batch(
    { op: "observe", oid: 1, target: "live_set", prop: "tempo" },
    { op: "observe", oid: 2, target: "live_set", prop: "is_playing" },
    { op: "observe", oid: 1, target: "live_set", prop: "signature_numerator" },
  );
  // the shared worker (it resolves the path) + two observers: oid 1's first object is parked and re-pointed
  assert.is(shim.set.stats.apiObjectsConstructed, 3);
  shim.set.setProperty("live_set", "tempo", 100);
  shim.set.setProperty("live_set", "signature_numerator", 3);
  shim.settle();
  assert.equal(shim.events(), [{ oid: 1, v: [3] }]);
});

test("unobserve stops one observer; reset stops all; oids can be used again afterwards", () => {
  const shim = new ShimHarness().ready();
  shim.batch(
    { op: "observe", oid: 1, target: "live_set", prop: "tempo" },
    { op: "observe", oid: 2, target: "live_set", prop: "signature_numerator" },
  );
  assert.equal(shim.batch({ op: "unobserve", oid: 1 }).r, [{ v: null }]);
  shim.set.setProperty("live_set", "tempo", 101);
  shim.set.setProperty("live_set", "signature_numerator", 7);
  shim.settle();
  assert.equal(shim.events(), [{ oid: 2, v: [7] }]);

  assert.equal(shim.batch({ op: "reset" }).r, [{ v: null }]);
  shim.set.setProperty("live_set", "signature_numerator", 5);
  shim.set.setProperty("live_set", "tempo", 102);
  shim.settle();
  assert.is(shim.events().length, 1);
  assert.equal(shim.batch({ op: "unobserve", oid: 2 }).r, [{ e: "no observer 2" }]);

  assert.equal(shim.value({ op: "observe", oid: 1, target: "live_set", prop: "tempo" }), [102]);
  shim.set.setProperty("live_set", "tempo", 103);
  shim.settle();
  assert.equal(shim.events().slice(1), [{ oid: 1, v: [103] }]);
});

test.run();
