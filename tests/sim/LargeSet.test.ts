// The generated benchmark set: deterministic, the requested size, groups, nested groups and external-synth
// groups, thousands of clips, devices with parameters.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateLargeSet } from "../../src/sim/live/generateLargeSet";
import { LiveSet } from "../../src/sim/live/LiveSet";

const desc = generateLargeSet({ tracks: 256, scenes: 128 });
const set = LiveSet.fromDescription(desc);
const tracks = set.song.tracks;

test("deterministic for a seed, different across seeds", () => {
  assert.equal(generateLargeSet({ tracks: 256, scenes: 128 }), desc);
  assert.not.equal(generateLargeSet({ tracks: 256, scenes: 128, seed: 2 }), desc);
});

test("256 tracks, 128 scenes, thousands of clips, devices with parameters", () => {
  assert.is(tracks.length, 256);
  assert.is(set.song.scenes.length, 128);
  const clips = tracks.reduce((n, t) => n + t.clipSlots.filter((s) => s.clip).length, 0);
  assert.ok(clips >= 2000, `${clips} clips`);
  assert.ok(tracks.filter((t) => !t.isGroup).every((t) => t.devices.length > 0 && t.devices[0].parameters.length > 1));
});

test("groups, nested groups and external-synth groups (MIDI, audio, tail, dummies; none foldable)", () => {
  const groups = tracks.filter((t) => t.isGroup);
  assert.ok(groups.some((g) => g.groupTrack !== null), "a nested group");
  const synths = groups.filter((g) => {
    const inner = g.groupedTracks();
    return inner.length >= 3 && inner[0].kind === "midi" && inner[1].kind === "audio" && inner[2].name === "tail";
  });
  assert.ok(synths.length >= 3, `${synths.length} external-synth groups`);
  for (const g of synths) assert.ok(g.groupedTracks().every((t) => !t.isGroup));
});

test("lookups by id and path reach the far end of the set", () => {
  const LiveAPI = set.liveApiClass();
  const api = new LiveAPI(undefined, "live_set tracks 255 clip_slots 127");
  assert.is.not(api.id, "0");
  assert.is(set.pathOf(Number(api.id)), "live_set tracks 255 clip_slots 127");
});

test.run();
