// Transport and clip launching: song time follows tempo while playing; fired slots launch on the next
// global quantization boundary (https://docs.cycling74.com/apiref/lom/song/, clip_trigger_quantization).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/sim/live/LiveSet";
import { loadSet } from "./simSets";

/** ms for `beats` at `tempo`. */
const ms = (beats: number, tempo = 120) => (beats * 60000) / tempo;

test("start_playing plays from the insert marker; song time advances by tempo; stop keeps it, a second stop rewinds", () => {
  const set = loadSet("flat");
  const song = new (set.liveApiClass())(undefined, "live_set");
  set.advance(1000);
  assert.equal(song.get("current_song_time"), [0], "time stands still while stopped");
  song.set("current_song_time", 8);
  song.call("start_playing");
  assert.equal(song.get("is_playing"), [1]);
  assert.equal(song.get("current_song_time"), [0]);
  set.advance(ms(3));
  assert.equal(song.get("current_song_time"), [3]);
  song.set("tempo", 60);
  set.advance(1000);
  assert.equal(song.get("current_song_time"), [4]);
  song.call("stop_playing");
  assert.equal(song.get("is_playing"), [0]);
  set.advance(1000);
  assert.equal(song.get("current_song_time"), [4]);
  song.call("continue_playing");
  set.advance(1000);
  assert.equal(song.get("current_song_time"), [5]);
  song.call("stop_playing");
  song.call("stop_playing");
  assert.equal(song.get("current_song_time"), [0]);
});

test("current_song_time observers hear every advance while playing", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const times: Atom[] = [];
  const observer = new LiveAPI((args: Atom[]) => args[0] === "current_song_time" && times.push(args[1]), "live_set");
  observer.property = "current_song_time";
  new LiveAPI(undefined, "live_set").call("start_playing");
  for (let i = 0; i < 4; i++) set.advance(ms(0.5));
  assert.equal(times, [0, 0.5, 1, 1.5, 2]);
});

test("a fired clip waits for the next bar while playing: triggered, then playing; the previous clip stops", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  const track = new LiveAPI(undefined, "live_set tracks 0");
  const first = new LiveAPI(undefined, "live_set tracks 0 clip_slots 0");
  const second = new LiveAPI(undefined, "live_set tracks 0 clip_slots 1");
  first.call("fire");
  assert.equal(song.get("is_playing"), [1], "launching a clip starts the transport");
  assert.equal(first.get("is_playing"), [1], "at once: time 0 is a boundary");
  assert.equal(track.get("playing_slot_index"), [0]);
  set.advance(ms(1));
  second.call("fire");
  assert.equal(second.get("is_triggered"), [1]);
  assert.equal(track.get("fired_slot_index"), [1]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 0 clip_slots 1 clip").get("is_triggered"), [1]);
  set.advance(ms(2.5));
  assert.equal(second.get("is_playing"), [0], "still before the bar line");
  set.advance(ms(1));
  assert.equal(second.get("is_playing"), [1]);
  assert.equal(second.get("is_triggered"), [0]);
  assert.equal(first.get("is_playing"), [0]);
  assert.equal(track.get("playing_slot_index"), [1]);
  assert.equal(track.get("fired_slot_index"), [-1]);
});

test("playing_position loops within the clip; stop is quantized too; song stop stops clips", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const slot = new LiveAPI(undefined, "live_set tracks 0 clip_slots 0");
  const clip = new LiveAPI(undefined, "live_set tracks 0 clip_slots 0 clip");
  const track = new LiveAPI(undefined, "live_set tracks 0");
  slot.call("fire");
  set.advance(ms(5));
  assert.equal(clip.get("playing_position"), [1]);
  slot.call("stop");
  assert.equal(track.get("fired_slot_index"), [-2], "stop button fired");
  set.advance(ms(2));
  assert.equal(clip.get("is_playing"), [1]);
  set.advance(ms(1));
  assert.equal(clip.get("is_playing"), [0]);
  clip.set("is_playing", 1);
  set.advance(ms(4));
  assert.equal(clip.get("is_playing"), [1]);
  new LiveAPI(undefined, "live_set").call("stop_playing");
  assert.equal(clip.get("is_playing"), [0]);
  assert.equal(track.get("playing_slot_index"), [-1]);
});

test("clip_trigger_quantization 0 launches at once; group slots report their tracks' clips", () => {
  const set = loadSet("external-synth");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  song.set("clip_trigger_quantization", 0);
  song.call("start_playing");
  set.advance(ms(1.5));
  const groupSlot = new LiveAPI(undefined, "live_set tracks 0 clip_slots 0");
  assert.equal(groupSlot.get("is_group_slot"), [1]);
  groupSlot.call("fire");
  assert.equal(new LiveAPI(undefined, "live_set tracks 1 clip_slots 0").get("is_playing"), [1]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 2 clip_slots 0").get("is_playing"), [1]);
  assert.equal(groupSlot.get("playing_status"), [1]);
  new LiveAPI(undefined, "live_set tracks 0").call("stop_all_clips");
  assert.equal(groupSlot.get("playing_status"), [0]);
});

test("scene fire blinks the scene until its row launches on the bar line, and selects it", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  new LiveAPI(undefined, "live_set").call("start_playing");
  set.advance(ms(1));
  const scene = new LiveAPI(undefined, "live_set scenes 1");
  scene.call("fire");
  assert.equal(scene.get("is_triggered"), [1]);
  assert.equal(new LiveAPI(undefined, "live_set view selected_scene").get("name"), ["Verse"]);
  set.advance(ms(3));
  assert.equal(scene.get("is_triggered"), [0]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 0 clip_slots 1 clip").get("is_playing"), [1]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 1 clip_slots 1 clip").get("is_playing"), [1]);
});

test("tap_tempo sets the tempo from the interval between taps", () => {
  const set = loadSet("flat");
  const song = new (set.liveApiClass())(undefined, "live_set");
  song.call("tap_tempo");
  set.advance(400);
  song.call("tap_tempo");
  assert.equal(song.get("tempo"), [150]);
});

test("with the arrangement loop on, song time jumps back from the loop end; clips and launch quantization run on", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  const slot = new LiveAPI(undefined, "live_set tracks 0 clip_slots 0");
  const clip = new LiveAPI(undefined, "live_set tracks 0 clip_slots 0 clip");
  const times: Atom[] = [];
  const observer = new LiveAPI((args: Atom[]) => args[0] === "current_song_time" && times.push(args[1]), "live_set");
  observer.property = "current_song_time";
  // A 3-beat loop from beat 1: its wraps do not fall on the 4/4 bar lines the launches follow.
  song.set("loop_start", 1);
  song.set("loop_length", 3);
  song.set("loop", 1);
  song.call("start_playing");
  slot.call("fire");
  for (let i = 0; i < 6; i++) set.advance(ms(1));
  assert.equal(times, [0, 1, 2, 3, 1, 2, 3], "beat 4 is the loop end: the position is back at 1");
  assert.equal(clip.get("playing_position"), [2], "the 4-beat clip played 6 beats, not 3");
  slot.call("stop");
  set.advance(ms(1));
  assert.equal(clip.get("is_playing"), [1], "the stop waits for beat 8 played, not the song's next bar line (4)");
  set.advance(ms(1));
  assert.equal(clip.get("is_playing"), [0]);
  set.advance(ms(7));
  assert.equal(song.get("current_song_time"), [3], "from 2, seven beats cross the loop end twice");
  song.set("loop", 0);
  set.advance(ms(2));
  song.set("loop", 1);
  set.advance(ms(1));
  assert.equal(song.get("current_song_time"), [6], "loop off plays past the end; a position past it plays on");
});

test.run();
