// What the record knobs must keep to (issue 18, point 9), played as MIDI into the simulated Live: where
// REC looks for a free slot, the counter of a take that is not a whole number of bars, and a Node
// restart during the count-in.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { clipAt, recorder, type Recorder } from "./recordingRig";
import { KEYS, recordingSet, SYNTH, SYNTH_AUDIO, SYNTH_MIDI } from "./sets";

test("REC looks for a free slot from the selected scene down, never above it", async () => {
  const r = await recorder(recordingSet({ scenes: 4, selectedScene: 1 }));
  const keys = r.set.song.tracks[KEYS]!;
  r.set.callFunction(`id ${keys.clipSlots[1]!.id}`, "create_clip", 4);
  await r.gesture("record.normal");
  await r.bars(2.5);
  assert.is(clipAt(keys, 0), null, "scene 1 is free but above the selected scene");
  assert.is(clipAt(keys, 2)?.length, 4, "scene 2: the first free one from the selected scene down");
  assert.is(r.set.song.scenes.length, 4, "no scene created");
});

test("REC on a selected scene that is free records there", async () => {
  const r = await recorder(recordingSet({ scenes: 3, selectedScene: 2 }));
  const keys = r.set.song.tracks[KEYS]!;
  await r.gesture("record.normal");
  await r.bars(2.5);
  assert.equal([0, 1, 2].map((scene) => clipAt(keys, scene)?.length ?? null), [null, null, 4]);
});

test("the recording counter of a 1.5-bar take never shows more than its length", async () => {
  const base = recordingSet();
  const synth = base.tracks![SYNTH]!;
  const midi = { ...synth.tracks![0]!, clips: [{ slot: 0, length: 6 }] };
  const r = await recorder({ ...base, selectedTrack: SYNTH_AUDIO, tracks: base.tracks!.map((t, i) => (i === SYNTH ? { ...synth, tracks: [midi, ...synth.tracks!.slice(1)] } : t)) });
  await r.gesture("record.audioOnly");
  await r.bars(5);
  assert.is(clipAt(r.set.song.tracks[SYNTH_AUDIO]!, 0)?.length, 6, "the take is the MIDI clip's 1.5 bars");
  const counts = r.statuses().filter((line) => line.includes("Recording 1.5 bars")).map((line) => line.replace(/.*… /, ""));
  assert.ok(counts.length >= 2, counts.join("\n"));
  for (const count of counts) {
    const [bar, of] = count.split(" / ").map(Number);
    assert.is(of, 1.5, count);
    assert.ok(bar! <= 1.5, `"${count}" counts past the take's length`);
  }
});

const quantization = (r: Recorder): number => Number(r.set.read("live_set", "clip_trigger_quantization")[0]);
const HALF_NOTE = 5;

test("a Node restart during the count-in, before the take launched: the click stops and the quantization comes back at once", async () => {
  const r = await recorder(recordingSet());
  r.set.setProperty("live_set", "clip_trigger_quantization", HALF_NOTE);
  await r.rig.settle();
  const knob = r.ec4.knobFor("record.normal", "press")!;
  // The press, then the restart before the bundle has heard the song start (the launch waits for it).
  await r.ec4.press(knob.group, knob.position);
  assert.is(r.set.song.values.metronome, 1, "counting in with the click");
  assert.is(quantization(r), 4, "1 bar for the take");
  await r.rig.restartNode();
  assert.ok(r.infos().some((line) => line.includes("put back after the restart")), r.infos().join("\n"));
  await r.bars(0.25);
  assert.is(r.set.song.values.metronome, 0, "the click stopped within a quarter of a bar");
  assert.is(quantization(r), HALF_NOTE, "the musician's quantization is back");
  await r.bars(3);
  assert.equal([KEYS, SYNTH_MIDI].map((i) => clipAt(r.set.song.tracks[i]!, 0)), [null, null], "nothing recorded");
  assert.is(r.app.seq.registry.size, 0);
});

test.run();
