// Ids are stable and never reused; canonical paths shift; mode 0 follows the object, mode 1 the path
// (https://docs.cycling74.com/apiref/js/liveapi, `mode`).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadSet } from "./simSets";

test("ids are unique across the set", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  const api = new LiveAPI();
  const seen = new Set<string>();
  const visit = (path: string) => {
    api.path = path;
    assert.not.ok(seen.has(api.id), `${path} reuses id ${api.id}`);
    seen.add(api.id);
  };
  for (let t = 0; t < set.song.tracks.length; t++) {
    visit(`live_set tracks ${t}`);
    for (let s = 0; s < 4; s++) visit(`live_set tracks ${t} clip_slots ${s}`);
    visit(`live_set tracks ${t} mixer_device`);
  }
  for (let s = 0; s < 4; s++) visit(`live_set scenes ${s}`);
  assert.ok(seen.size > 60);
});

test("a deleted object's id is dead and never handed out again", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const song = new LiveAPI(undefined, "live_set");
  const doomed = new LiveAPI(undefined, "live_set tracks 1");
  const deadId = Number(doomed.id);
  song.call("delete_track", 1);
  assert.is(doomed.id, "0");
  assert.is(new LiveAPI(undefined, `id ${deadId}`).id, "0");
  const all = new Set<number>();
  for (let i = 0; i < 5; i++) {
    song.call("create_midi_track", -1);
    const created = new LiveAPI(undefined, `live_set tracks ${set.song.tracks.length - 1}`);
    all.add(Number(created.id));
    assert.ok(Number(created.id) > deadId);
  }
  assert.is(all.size, 5);
  assert.is(set.pathOf(deadId), null);
});

test("paths shift on insert; mode 0 follows the object, mode 1 the path", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const byObject = new LiveAPI(undefined, "live_set tracks 2");
  const byPath = new LiveAPI(undefined, "live_set tracks 2");
  byPath.mode = 1;
  assert.equal(byObject.get("name"), ["Guitar"]);
  const guitarId = byObject.id;
  new LiveAPI(undefined, "live_set").call("create_audio_track", 0);
  assert.is(byObject.id, guitarId);
  assert.is(byObject.unquotedpath, "live_set tracks 3");
  assert.equal(byObject.get("name"), ["Guitar"]);
  assert.equal(byPath.get("name"), ["Bass"], "the track now at tracks 2");
  assert.is(set.pathOf(Number(guitarId)), "live_set tracks 3");
  assert.is(byPath.mode, 1);
});

test("id assignment accepts a number or 'id N'; the path follows the object", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const api = new LiveAPI();
  assert.is(api.id, "0");
  const clip = set.song.tracks[1].clipSlots[1].clip!;
  api.id = clip.id;
  assert.is(api.unquotedpath, "live_set tracks 1 clip_slots 1 clip");
  api.id = `id ${set.song.scenes[2].id}`;
  assert.is(api.type, "Scene");
  assert.is(api.unquotedpath, "live_set scenes 2");
});

test("children and info describe the object", () => {
  const set = loadSet("demo");
  const api = new (set.liveApiClass())(undefined, "live_set tracks 0 clip_slots 0");
  assert.ok(api.children.includes("clip"));
  assert.match(api.info, /^id \d+\ntype ClipSlot\n/);
  assert.match(api.info, /\nproperty has_clip bool\n/);
  assert.match(api.info, /\nfunction fire\n/);
  assert.match(api.info, /\ndone$/);
});

test("this_device names the script's device; canonical_parent climbs to its track", () => {
  const set = loadSet("demo");
  const device = set.require("live_set tracks 10 devices 0");
  const LiveAPI = set.liveApiClass(device.id);
  const track = new LiveAPI(undefined, "this_device canonical_parent");
  assert.equal(track.get("name"), ["EC4 Main"]);
  assert.equal(JSON.parse(String(track.get("input_routing_channel")![0])).input_routing_channel.display_name, "Ch. 4");
  assert.equal(new LiveAPI(undefined, "this_device").get("name"), ["Protocol0 Input"]);
  assert.is(new (set.liveApiClass())(undefined, "this_device").id, "0", "a class without a device");
  assert.is(set.liveApiClass(device.id), LiveAPI);
  assert.equal(new LiveAPI(undefined, "live_set tracks 0 clip_slots 0 clip").get("canonical_parent"), ["id", set.song.tracks[0].clipSlots[0].id]);
});

test("groups: nested membership, group_track, foldability, visibility", () => {
  const set = loadSet("nested");
  const LiveAPI = set.liveApiClass();
  const names = set.song.tracks.map((t) => t.name);
  assert.equal(names, ["Bus", "Drums", "Kick", "Snare", "Bass", "Folded", "Hidden", "Lead"]);
  const kick = new LiveAPI(undefined, "live_set tracks 2");
  assert.equal(kick.get("is_grouped"), [1]);
  assert.equal(kick.get("group_track"), ["id", set.song.tracks[1].id]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 1").get("is_foldable"), [1]);
  assert.equal(new LiveAPI(undefined, "live_set tracks 6").get("is_visible"), [0]);
  const visible = new LiveAPI(undefined, "live_set").get("visible_tracks")!;
  assert.is(visible.length / 2, 7);
  kick.get("fold_state");
  assert.match(set.errors[0], /fold_state is only available on foldable/, "only group tracks fold: Live raises");
});

test("external-synth group: MIDI, audio and tail tracks, none foldable; input routings as dictionaries", () => {
  const set = loadSet("external-synth");
  const LiveAPI = set.liveApiClass();
  const group = new LiveAPI(undefined, "live_set tracks 0");
  assert.equal(group.get("name"), ["Prophet"]);
  for (let i = 1; i <= 4; i++) assert.equal(new LiveAPI(undefined, `live_set tracks ${i}`).get("is_foldable"), [0]);
  const audio = new LiveAPI(undefined, "live_set tracks 2");
  assert.equal(JSON.parse(String(audio.get("input_routing_type")![0])), { input_routing_type: { display_name: "Ext. In", identifier: 0 } });
  const midi = new LiveAPI(undefined, "live_set tracks 1");
  const channels = JSON.parse(String(midi.get("available_input_routing_channels")![0])).available_input_routing_channels;
  assert.is(channels.length, 17);
  midi.set("input_routing_channel", { identifier: 3 });
  assert.equal(JSON.parse(String(midi.get("input_routing_channel")![0])).input_routing_channel.display_name, "Ch. 3");
  midi.set("input_routing_channel", JSON.stringify({ display_name: "Ch. 9" }));
  assert.equal(JSON.parse(String(midi.get("input_routing_channel")![0])).input_routing_channel.identifier, 9);
  midi.set("input_routing_channel", { identifier: 40 });
  assert.match(set.errors[0], /not among the available routings/);
  assert.is(group.get("input_routing_channel"), undefined, "group tracks have no input");
});

test.run();
