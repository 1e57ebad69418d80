// Count-in and bar-exact takes whatever the launch quantization (issue 13, point 4): a recording sets
// Song.clip_trigger_quantization to 1 bar for the take, as the original's RecordService did, and puts the
// musician's value back when it ends or is cancelled.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { clipAt, recorder, type Recorder } from "./recordingRig";
import { KEYS, recordingSet } from "./sets";

const NONE = 0;
const HALF_NOTE = 5;

async function quantized(index: number): Promise<Recorder> {
  const r = await recorder(recordingSet());
  r.set.setProperty("live_set", "clip_trigger_quantization", index);
  await r.rig.settle();
  return r;
}

const quantization = (r: Recorder): number => Number(r.set.read("live_set", "clip_trigger_quantization")[0]);

test("None: a stopped song counts in one bar, the take starts on the bar, and None comes back after it", async () => {
  const r = await quantized(NONE);
  await r.gesture("record.normal");
  await r.bars(0.5);
  assert.is(clipAt(r.set.song.tracks[KEYS]!, 0), null, "counting in: nothing records yet");
  assert.is(quantization(r), 4, "1 bar for the take");
  await r.bars(1);
  const take = clipAt(r.set.song.tracks[KEYS]!, 0);
  assert.ok(take !== null && take.values.is_recording === 1, "recording from the bar");
  await r.bars(1);
  assert.is(take.values.is_recording, 0);
  assert.is(take.length, 4, "one whole bar");
  assert.is(r.app.seq.registry.size, 0);
  assert.is(quantization(r), NONE, "the musician's quantization is back");
});

test("None, song playing: the take waits for the next bar instead of starting at once", async () => {
  const r = await quantized(NONE);
  r.set.callFunction("live_set", "start_playing");
  await r.bars(0.25);
  await r.gesture("record.normal");
  assert.is(clipAt(r.set.song.tracks[KEYS]!, 0), null, "not mid-bar");
  await r.bars(1);
  assert.ok(clipAt(r.set.song.tracks[KEYS]!, 0) !== null);
  await r.bars(1.5);
  assert.is(clipAt(r.set.song.tracks[KEYS]!, 0)!.length, 4);
  assert.is(quantization(r), NONE);
});

test("a cancelled recording puts the musician's quantization back too", async () => {
  const r = await quantized(HALF_NOTE);
  await r.gesture("record.normal");
  await r.bars(0.5);
  assert.is(quantization(r), 4);
  await r.gesture("record.cancel");
  assert.is(quantization(r), HALF_NOTE);
});

test("1 bar already: the quantization is not written", async () => {
  const r = await recorder(recordingSet());
  const steps = r.set.undoHistory.length;
  await r.gesture("record.normal");
  await r.bars(2.5);
  assert.ok(!r.set.undoHistory.slice(steps).some((step) => JSON.stringify(step).includes("clip_trigger_quantization")));
});

test.run();
