// Live Set files read by streaming (src/sim/als): real sets saved by Live 9, 10, 11 and 12
// (tests/fixtures/als/README.md), read into set descriptions, and every unreadable file said in one line.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readLiveSet } from "../../src/sim/als/AlsFile";
import { readSetFile } from "../../src/sim/SetFile";
import type { SetDescription, TrackDescription } from "../../src/sim/live/SetDescription";

const als = (version: number): string => `tests/fixtures/als/live${version}.als`;
const flat = (tracks: readonly TrackDescription[]): TrackDescription[] => tracks.flatMap((t) => [t, ...flat(t.tracks ?? [])]);
const named = (set: SetDescription, name: string): TrackDescription => {
  const track = flat(set.tracks).find((t) => t.name === name);
  if (track === undefined) throw new Error(`no track ${name}`);
  return track;
};

test("Live 9: tracks, a group with its tracks, returns, tempo, session clips with loop markers and notes, devices", async () => {
  const set = await readLiveSet(als(9));
  assert.is(set.tempo, 135);
  assert.equal(set.signature, [4, 4]);
  assert.is(flat(set.tracks).length, 25);
  assert.is(set.scenes instanceof Array ? set.scenes.length : -1, 8);
  const bass = named(set, "Bass");
  assert.is(bass.type, "group");
  assert.equal(bass.tracks?.map((t) => t.name), ["15-cool808", "16-cool808"]);
  assert.equal(bass.devices?.map((d) => [d.name, d.className]), [["FF Saturn", "AuPluginDevice"]]);
  assert.equal(set.returns?.map((t) => t.name), ["A-Reverb", "B-Delay"]);
  const rack = named(set, "1-offline panda rack");
  assert.is(rack.type, "midi");
  const clip = rack.clips?.[0];
  assert.is(clip?.slot, 0);
  assert.is(clip?.looping, true);
  assert.equal(clip?.markers, { loop_start: 0, loop_end: 16, start_marker: 0, end_marker: 4 });
  assert.is(clip?.length, 16);
  // The first key track: pitch 3 (its MidiKey follows its notes), four notes of 1.5 beats at velocity 80.
  assert.equal(clip?.notes?.filter((n) => n.pitch === 3).map((n) => [n.start_time, n.duration, n.velocity]), [[2, 1.5, 80], [6, 1.5, 80], [10, 1.5, 80], [14, 1.5, 80]]);
  assert.equal(named(set, "fx stems").mute, true, "a track whose Speaker is off is muted");
  const sampler = named(set, "9-GET_tom_03").devices?.[0];
  assert.equal([sampler?.className, sampler?.type], ["OriginalSimpler", "instrument"]);
  // A rack keeps its chains, each with its devices.
  const cool = named(set, "15-cool808").devices?.[0];
  assert.is(cool?.className, "InstrumentGroupDevice");
  assert.ok((cool?.chains?.length ?? 0) > 0);
});

test("Live 10, 11 and 12: tempo, scenes, returns, cue points in order", async () => {
  const ten = await readLiveSet(als(10));
  assert.is(Math.round(ten.tempo ?? 0), 120);
  assert.equal(ten.tracks.map((t) => t.name), ["1-divineboys-v1"]);
  assert.equal(ten.cues, [...(ten.cues ?? [])].sort((a, b) => a - b));
  const eleven = await readLiveSet(als(11));
  assert.is(eleven.tempo, 125);
  assert.equal(eleven.tracks.map((t) => [t.name, t.type]), [["1-MIDI", "midi"], ["2-MIDI", "midi"], ["3-DJ SAMPLES VOL 2 (2)", "audio"], ["4-GB_DrumHit_01", "audio"]]);
  assert.equal(eleven.returns?.map((t) => t.devices?.map((d) => d.className)), [["Reverb"], ["Delay"]]);
  assert.equal(named(eleven, "3-DJ SAMPLES VOL 2 (2)").clips?.map((c) => [c.slot, c.length, c.looping]), [[2, 8, true]]);
  const twelve = await readLiveSet(als(12));
  assert.is(twelve.tempo, 120);
  assert.equal(twelve.tracks.map((t) => t.name), ["1-Audio"]);
  assert.equal(twelve.cues, [0, 4, 6, 8, 10, 14]);
});

test("a scene's tempo: Live 11+ from its Tempo when enabled; Live 9 and 10 from a name such as '128 BPM'", async () => {
  const dir = mkdtempSync(join(tmpdir(), "p0-als-"));
  const scenes11 = `<Scenes><Scene Id="0"><Name Value="Intro"/><Tempo Value="98"/><IsTempoEnabled Value="true"/></Scene><Scene Id="1"><Name Value="Verse"/><Tempo Value="120"/><IsTempoEnabled Value="false"/></Scene></Scenes>`;
  const scenes10 = `<SceneNames><Scene Value="Drop 140 BPM"/><Scene Value="Outro"/></SceneNames>`;
  const file = (name: string, version: string, body: string): string => {
    const path = join(dir, name);
    writeFileSync(path, gzipSync(`<?xml version="1.0"?><Ableton MinorVersion="${version}" Creator="Ableton Live ${version}"><LiveSet><Tracks/>${body}</LiveSet></Ableton>`));
    return path;
  };
  assert.equal((await readLiveSet(file("eleven.als", "11.0_433", scenes11))).scenes, [{ name: "Intro", tempo: 98 }, { name: "Verse" }]);
  assert.equal((await readLiveSet(file("ten.als", "10.0_377", scenes10))).scenes, [{ name: "Drop 140 BPM", tempo: 140 }, { name: "Outro" }]);
});

test("a missing file, a file that is not a Live set and a set of another Live: one line each", async () => {
  const dir = mkdtempSync(join(tmpdir(), "p0-als-"));
  const write = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const cases: [string, RegExp][] = [
    [join(dir, "missing.als"), /missing\.als: no such file$/],
    [write("text.als", "just text"), /text\.als is not a Live set \(Live saves sets compressed with gzip\)$/],
    [write("broken.als", gzipSync("<Ableton MinorVersion=\"11.0_433\"><LiveSet><Tracks></LiveSet>")), /broken\.als is not a Live set \(broken XML: /],
    [write("other.als", gzipSync("<html><body/></html>")), /other\.als is not a Live set \(its XML is not Live's\)$/],
    [write("preset.als", gzipSync('<Ableton MinorVersion="11.0_433" Creator="Ableton Live 11.0"><GroupDevicePreset/></Ableton>')), /preset\.als is not a Live set \(it holds no LiveSet/],
    [als(8), /live8\.als was saved by Ableton Live 8\.1\.4: Protocol0 reads sets of Live 9 to 12$/],
  ];
  for (const [path, expected] of cases) {
    const error = await readSetFile(path).then(() => undefined, (e: unknown) => e as Error);
    assert.ok(error !== undefined, path);
    assert.match(error.message, expected);
    assert.not.match(error.message, /\n/, "one line");
    assert.is(error.name, "SetFileError");
  }
  for (const [content, expected] of [["{", /is neither a Live set \(\.als\) nor a set description/], ['{"scenes": 2}', /is not a set description \(it has no "tracks" list\)/]] as const) {
    const error = await readSetFile(write("set.json", content)).then(() => undefined, (e: unknown) => e as Error);
    assert.match(error?.message ?? "", expected);
  }
});

test.run();
