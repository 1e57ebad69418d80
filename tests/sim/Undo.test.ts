// Undo (https://docs.cycling74.com/apiref/lom/song/: begin_undo_step, end_undo_step, undo): each LOM write
// is an undo entry of its own. The grouping of begin_undo_step / end_undo_step is a hypothetical Live's
// (no public bridge exposes them: LiveOptions.bridgeAdds).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { LiveSet } from "../../src/sim/live/LiveSet";
import { BRIDGE_WITH_UNDO_FUNCTIONS } from "../support/hypotheticalBridge";
import { loadSet } from "./simSets";

/** A Live whose bridge would expose begin_undo_step / end_undo_step. */
const hypothetical = (name: string): LiveSet => loadSet(name, BRIDGE_WITH_UNDO_FUNCTIONS);

test("a hypothetical Live's begin/end group changes into one step; undo reverts them and notifies", () => {
  const set = hypothetical("flat");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  const track = new LiveAPI(undefined, "live_set tracks 0");
  const names: unknown[] = [];
  const observer = new LiveAPI((args: unknown[]) => args[0] === "name" && names.push(args[1]), "live_set tracks 0");
  observer.property = "name";
  song.call("begin_undo_step");
  track.set("name", "A");
  track.set("mute", 1);
  song.set("tempo", 99);
  song.call("end_undo_step");
  assert.is(set.undoHistory.length, 1);
  assert.is(set.undoHistory[0].changes.length, 3);
  assert.equal(song.get("can_undo"), [1]);
  song.call("undo");
  assert.equal(track.get("name"), ["Kick"]);
  assert.equal(track.get("mute"), [0]);
  assert.equal(song.get("tempo"), [120]);
  assert.equal(names, ["Kick", "A", "Kick"]);
  assert.is(set.undoHistory.length, 0);
  assert.equal(song.get("can_undo"), [0]);
});

test("writes outside a step are steps of their own; undo takes back only the last", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const track = new LiveAPI(undefined, "live_set tracks 0");
  track.set("name", "A");
  track.set("name", "B");
  assert.is(set.undoHistory.length, 2);
  new LiveAPI(undefined, "live_set").call("undo");
  assert.equal(track.get("name"), ["A"]);
});

test("undo of track creation deletes it; undo of deletion re-creates it with its clips (new ids)", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  song.call("create_midi_track", 1);
  assert.is(set.song.tracks.length, 5);
  song.call("undo");
  assert.equal(set.song.tracks.map((t) => t.name), ["Kick", "Bass", "Guitar", "Synth"]);
  const bass = new LiveAPI(undefined, "live_set tracks 1");
  const oldId = bass.id;
  song.call("delete_track", 1);
  assert.is(bass.id, "0");
  song.call("undo");
  const restored = new LiveAPI(undefined, "live_set tracks 1");
  assert.equal(restored.get("name"), ["Bass"]);
  assert.is.not(restored.id, oldId);
  assert.equal(new LiveAPI(undefined, "live_set tracks 1 clip_slots 1 clip").get("length"), [4]);
});

test("undo covers clips and scenes (grouped in a hypothetical Live's step)", () => {
  const set = hypothetical("flat");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  song.call("begin_undo_step");
  new LiveAPI(undefined, "live_set tracks 3 clip_slots 2").call("create_clip", 8);
  new LiveAPI(undefined, "live_set tracks 0 clip_slots 0").call("delete_clip");
  song.call("end_undo_step");
  song.call("undo");
  assert.equal(new LiveAPI(undefined, "live_set tracks 3 clip_slots 2").get("has_clip"), [0]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 0 clip_slots 0").get("has_clip"), [1]);
  song.call("create_scene", 1);
  assert.equal(song.getcount("scenes"), 5);
  assert.equal(new LiveAPI(undefined, "live_set tracks 1 clip_slots 2 clip").get("length"), [4], "clip moved down a row");
  song.call("undo");
  assert.equal(song.getcount("scenes"), 4);
  song.call("delete_scene", 1);
  song.call("undo");
  assert.equal(new LiveAPI(undefined, "live_set tracks 1 clip_slots 1 clip").get("length"), [4]);
});

test("redo makes the last undone step again, as one step; a new edit forgets what was undone", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  const track = new LiveAPI(undefined, "live_set tracks 0");
  track.set("name", "A");
  new LiveAPI(undefined, "live_set tracks 3 clip_slots 2").call("create_clip", 8);
  assert.equal(song.get("can_redo"), [0]);
  song.call("undo");
  song.call("undo");
  assert.equal(track.get("name"), ["Kick"]);
  assert.equal(song.get("can_redo"), [1]);
  song.call("redo");
  assert.equal(track.get("name"), ["A"]);
  assert.is(set.undoHistory.length, 1, "the redone write is back in the history, nothing more");
  song.call("redo");
  assert.equal(new LiveAPI(undefined, "live_set tracks 3 clip_slots 2 clip").get("length"), [8]);
  song.call("undo");
  track.set("name", "B");
  assert.equal(song.get("can_redo"), [0]);
  song.call("redo");
  assert.equal(new LiveAPI(undefined, "live_set tracks 3 clip_slots 2").get("has_clip"), [0]);
});

test("a step the simulator cannot make again (a track created) ends what can be redone", () => {
  const set = loadSet("flat");
  const song = new (set.liveApiClass())(undefined, "live_set");
  song.call("create_midi_track", 1);
  song.call("undo");
  assert.equal(song.get("can_redo"), [0]);
});

test("transport changes are not edits", () => {
  const set = loadSet("flat");
  const song = new (set.liveApiClass())(undefined, "live_set");
  song.call("start_playing");
  set.advance(2000);
  song.call("stop_playing");
  assert.is(set.undoHistory.length, 0);
});

test.run();
