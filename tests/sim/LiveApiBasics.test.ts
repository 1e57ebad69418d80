// LiveAPI over the simulated set: ids, paths, get shapes, errors (https://docs.cycling74.com/apiref/js/liveapi).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fixture, loadSet } from "./simSets";
import { LiveSet } from "../../src/sim/live/LiveSet";

test("get answers lists of atoms: values, single children, child lists", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  assert.equal(song.get("tempo"), [120]);
  const tracks = song.get("tracks")!;
  assert.is(tracks.length, 2 * set.song.tracks.length);
  assert.is(tracks[0], "id");
  const track = new LiveAPI(undefined, "live_set tracks 1");
  assert.equal(track.get("name"), ["Bass"]);
  assert.equal(track.get("mixer_device"), ["id", set.song.tracks[1].mixer.id]);
  assert.equal(track.get("group_track"), ["id", 0]);
  assert.equal(track.get("arm"), [0]);
  assert.is(track.getcount("clip_slots"), 4);
  assert.is(track.type, "Track");
  assert.is(track.unquotedpath, "live_set tracks 1");
  assert.is(track.path, '"live_set tracks 1"');
  assert.is(track.id, String(set.song.tracks[1].id));
});

test("a set that does not answer yet (liveSetLate): its first lookups of live_set paths answer id 0, then Live's", () => {
  const set = LiveSet.fromDescription(fixture("flat"), { liveSetLate: 2 });
  const LiveAPI = set.liveApiClass();
  const api = new LiveAPI(undefined, "live_set");
  assert.is(api.id, "0");
  api.path = "live_set tracks 0";
  assert.is(api.id, "0");
  api.path = "live_set";
  assert.is(api.id, String(set.song.id));
});

test("paths reach nested children: clip, device parameters, mixer, views", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  assert.equal(new LiveAPI(undefined, "live_set tracks 0 clip_slots 0 clip").get("name"), ["Beat"]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 0 devices 0 chains 1").get("name"), ["Snare"]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 1 devices 0 parameters 1").get("name"), ["Filter Freq"]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 1 mixer_device volume").get("value"), [Math.fround(0.85)], "a 32-bit float, as Live keeps it");
  assert.equal(new LiveAPI(undefined, "live_set view selected_track").get("name"), ["Drums"]);
  assert.equal(new LiveAPI(undefined, "live_set master_track").get("name"), ["Master"]);
  assert.equal(new LiveAPI(undefined, "live_set return_tracks 0").get("name"), ["A-Reverb"]);
  const slot = new LiveAPI(undefined, "live_set tracks 1 clip_slots 0");
  assert.equal(slot.get("clip"), ["id", 0]);
  assert.equal(slot.get("has_clip"), [0]);
});

test("unknown paths and dead ids give id 0; reads on them post an error and answer nothing", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  for (const path of ["live_set tracks 99", "live_set nonsense", "live_set tracks 1 clip_slots 0 clip", "id 999999"]) {
    const api = new LiveAPI(undefined, path);
    assert.is(api.id, "0", path);
    assert.is(api.path, "");
  }
  const api = new LiveAPI(undefined, "live_set tracks 99");
  assert.is(api.get("name"), undefined);
  assert.match(set.errors[set.errors.length - 1], /no valid object/);
});

test("a name the bridge does not expose and read-only writes are refused with an error; nothing changes", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  const track = new LiveAPI(undefined, "live_set tracks 1");
  assert.is(track.get("colour"), undefined);
  assert.is(set.errors[0], "'Track' object has no attribute 'colour'");
  track.set("has_midi_input", 0);
  assert.match(set.errors[1], /read-only/);
  assert.equal(track.get("has_midi_input"), [1]);
  const master = new LiveAPI(undefined, "live_set master_track");
  assert.is(master.get("arm"), undefined, "master has no arm");
  assert.is(master.get("clip_slots"), undefined, "master has no clip slots");
  const song = new LiveAPI(undefined, "live_set");
  song.set("tempo", 5000);
  assert.equal(song.get("tempo"), [120]);
  assert.is(set.errors.length, 5);
});

test("every fixture loads", () => {
  for (const name of ["demo", "flat", "nested", "external-synth", "empty"]) {
    const set = loadSet(name);
    assert.ok(set.song.tracks.length > 0, name);
    assert.is(new (set.liveApiClass())(undefined, "live_set view selected_track").id, String(set.song.tracks[0].id));
  }
});

test("set on a name the bridge does not expose is refused with its text", () => {
  const set = loadSet("flat");
  new (set.liveApiClass())(undefined, "live_set").set("tempi", 100);
  assert.equal(set.errors, ["'Song' object has no attribute 'tempi'"]);
});

test("stats count constructions and calls", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const api = new LiveAPI();
  api.path = "live_set";
  api.get("tempo");
  api.id = set.song.tracks[0].id;
  api.set("name", "K");
  api.call("stop_all_clips");
  api.getcount("clip_slots");
  assert.equal(set.stats, { apiObjectsConstructed: 1, apiCalls: 6, observersCreated: 0, observersRepointed: 0, observerPointingCalls: 0, observersTornDown: 0, longestCallArgument: 0 });
});

test.run();
