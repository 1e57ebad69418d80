// Changes made as a Live user would (the set's direct helpers): observers hear them, paths shift, groups
// form and dissolve, and each gesture is one undo step.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/sim/live/LiveSet";
import { loadSet } from "./simSets";

test("moving a track shifts paths; a mode-0 LiveAPI keeps its track", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const synth = new LiveAPI(undefined, "live_set tracks 3");
  set.moveTrack(Number(synth.id), 0);
  assert.equal(set.song.tracks.map((t) => t.name), ["Synth", "Kick", "Bass", "Guitar"]);
  assert.is(synth.unquotedpath, "live_set tracks 0");
  assert.equal(new LiveAPI(undefined, "live_set tracks 1").get("name"), ["Kick"]);
});

test("grouping and ungrouping adjacent tracks", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const calls: Atom[][] = [];
  const song = new LiveAPI((args: Atom[]) => calls.push(args), "live_set");
  song.property = "tracks";
  const [kick, bass] = set.song.tracks;
  const group = set.groupTracks([kick.id, bass.id], "Rhythm");
  assert.equal(set.song.tracks.map((t) => t.name), ["Rhythm", "Kick", "Bass", "Guitar", "Synth"]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 2").get("group_track"), ["id", group.id]);
  assert.is(calls[calls.length - 1].length, 1 + 2 * 5);
  assert.throws(() => set.groupTracks([kick.id, set.song.tracks[4].id]), /adjacent/);
  set.ungroup(group.id);
  assert.equal(set.song.tracks.map((t) => t.name), ["Kick", "Bass", "Guitar", "Synth"]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 0").get("is_grouped"), [0]);
  assert.is(new LiveAPI(undefined, `id ${group.id}`).id, "0");
});

test("a track created inside a group joins it; deleting a group deletes its tracks", () => {
  const set = loadSet("nested");
  const created = set.createTrack("midi", 3, "Hat");
  assert.is(created.groupTrack?.name, "Drums");
  const bus = set.song.tracks[0];
  const inner = bus.descendants();
  set.deleteTrack(bus.id);
  assert.ok(inner.every((t) => !t.alive));
  assert.equal(set.song.tracks.map((t) => t.name), ["Folded", "Hidden", "Lead"]);
});

test("duplicate_track copies a group with its contents after it; duplicate_scene copies the row below", () => {
  const set = loadSet("external-synth");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  song.call("duplicate_track", 0);
  assert.equal(set.song.tracks.map((t) => t.name), ["Prophet", "Prophet midi", "Prophet audio", "tail", "dummy", "Prophet", "Prophet midi", "Prophet audio", "tail", "dummy", "Drums"]);
  assert.is(set.song.tracks[6].groupTrack, set.song.tracks[5]);
  assert.equal(new LiveAPI(undefined, "live_set view selected_track").get("name"), ["Prophet"]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 6 clip_slots 0 clip").get("length"), [4]);
  song.call("duplicate_scene", 0);
  assert.equal(song.getcount("scenes"), 3);
  assert.equal(new LiveAPI(undefined, "live_set tracks 1 clip_slots 1 clip").get("length"), [4]);
  assert.is.not(new LiveAPI(undefined, "live_set tracks 1 clip_slots 1 clip").id, new LiveAPI(undefined, "live_set tracks 1 clip_slots 0 clip").id);
});

test("setProperty acts like the UI: observers hear it, Live's validation applies, one undo step", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  const values: Atom[] = [];
  const param = new LiveAPI((args: Atom[]) => args[0] === "value" && values.push(args[1]), "live_set tracks 1 devices 0 parameters 1");
  param.property = "value";
  set.setProperty(param.unquotedpath, "value", 0.25);
  assert.equal(values, [0.5, 0.25]);
  assert.throws(() => set.setProperty(param.unquotedpath, "value", 2), /must be in \[0, 1\]/);
  assert.is(set.undoHistory.length, 1);
});

test("createClip and callFunction act as the user; one undo step each", () => {
  const set = loadSet("flat");
  const clip = set.createClip(3, 2, { name: "Drawn", length: 2, notes: [{ pitch: 60, start_time: 0, duration: 1 }] });
  assert.is(set.pathOf(clip.id), "live_set tracks 3 clip_slots 2 clip");
  set.callFunction(clip.id, "fire");
  assert.equal(set.read(clip.id, "is_playing"), [1]);
  assert.is(set.undoHistory.length, 1, "firing is not an edit");
  assert.throws(() => set.createClip(3, 2, { length: 1 }), /not empty/);
});

test("device parameters: quantized values and items; Device On drives is_active", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  const wave = new LiveAPI(undefined, "live_set tracks 1 devices 0 parameters 4");
  assert.equal(wave.get("value_items"), ["Sin", "Saw", "Square", "Triangle"]);
  assert.equal(wave.get("is_quantized"), [1]);
  wave.set("value", 2.2);
  assert.equal(wave.get("value"), [2]);
  assert.equal(wave.call("str_for_value", 3), "Triangle");
  const device = new LiveAPI(undefined, "live_set tracks 1 devices 0");
  new LiveAPI(undefined, "live_set tracks 1 devices 0 parameters 0").set("value", 0);
  assert.equal(device.get("is_active"), [0]);
  assert.equal(device.get("can_have_chains"), [0]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 0 devices 0").get("can_have_chains"), [1]);
});

test("selection: selected track and scene give the highlighted slot and detail clip", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  const view = new LiveAPI(undefined, "live_set view");
  assert.equal(view.get("detail_clip"), ["id", set.song.tracks[0].clipSlots[0].clip!.id]);
  view.set("selected_track", "id", set.song.tracks[1].id);
  assert.equal(view.get("detail_clip"), ["id", 0]);
  view.set("highlighted_clip_slot", "id", set.song.tracks[1].clipSlots[2].id);
  assert.equal(view.get("selected_scene"), ["id", set.song.scenes[2].id]);
  assert.equal(new LiveAPI(undefined, "live_set view detail_clip").get("name"), ["Bassline B"]);
  view.call("select_device", "id", set.song.tracks[4].devices[0].id);
  assert.equal(new LiveAPI(undefined, "live_set tracks 4 view").get("selected_device"), ["id", set.song.tracks[4].devices[0].id]);
  assert.equal(new LiveAPI(undefined, "live_set view selected_track").get("name"), ["Bass"], "select_device does not show the track");
  const parameter = set.song.tracks[1].devices[0].parameters[2];
  set.selectParameter(parameter.id);
  assert.equal(view.get("selected_parameter"), ["id", parameter.id]);
  view.set("selected_parameter", "id", parameter.id);
  assert.match(set.errors[0], /read-only/);
});

test("an invisible track (inside a folded group) cannot be selected", () => {
  const set = loadSet("nested");
  const view = new (set.liveApiClass())(undefined, "live_set view");
  view.set("selected_track", "id", set.song.tracks[6].id);
  assert.equal(set.errors, ["set: The given Track is invisible"]);
  view.set("selected_track", "id", set.song.tracks[5].id);
  assert.equal(view.get("selected_track"), ["id", set.song.tracks[5].id]);
});

test.run();
