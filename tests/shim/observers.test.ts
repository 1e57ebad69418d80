// Observers in the real shim: one LiveAPI per observer, Max's id callbacks filtered out, reset.
import { test } from "uvu";
import type { Op } from "../../src/wire/protocol";
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

test("unobserve then observe re-points a parked observer: no new LiveAPI object, none torn down", () => {
  const shim = new ShimHarness().ready();
  const [a, b] = shim.set.song.tracks;
  shim.batch({ op: "observe", oid: 1, target: a.id, prop: "name" });
  const built = shim.set.stats.apiObjectsConstructed;
  shim.batch({ op: "unobserve", oid: 1 });
  assert.is(shim.set.observerCount, 0, "a parked observer keeps no listener");
  const muted = Number(shim.set.read(b.id, "mute")[0]);
  assert.equal(shim.value({ op: "observe", oid: 2, target: b.id, prop: "mute" }), [muted]);
  assert.is(shim.set.stats.apiObjectsConstructed, built);
  shim.set.setProperty(b.id, "mute", 1 - muted);
  shim.set.setProperty(a.id, "name", "Not observed");
  shim.settle();
  assert.equal(shim.events(), [{ oid: 2, v: [1 - muted] }]);
});

test("reset, then observing again what was observed, creates no LiveAPI object", () => {
  const shim = new ShimHarness().ready();
  const observe = () =>
    shim.batch(...shim.set.song.tracks.flatMap((t, i): Op[] => [
      { op: "observe", oid: 2 * i + 1, target: t.id, prop: "name" },
      { op: "observe", oid: 2 * i + 2, target: t.id, prop: "mute" },
    ]));
  observe();
  const built = shim.set.stats.apiObjectsConstructed;
  const calls = shim.set.stats.apiCalls;
  shim.batch({ op: "reset" });
  assert.is(shim.set.observerCount, 0);
  observe();
  assert.is(shim.set.stats.apiObjectsConstructed, built);
  assert.is(shim.set.observerCount, 2 * shim.set.song.tracks.length);
  // Parking is one call (id = 0); re-pointing to the same property one more (id = n).
  assert.is(shim.set.stats.apiCalls - calls, 2 * 2 * shim.set.song.tracks.length);
});

test("a quantum sends a numeric property only when floor(value / quantum) changes", () => {
  const shim = new ShimHarness().ready();
  shim.batch(
    { op: "observe", oid: 1, target: "live_set", prop: "current_song_time", quantum: 0.25 },
    { op: "observe", oid: 2, target: "live_set", prop: "current_song_time" },
  );
  shim.set.callFunction("live_set", "start_playing");
  for (let i = 0; i < 120; i++) shim.set.advance(17); // about 4 beats at 120 BPM
  shim.settle();
  const sixteenths = shim.events().filter((e) => e.oid === 1).map((e) => Number(e.v[0]));
  const every = shim.events().filter((e) => e.oid === 2);
  const beats = Number(shim.set.read("live_set", "current_song_time")[0]);
  assert.ok(beats > 3.5, `${beats} beats`);
  assert.ok(sixteenths.length <= Math.ceil(beats * 4) && sixteenths.length >= Math.floor(beats * 4) - 1, `${sixteenths.length} events`);
  assert.ok(every.length > 2 * sixteenths.length, `${every.length} unthrottled events`);
  const buckets = sixteenths.map((t) => Math.floor(t / 0.25));
  assert.equal(buckets, [...new Set(buckets)], "one event per 16th");
  assert.ok(sixteenths.every((t) => typeof t === "number"), "numbers travel as numbers");
});

test.run();
