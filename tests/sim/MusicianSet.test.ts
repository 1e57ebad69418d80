// The musician's set the budgets are measured on: its size, its external synth, its determinism.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateMusicianSet, MUSICIAN_SET } from "../../src/sim/live/generateMusicianSet";
import { LiveSet } from "../../src/sim/live/LiveSet";
import type { TrackDescription } from "../../src/sim/live/LiveSet";

const flat = (tracks: readonly TrackDescription[]): TrackDescription[] => tracks.flatMap((t) => [t, ...flat(t.tracks ?? [])]);

test("25 tracks, 16 scenes, 60 clips, 36 devices of at most 40 parameters, 2 returns", () => {
  const desc = generateMusicianSet();
  const tracks = flat(desc.tracks);
  assert.is(tracks.length, MUSICIAN_SET.tracks);
  assert.is(desc.scenes && typeof desc.scenes !== "number" ? desc.scenes.length : desc.scenes, 16);
  assert.is(tracks.reduce((n, t) => n + (t.clips?.length ?? 0), 0), 60);
  const devices = [...tracks, ...(desc.returns ?? [])].flatMap((t) => t.devices ?? []);
  assert.is(devices.length, 36);
  assert.ok(devices.every((d) => (d.parameters?.length ?? 0) <= 40));
  assert.is(desc.returns?.length, 2);
  assert.equal(desc.tracks.filter((t) => t.type === "group").map((t) => t.name), ["Drums", "Keys", "Prophet"]);
  const synth = desc.tracks.find((t) => t.name === "Prophet")!.tracks!;
  assert.equal(synth.map((t) => [t.type, t.devices?.filter((d) => d.type === "instrument").length ?? 0]), [["midi", 0], ["audio", 0], ["audio", 0]]);
  assert.is(synth[2].name, "tail");
  // it builds
  assert.is(LiveSet.fromDescription(desc).song.tracks.length, 25);
});

test("the same seed gives the same set", () => {
  assert.equal(generateMusicianSet(3), generateMusicianSet(3));
  assert.not.equal(generateMusicianSet(3), generateMusicianSet(4));
});

test.run();
