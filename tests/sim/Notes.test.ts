// MIDI notes through Live 11+'s dictionary functions (https://docs.cycling74.com/apiref/lom/clip/):
// get_notes_extended answers {"notes": [...]} as JSON text; add_new_notes answers the new note ids.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadSet } from "./simSets";

const parse = (raw: unknown) => JSON.parse(String(raw)).notes as Record<string, number>[];

test("get_all_notes_extended and get_notes_extended answer note dictionaries", () => {
  const set = loadSet("flat");
  const clip = new (set.liveApiClass())(undefined, "live_set tracks 1 clip_slots 1 clip");
  const all = parse(clip.call("get_all_notes_extended"));
  assert.is(all.length, 4);
  assert.equal(Object.keys(all[0]).sort(), ["duration", "mute", "note_id", "pitch", "probability", "release_velocity", "start_time", "velocity", "velocity_deviation"]);
  assert.equal(all[0], { ...all[0], pitch: 36, start_time: 0, duration: 0.5, velocity: 100, mute: 0, probability: 1 });
  const range = parse(clip.call("get_notes_extended", 40, 10, 0, 4));
  assert.equal(range.map((n) => n.pitch), [43, 41]);
  const byDict = parse(clip.call("get_notes_extended", { from_pitch: 0, pitch_span: 128, from_time: 1, time_span: 1 }));
  assert.equal(byDict.map((n) => n.start_time), [1]);
});

test("add_new_notes answers ids; apply_note_modifications changes by id; remove_notes_extended removes a range", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const slot = new LiveAPI(undefined, "live_set tracks 3 clip_slots 0");
  slot.call("create_clip", 4);
  const clip = new LiveAPI(undefined, "live_set tracks 3 clip_slots 0 clip");
  assert.equal(clip.get("length"), [4]);
  const ids = clip.call("add_new_notes", { notes: [{ pitch: 60, start_time: 0, duration: 1 }, { pitch: 64, start_time: 1, duration: 1, velocity: 90 }] }) as number[];
  assert.is(ids.length, 2);
  const modification = JSON.stringify({ notes: [{ note_id: ids[1], pitch: 65, velocity: 70, start_time: 1, duration: 2 }] });
  clip.call("apply_note_modifications", modification);
  assert.is(set.stats.longestCallArgument, modification.length, "the dictionary handed to Live is measured");
  const notes = parse(clip.call("get_all_notes_extended"));
  assert.equal(notes.map((n) => [n.note_id, n.pitch, n.velocity, n.duration]), [[ids[0], 60, 100, 1], [ids[1], 65, 70, 2]]);
  clip.call("remove_notes_extended", 0, 128, 0.5, 4);
  assert.equal(parse(clip.call("get_all_notes_extended")).map((n) => n.pitch), [60]);
  clip.call("add_new_notes", { notes: [{ pitch: 200, start_time: 0, duration: 1 }] });
  assert.match(set.errors[0], /pitch 200 out of range/);
});

test("create_clip refuses non-empty slots and audio tracks; audio clips have no note functions", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  new LiveAPI(undefined, "live_set tracks 0 clip_slots 0").call("create_clip", 4);
  new LiveAPI(undefined, "live_set tracks 2 clip_slots 1").call("create_clip", 4);
  new LiveAPI(undefined, "live_set tracks 2 clip_slots 0 clip").call("get_all_notes_extended");
  assert.equal(set.errors.length, 3);
  assert.match(set.errors[0], /not empty/);
  assert.match(set.errors[1], /only MIDI tracks/);
  assert.match(set.errors[2], /no function get_all_notes_extended/);
});

test("duplicate_clip_to copies the clip with its notes; delete_clip empties the slot", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const source = new LiveAPI(undefined, "live_set tracks 1 clip_slots 1");
  const target = new LiveAPI(undefined, "live_set tracks 1 clip_slots 3");
  source.call("duplicate_clip_to", "id", target.id);
  const copy = new LiveAPI(undefined, "live_set tracks 1 clip_slots 3 clip");
  assert.is(parse(copy.call("get_all_notes_extended")).length, 4);
  assert.is.not(copy.id, new LiveAPI(undefined, "live_set tracks 1 clip_slots 1 clip").id);
  source.call("duplicate_clip_to", "id", new LiveAPI(undefined, "live_set tracks 2 clip_slots 3").id);
  assert.match(set.errors[0], /differ in type/);
  target.call("delete_clip");
  assert.equal(target.get("has_clip"), [0]);
  target.call("delete_clip");
  assert.match(set.errors[1], /empty/);
});

test("clip markers keep their order", () => {
  const set = loadSet("flat");
  const clip = new (set.liveApiClass())(undefined, "live_set tracks 0 clip_slots 0 clip");
  clip.set("loop_end", 8);
  assert.equal(clip.get("length"), [8]);
  clip.set("loop_start", 9);
  assert.match(set.errors[0], /loop_start/);
  clip.set("looping", 0);
  assert.equal(clip.get("length"), [4], "unlooped: end marker minus start marker");
  clip.set("end_marker", 0);
  assert.match(set.errors[1], /before the start marker/);
});

test("a dictionary's `return` list answers only those properties, written as Live's bridge writes them (json.dumps)", () => {
  const set = loadSet("flat");
  const clip = new (set.liveApiClass())(undefined, "live_set tracks 1 clip_slots 1 clip");
  const text = String(clip.call("get_notes_extended", JSON.stringify({ from_pitch: 36, pitch_span: 1, from_time: 0, time_span: 1, return: ["velocity", "note_id"] })));
  const id = parse(text)[0]!.note_id;
  assert.is(text, `{"notes": [{"note_id": ${id}, "velocity": 100.0}]}`);
});

test.run();
