// Session recording: firing an empty slot of an armed track records a new clip that grows with song time
// (https://docs.cycling74.com/apiref/lom/clipslot/: fire "starts recording if slot is empty and track is
// armed"; record_length ends it by itself, then the clip plays on).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadSet } from "./simSets";

const ms = (beats: number) => beats * 500;

test("an armed track records into an empty slot until stopped; the clip then plays looped", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const track = new LiveAPI(undefined, "live_set tracks 3");
  track.set("arm", 1);
  const slot = new LiveAPI(undefined, "live_set tracks 3 clip_slots 0");
  assert.equal(slot.get("will_record_on_start"), [1]);
  slot.call("fire");
  assert.equal(slot.get("has_clip"), [1]);
  assert.equal(slot.get("is_recording"), [1]);
  const clip = new LiveAPI(undefined, "live_set tracks 3 clip_slots 0 clip");
  assert.equal(clip.get("is_recording"), [1]);
  assert.equal(clip.get("is_midi_clip"), [1]);
  set.advance(ms(3));
  assert.equal(clip.get("length"), [3]);
  set.advance(ms(2));
  assert.equal(clip.get("length"), [5]);
  slot.call("stop");
  set.advance(ms(3));
  assert.equal(clip.get("is_recording"), [0]);
  assert.equal(clip.get("length"), [8], "the stop waits for the bar line");
  assert.equal(clip.get("is_playing"), [0]);
});

test("record_length ends the recording by itself and the clip plays on", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  new LiveAPI(undefined, "live_set tracks 2").set("arm", 1);
  const song = new LiveAPI(undefined, "live_set");
  song.call("start_playing");
  set.advance(ms(1));
  const slot = new LiveAPI(undefined, "live_set tracks 2 clip_slots 1");
  slot.call("fire", 4);
  assert.equal(slot.get("is_triggered"), [1]);
  assert.equal(slot.get("has_clip"), [0], "the recording starts on the bar line");
  set.advance(ms(3));
  const clip = new LiveAPI(undefined, "live_set tracks 2 clip_slots 1 clip");
  assert.equal(clip.get("is_audio_clip"), [1]);
  assert.equal(clip.get("is_recording"), [1]);
  set.advance(ms(4.5));
  assert.equal(clip.get("is_recording"), [0]);
  assert.equal(clip.get("is_playing"), [1]);
  assert.equal(clip.get("length"), [4]);
  assert.equal(clip.get("playing_position"), [0.5]);
});

test("song stop and session record off end recordings", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  new LiveAPI(undefined, "live_set tracks 3").set("arm", 1);
  const song = new LiveAPI(undefined, "live_set");
  song.call("trigger_session_record");
  assert.equal(song.get("session_record"), [1]);
  const clip = new LiveAPI(undefined, "live_set tracks 3 clip_slots 0 clip");
  set.advance(ms(2.5));
  song.set("session_record", 0);
  assert.equal(clip.get("is_recording"), [0]);
  assert.equal(clip.get("length"), [3], "rounded up to whole beats");
  assert.equal(clip.get("is_playing"), [1]);
  new LiveAPI(undefined, "live_set tracks 3 clip_slots 1").call("fire");
  set.advance(ms(4));
  song.call("stop_playing");
  assert.equal(new LiveAPI(undefined, "live_set tracks 3 clip_slots 1 clip").get("is_recording"), [0]);
});

test("unarmed empty slots do not record; groups cannot be armed", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const slot = new LiveAPI(undefined, "live_set tracks 7 clip_slots 0");
  slot.call("fire");
  assert.equal(slot.get("has_clip"), [0]);
  const group = new LiveAPI(undefined, "live_set tracks 0");
  assert.equal(group.get("can_be_armed"), [0]);
  group.set("arm", 1);
  assert.match(set.errors[0], /Master and Return Tracks have no 'Arm' state!/);
});

test.run();
