// Where the simulated Live is as strict as Live: what cannot be observed, what raises, and what a structure
// function does besides its main effect. Each test names the rule's source.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Atom } from "../../src/sim/live/LiveSet";
import { loadSet } from "./simSets";

function recorder() {
  const calls: Atom[][] = [];
  return { calls, callback: (args: Atom[]) => calls.push([...args]) };
}

const ms = (beats: number, tempo: number) => (beats * 60000) / tempo;

// nested.json: Bus [Drums [Kick, Snare], Bass], Folded (folded) [Hidden], Lead.

// --- 1. fold_state and is_visible: not listenable (Cycling '74 Track page; Live 12.4 probe) ---

test("observing fold_state or is_visible is refused with a post, and a fold notifies neither", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const fold = recorder();
  const visible = recorder();
  const group = new LiveAPI(fold.callback, "live_set tracks 5");
  group.property = "fold_state";
  const hidden = new LiveAPI(visible.callback, "live_set tracks 6");
  hidden.property = "is_visible";
  assert.match(set.errors[0], /fold_state of Track cannot be observed/);
  assert.match(set.errors[1], /is_visible of Track cannot be observed/);
  assert.equal(fold.calls, [["id", set.song.tracks[5].id]], "no value sent for an unobservable property");
  assert.equal(visible.calls, [["id", set.song.tracks[6].id]]);
  new LiveAPI(undefined, "live_set tracks 5").set("fold_state", 0);
  set.setProperty("live_set tracks 5", "fold_state", 1);
  assert.equal(fold.calls.length, 1, "fold_state changes are not notified");
  assert.equal(visible.calls.length, 1, "is_visible changes are not notified");
  assert.equal(set.errors.length, 2);
});

test("fold_state and is_visible stay readable; reading or setting fold_state of a track that cannot fold raises", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const folded = new LiveAPI(undefined, "live_set tracks 5");
  assert.equal(folded.get("fold_state"), [1]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 6").get("is_visible"), [0]);
  folded.set("fold_state", 0);
  assert.equal(folded.get("fold_state"), [0]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 6").get("is_visible"), [1]);
  for (const path of ["live_set tracks 2", "live_set return_tracks 0", "live_set master_track"]) {
    const track = new LiveAPI(undefined, path);
    if (track.id === "0") continue; // nested.json has no return track
    const before = set.errors.length;
    assert.is(track.get("fold_state"), undefined, path);
    track.set("fold_state", 1);
    assert.equal(set.errors.slice(before).length, 2, path);
    for (const e of set.errors.slice(before)) assert.match(e, /fold_state is only available on foldable/);
  }
  assert.throws(() => set.read("live_set tracks 2", "fold_state"), /only available on foldable/);
});

test("undoing a fold restores it and the visible track list", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  new LiveAPI(undefined, "live_set tracks 1").set("fold_state", 1);
  assert.equal(song.get("visible_tracks")!.length / 2, 5);
  song.call("undo");
  assert.equal(new LiveAPI(undefined, "live_set tracks 1").get("fold_state"), [0]);
  assert.equal(song.get("visible_tracks")!.length / 2, 7);
});

// --- 2. Song.visible_tracks: observable, notified when the list changes (Live 12 inventory names it) ---

test("visible_tracks lists the tracks outside folded groups and notifies on fold, unfold and structure changes", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const song = new LiveAPI(r.callback, "live_set");
  song.property = "visible_tracks";
  const ids = (calls: Atom[][]) => calls[calls.length - 1].slice(1).filter((a) => a !== "id");
  const t = set.song.tracks;
  assert.equal(ids(r.calls), [t[0], t[1], t[2], t[3], t[4], t[5], t[7]].map((x) => x.id), "Hidden is in a folded group");
  assert.equal(set.errors, []);

  new LiveAPI(undefined, "live_set tracks 5").set("fold_state", 0);
  assert.equal(ids(r.calls), t.map((x) => x.id), "unfold");
  set.setProperty("live_set tracks 0", "fold_state", 1);
  assert.equal(ids(r.calls), [t[0], t[5], t[6], t[7]].map((x) => x.id), "fold a group with a nested group");

  let count = r.calls.length;
  set.setProperty("live_set tracks 0", "fold_state", 1);
  assert.is(r.calls.length, count, "no change, no notification");
  set.setProperty("live_set tracks 1", "fold_state", 1);
  assert.is(r.calls.length, count, "folding a group that is already hidden changes nothing visible");

  const added = set.createTrack("midi", -1, "New");
  assert.equal(ids(r.calls).slice(-1), [added.id], "a track added");
  count = r.calls.length;
  set.moveTrack(added.id, 0);
  assert.is(r.calls.length, count + 1, "a track moved");
  assert.equal(ids(r.calls)[0], added.id);
  set.deleteTrack(added.id);
  assert.is(r.calls.length, count + 2, "a track deleted");
  const group = set.groupTracks(["live_set tracks 7"], "Solo");
  assert.equal(ids(r.calls).slice(-2), [group.id, t[t.length - 1].id], "grouping");
});

// --- 3. arm where can_be_armed is false: Live's error (ideoforms/AbletonOSC#115; groups inferred) ---

test("reading or setting arm of a group, return or master track raises Live's error; observing it is refused", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  const paths = ["live_set return_tracks 0", "live_set master_track"];
  const groupIndex = set.song.tracks.findIndex((t) => t.isGroup);
  assert.ok(groupIndex >= 0 && set.song.returnTracks.length > 0, "the demo set has a group and a return track");
  paths.push(`live_set tracks ${groupIndex}`);
  for (const path of paths) {
    const track = new LiveAPI(undefined, path);
    assert.equal(track.get("can_be_armed"), [0], path);
    const before = set.errors.length;
    assert.is(track.get("arm"), undefined, path);
    track.set("arm", 1);
    assert.equal(set.errors.slice(before), ["get: Master and Return Tracks have no 'Arm' state!", "set: Master and Return Tracks have no 'Arm' state!"], path);
    assert.throws(() => set.read(path, "arm"), /no 'Arm' state/);
    const r = recorder();
    const observer = new LiveAPI(r.callback, path);
    observer.property = "arm";
    assert.match(set.errors[set.errors.length - 1], /arm of Track cannot be observed/);
    assert.equal(r.calls.length, 1, "only the id");
  }
  const midi = set.song.tracks.findIndex((t) => t.canBeArmed);
  const armable = new LiveAPI(undefined, `live_set tracks ${midi}`);
  armable.set("arm", 1);
  assert.equal(armable.get("arm"), [1], "armable tracks are unchanged");
});

// --- 4. Track.delete_clip(clip) (Live 12 inventory) ---

test("Track.delete_clip deletes the given clip of its own track, refuses another track's, and undoes", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const kick = new LiveAPI(undefined, "live_set tracks 2");
  const clipId = set.song.tracks[2].clipSlots[0].clip!.id;
  const r = recorder();
  new LiveAPI(r.callback, "live_set tracks 2 clip_slots 0").property = "has_clip";
  new LiveAPI(undefined, "live_set tracks 3").call("delete_clip", "id", clipId);
  assert.match(set.errors[0], /delete_clip: the clip does not belong to this track/);
  assert.equal(new LiveAPI(undefined, "live_set tracks 2 clip_slots 0").get("has_clip"), [1]);
  kick.call("delete_clip", "id", clipId);
  assert.equal(new LiveAPI(undefined, "live_set tracks 2 clip_slots 0").get("has_clip"), [0]);
  assert.equal(r.calls[r.calls.length - 1], ["has_clip", 0]);
  assert.is(set.objectById(clipId), null, "the clip's id is dead");
  kick.call("delete_clip", "id", clipId);
  assert.match(set.errors[1], /does not belong/);
  new LiveAPI(undefined, "live_set").call("undo");
  assert.equal(new LiveAPI(undefined, "live_set tracks 2 clip_slots 0").get("has_clip"), [1]);
});

// --- 5. duplicate_track inside a folded group: the group unfolds, the copy is selected (Live 12 inventory) ---

test("duplicate_track of a track in a folded group unfolds the group and selects the copy", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  set.setProperty("live_set tracks 0", "fold_state", 1);
  const r = recorder();
  new LiveAPI(r.callback, "live_set").property = "visible_tracks";
  new LiveAPI(undefined, "live_set").call("duplicate_track", 2);
  assert.equal(set.errors, []);
  const copy = set.song.tracks[3];
  assert.equal(copy.name, "Kick");
  assert.is(copy.groupTrack, set.song.tracks[1], "in Drums, right after Kick");
  assert.equal(new LiveAPI(undefined, "live_set tracks 0").get("fold_state"), [0], "Bus unfolds");
  assert.equal(new LiveAPI(undefined, "live_set view selected_track").get("name"), ["Kick"]);
  assert.equal(new LiveAPI(undefined, "live_set view selected_track").id, String(copy.id));
  assert.equal(new LiveAPI(undefined, `id ${copy.id}`).get("is_visible"), [1]);
  assert.ok(r.calls[r.calls.length - 1].includes(copy.id), "visible_tracks heard the unfold and the copy");
  new LiveAPI(undefined, "live_set").call("undo");
  assert.equal(new LiveAPI(undefined, "live_set tracks 0").get("fold_state"), [1], "undo folds again");
  assert.equal(set.song.tracks.length, 8);
});

test("duplicate_track of the hidden track of a folded group (Folded > Hidden) unfolds it", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  new LiveAPI(undefined, "live_set").call("duplicate_track", 6);
  assert.equal(new LiveAPI(undefined, "live_set tracks 5").get("fold_state"), [0]);
  assert.equal(new LiveAPI(undefined, "live_set view selected_track").id, String(set.song.tracks[7].id));
  assert.equal(set.song.tracks[7].name, "Hidden");
});

// --- 6. Clip.is_playing and is_triggered: readable, not listenable (Cycling '74 Clip page) ---

test("observing a clip's is_playing or is_triggered is refused; both stay readable", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const r = recorder();
  const clip = new LiveAPI(r.callback, "live_set tracks 2 clip_slots 0 clip");
  clip.property = "is_playing";
  assert.match(set.errors[0], /is_playing of Clip cannot be observed/);
  clip.property = "is_triggered";
  assert.match(set.errors[1], /is_triggered of Clip cannot be observed/);
  new LiveAPI(undefined, "live_set").call("start_playing");
  set.advance(ms(1, 100));
  new LiveAPI(undefined, "live_set tracks 2 clip_slots 0").call("fire");
  const reader = new LiveAPI(undefined, "live_set tracks 2 clip_slots 0 clip");
  assert.equal(reader.get("is_triggered"), [1]);
  assert.equal(reader.get("is_playing"), [0]);
  set.advance(ms(3, 100));
  assert.equal(reader.get("is_triggered"), [0]);
  assert.equal(reader.get("is_playing"), [1]);
  assert.equal(r.calls.length, 1, "only the id: no value, no change");
  assert.equal(set.errors.length, 2);
});

// --- 7. A scene's own tempo sets the song's when it launches (Ableton manual; Live 12 inventory: tempo_enabled) ---

test("a scene with its own tempo sets the song tempo when its row launches; a disabled one (-1) leaves it", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  const scene1 = new LiveAPI(undefined, "live_set scenes 1");
  assert.equal(scene1.get("tempo"), [-1]);
  assert.equal(scene1.get("tempo_enabled"), [0]);
  scene1.call("fire");
  assert.equal(song.get("tempo"), [100], "no scene tempo, no change");

  const scene2 = new LiveAPI(undefined, "live_set scenes 2");
  scene2.set("tempo", 90);
  assert.equal(scene2.get("tempo_enabled"), [1]);
  assert.equal(song.get("tempo"), [100], "setting a scene's tempo does not change the song's");
  const tempos = recorder();
  new LiveAPI(tempos.callback, "live_set").property = "tempo";
  song.call("start_playing");
  set.advance(ms(1, 100));
  scene2.call("fire");
  assert.equal(scene2.get("is_triggered"), [1]);
  assert.equal(song.get("tempo"), [100], "the tempo waits for the launch");
  set.advance(ms(3, 100));
  assert.equal(song.get("tempo"), [90], "the row launched on the bar line");
  assert.equal(tempos.calls[tempos.calls.length - 1], ["tempo", 90]);

  scene2.set("tempo_enabled", 0);
  assert.equal(scene2.get("tempo"), [-1]);
  song.set("tempo", 120);
  scene2.call("fire");
  set.advance(ms(4, 120));
  assert.equal(song.get("tempo"), [120], "a disabled scene tempo is none");
});

test("a scene tempo applies at once while the song is stopped; a stop cancels a pending one", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  const scene = new LiveAPI(undefined, "live_set scenes 1");
  scene.set("tempo", 140);
  new LiveAPI(undefined, "live_set scenes 2").call("fire");
  assert.equal(song.get("tempo"), [100]);
  scene.call("fire");
  assert.equal(song.get("tempo"), [140], "stopped: no clips start, the scene launches at once");
  song.set("tempo", 100);
  song.call("start_playing");
  set.advance(ms(1, 100));
  scene.call("fire");
  song.call("stop_playing");
  assert.equal(scene.get("is_triggered"), [0]);
  song.call("continue_playing");
  set.advance(ms(8, 100));
  assert.equal(song.get("tempo"), [100]);
});

test.run();
