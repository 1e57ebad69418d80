// What survives a Node restart is one value per feature in the device's [dict], each with its schema
// version: a value the new bundle cannot read whole is dropped with a warning, and nothing of it is
// applied, while the features whose values read well pick up as usual.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { STATE_DICT } from "../../../src/sim/max/NodeScriptHost";
import { clipAt, recorder } from "./recordingRig";
import { KEYS, recordingSet } from "./sets";

const HALF_NOTE = 5;

test("each feature's value is saved whole under its key, with its schema version", async () => {
  const r = await recorder(recordingSet());
  for (let i = 0; i < 2; i++) await r.gesture("record.barLength", 1);
  assert.equal(r.rig.dicts.get(STATE_DICT), { barLength: { version: 1, kept: 2 }, loops: { version: 1, kept: [] }, quantizeTakes: { version: 1, kept: 0 } });
  await r.gesture("record.normal");
  await r.bars(0.5);
  const saved = r.rig.dicts.get(STATE_DICT)["recording"] as { version: number; kept: { plan: { takes: number[] } } };
  assert.is(saved.version, 1);
  assert.equal(saved.kept.plan.takes, [r.set.song.tracks[KEYS]!.id, 16], "the take by its track's id, 4 bars of beats");
  await r.bars(6);
  assert.equal(Object.keys(r.rig.dicts.get(STATE_DICT)).sort(), ["barLength", "loops", "quantizeTakes"], "the recording ended: nothing under way");
});

test("a value that does not read whole is dropped with a warning and none of it applied; the others are picked up", async () => {
  const r = await recorder(recordingSet());
  for (let i = 0; i < 2; i++) await r.gesture("record.barLength", 1);
  await r.gesture("transport.metronome");
  r.set.setProperty("live_set", "clip_trigger_quantization", HALF_NOTE);
  await r.bars(0.25);
  const keys = r.set.song.tracks[KEYS]!.id;
  const progress = { scene: 0, createdScene: 0, armedBefore: [], clickAdded: 1, quantizationBefore: 4, launched: 1 };
  const state = r.rig.dicts.get(STATE_DICT);
  // Its progress reads, its plan does not (a take's length is not a number): putting back the click
  // and the quantization would be half of it.
  state["recording"] = { version: 1, kept: { plan: { takes: [keys, "4"], replays: [], lengthBeats: 16, silencedForTail: 0, tail: 0 }, progress } };
  // Another version's loops: their shape may mean something else now.
  state["loops"] = { version: 2, kept: [1, 0] };
  r.rig.dicts.set(STATE_DICT, state);
  await r.rig.restartNode();
  await r.bars(2);
  const warnings = r.rig.posts("warn").join("\n");
  assert.match(warnings, "what was under way (recording) was dropped");
  assert.match(warnings, "what was under way (loops) was dropped");
  assert.is(Number(r.set.read("live_set", "metronome")[0]), 1, "the click is not switched off");
  assert.is(Number(r.set.read("live_set", "clip_trigger_quantization")[0]), HALF_NOTE, "the quantization is left alone");
  assert.is(clipAt(r.set.song.tracks[KEYS]!, 0), null);
  assert.ok(r.app.song.scenes().every((scene) => !scene.looping));
  assert.equal(r.rig.posts("error"), []);
  await r.gesture("record.barLength", 1);
  assert.ok(r.infos().includes("Recording length 8 bars"), "the recording length read well: 4 bars kept, one more detent: 8");
  assert.equal(Object.keys(r.rig.dicts.get(STATE_DICT)).sort(), ["barLength", "loops", "quantizeTakes"], "what was dropped is not saved again");
});

test.run();
