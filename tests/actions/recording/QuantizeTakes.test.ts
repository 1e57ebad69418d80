// The quantize-takes switch (Clip group, QNTZ long press): with it on, each MIDI take is quantized to the
// record quantization (1/8 when None) once Live has recorded it, one undo entry a take; the switch is kept
// in the saved state, so a restarted script still quantizes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { STATE_DICT } from "../../../src/sim/max/NodeScriptHost";
import { clipAt, entriesSince, recorder, type Recorder } from "./recordingRig";
import { KEYS, recordingSet } from "./sets";

/** Records one bar on Keys, playing two notes off the grid into the take as Live records it. */
async function recordPlaying(r: Recorder): Promise<number[]> {
  const keys = r.set.song.tracks[KEYS]!;
  await r.gesture("record.normal");
  await r.bars(1.2);
  const take = clipAt(keys, 0);
  assert.ok(take, "recording");
  r.set.callFunction(take.id, "add_new_notes", JSON.stringify({ notes: [{ pitch: 60, start_time: 0.1, duration: 0.5 }, { pitch: 62, start_time: 1.3, duration: 0.5 }] }));
  await r.bars(1.5);
  assert.is(take.values.is_recording, 0, "Live stopped the take");
  await r.rig.advance(300);
  return take.notes.map((note) => note.start_time);
}

test("off (the default): the take is kept as played", async () => {
  const r = await recorder(recordingSet());
  const from = r.set.undoHistory.length;
  assert.equal(await recordPlaying(r), [0.1, 1.3]);
  assert.ok(!entriesSince(r, from).includes("quantize Clip"));
});

test("on: the take is quantized once recorded, one undo entry; the switch is saved", async () => {
  const r = await recorder(recordingSet());
  await r.gesture("clip.quantizeTakes");
  assert.equal(r.rig.dicts.get(STATE_DICT)["quantizeTakes"], { version: 1, kept: 1 });
  const from = r.set.undoHistory.length;
  assert.equal(await recordPlaying(r), [0, 1.5], "to 1/8: the record quantization is None");
  assert.is(entriesSince(r, from).filter((entry) => entry === "quantize Clip").length, 1, entriesSince(r, from).join(", "));
});

test("on, through a Node restart: the new script still quantizes the takes, to the record quantization", async () => {
  const r = await recorder(recordingSet());
  await r.gesture("clip.quantizeTakes");
  await r.rig.restartNode();
  await r.bars(1);
  r.set.setProperty("live_set", "midi_recording_quantization", 1);
  assert.equal(await recordPlaying(r), [0, 1], "to 1/4");
});

test.run();
