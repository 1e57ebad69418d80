// Observing with `property`: callback argument shapes, id changes, deleted objects, and Live's refusal of
// writes made from a notification.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/sim/live/LiveSet";
import { NOTIFICATION_WRITE_ERROR } from "../../src/sim/live/LiveCore";
import { loadSet } from "./simSets";

function recorder() {
  const calls: Atom[][] = [];
  return { calls, callback: (args: Atom[]) => calls.push([...args]) };
}

test("setting property sends the current value, then each change, as [property, ...value]", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const api = new LiveAPI(r.callback, "live_set");
  assert.equal(r.calls, [["id", set.song.id]]);
  api.property = "tempo";
  assert.is(api.proptype, "float");
  new LiveAPI(undefined, "live_set").set("tempo", 90);
  assert.equal(r.calls.slice(1), [["tempo", 120], ["tempo", 90]]);
});

test("list children arrive as [name, 'id', a, 'id', b, ...]", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const api = new LiveAPI(r.callback, "live_set");
  api.property = "tracks";
  set.createTrack("midi", -1, "New");
  const last = r.calls[r.calls.length - 1];
  assert.is(last[0], "tracks");
  assert.equal(last.slice(1), set.song.tracks.flatMap((t) => ["id", t.id]));
  assert.is(last.length, 1 + 2 * 5);
});

test("a new id (id or path assignment) is announced as ['id', N], then the observed value", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const api = new LiveAPI(r.callback);
  api.property = "name";
  api.path = "live_set tracks 1";
  assert.equal(r.calls.slice(-2), [["id", set.song.tracks[1].id], ["name", "Bass"]]);
  api.id = 0;
  assert.equal(r.calls[r.calls.length - 1], ["id", 0]);
});

test("goto sends the id of the object at the path (id 0 when none); the legacy patcher argument is accepted", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const api = new LiveAPI({ patcher: true }, r.callback, "live_set tracks 0");
  api.goto("live_set scenes 1");
  api.goto("live_set scenes 9");
  assert.equal(r.calls, [["id", set.song.tracks[0].id], ["id", set.song.scenes[1].id], ["id", 0]]);
});

test("unchanged values are not notified; unobservable properties are refused", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const track = new LiveAPI(r.callback, "live_set tracks 0");
  track.property = "mute";
  const before = r.calls.length;
  track.set("mute", 0);
  assert.is(r.calls.length, before);
  track.property = "has_midi_input";
  assert.match(set.errors[0], /cannot be observed/);
});

test("observers of a deleted object stop; mode 0 objects read id 0", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const api = new LiveAPI(r.callback, "live_set tracks 1 clip_slots 1 clip");
  api.property = "name";
  const count = r.calls.length;
  const clip = set.song.tracks[1].clipSlots[1].clip!;
  new LiveAPI(undefined, "live_set tracks 1 clip_slots 1").call("delete_clip");
  assert.is(api.id, "0");
  assert.is(clip.alive, false);
  assert.is(r.calls.length, count);
});

test("a path-following observer moves to the object now at its path", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const api = new LiveAPI(r.callback, "live_set tracks 0");
  api.mode = 1;
  api.property = "name";
  set.createTrack("audio", 0, "Intro");
  assert.equal(r.calls.slice(-2), [["id", set.song.tracks[0].id], ["name", "Intro"]]);
  set.setProperty(set.song.tracks[0].id, "name", "Intro 2");
  assert.equal(r.calls[r.calls.length - 1], ["name", "Intro 2"]);
});

test("a path follower on an empty path hears the object that appears there; its callback is a notification", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const writer = new LiveAPI(undefined, "live_set");
  let reacting = false;
  const api = new LiveAPI((args: Atom[]) => {
    r.callback(args);
    if (reacting) writer.set("tempo", 99);
  }, "live_set tracks 4");
  api.mode = 1;
  api.property = "name";
  assert.equal(r.calls, [["id", 0]]);
  reacting = true;
  const created = set.createTrack("midi", -1, "Fifth");
  assert.equal(r.calls.slice(1), [["id", created.id], ["name", "Fifth"]]);
  assert.equal(writer.get("tempo"), [120]);
  assert.equal(set.errors.length, 2);
});

test("writes from inside a notification are refused with Live's error and change nothing; reads are fine", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const writer = new LiveAPI(undefined, "live_set tracks 0");
  const reads: Atom[][] = [];
  let reacting = false;
  const api = new LiveAPI((args: Atom[]) => {
    if (!reacting || args[0] !== "tempo") return;
    reads.push(writer.get("name")!);
    writer.set("name", "changed in notification");
    writer.call("delete_device", 0);
  }, "live_set");
  api.property = "tempo";
  reacting = true;
  new LiveAPI(undefined, "live_set").set("tempo", 100);
  assert.equal(reads, [["Kick"]]);
  assert.equal(set.errors, [`set: ${NOTIFICATION_WRITE_ERROR}`, `call: ${NOTIFICATION_WRITE_ERROR}`]);
  assert.equal(writer.get("name"), ["Kick"]);
  assert.equal(new LiveAPI(undefined, "live_set").get("tempo"), [100]);
  reacting = false;
  writer.set("name", "later");
  assert.equal(writer.get("name"), ["later"], "outside notifications writes work");
});

test.run();
