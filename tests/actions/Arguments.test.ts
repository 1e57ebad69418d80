// Arguments end to end: a mapping imported through the device binds actions with arguments, the EC4's
// MIDI plays them, simulated Live changes as they say; an invalid argument is refused with its path and
// the mapping in use stays, its knob acting as before.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig } from "../support/ec4";
import { bind, defaultDocument, importMapping } from "../support/importMapping";
import { prop, selectedTrackName, trackNamed, warned } from "../support/liveState";
import { clipAt, recorder } from "./recording/recordingRig";
import { KEYS, recordingSet } from "./recording/sets";

test("record.normal with bars 2 records two bars whatever the length knob chose", async () => {
  const r = await recorder(recordingSet());
  const imported = await importMapping(r.rig, bind(defaultDocument(), "Main", 9, "press", { action: "record.normal", args: { bars: 2 } }));
  assert.match(imported.join("\n"), /^info imported .*mapping\.json: 5 groups$/m);
  const keys = r.set.song.tracks[KEYS]!;
  await r.ec4.press("Main", 9);
  await r.bars(4);
  assert.is(clipAt(keys, 0)?.length, 8, "two bars of 4 beats (the length knob says 1)");
  assert.is(r.app.seq.registry.size, 0);
});

test("scene.fire fires the scene its argument names: a number, a name, the next one from the playing scene", async () => {
  const scenes = ["Intro", "Verse", "Chorus", "Outro"].map((name) => ({ name }));
  const clips = [0, 1, 2, 3].map((slot) => ({ slot, length: 4 }));
  const r = await actionRig({ tempo: 120, scenes, tracks: [{ name: "A", type: "midi", clips }] });
  const doc = defaultDocument();
  bind(doc, "Log", 8, "press", { action: "scene.fire", args: { scene: 3 } });
  bind(doc, "Log", 9, "press", { action: "scene.fire", args: { scene: "Verse" } });
  bind(doc, "Log", 10, "press", { action: "scene.fire", args: { scene: "Nowhere" } });
  await importMapping(r.rig, doc);
  const playing = () => prop(r.set, trackNamed(r.set, "A").id, "playing_slot_index");
  await r.ec4.press("Log", 8);
  await r.rig.advance(2_500);
  assert.is(playing(), 2, "scene 3");
  await r.ec4.press("Log", 7); // the default mapping's NEXT: scene.fire with scene "next"
  await r.rig.advance(2_500);
  assert.is(playing(), 3, "the one after the playing scene");
  await r.ec4.press("Log", 9);
  await r.rig.advance(2_500);
  assert.is(playing(), 1, "the scene named Verse");
  const entries = r.set.undoHistory.length;
  await r.ec4.press("Log", 10);
  await r.rig.advance(2_500);
  assert.ok(warned(r, 'Fire scene: no scene named "Nowhere"'), r.statuses().join("\n"));
  assert.is(playing(), 1, "nothing else fired");
  assert.is(r.set.undoHistory.length, entries, "a refused press leaves no undo entry");
});

test("nav.track selects the track its name argument names; a name no track has warns", async () => {
  const r = await actionRig("flat");
  const doc = bind(defaultDocument(), "Log", 8, "press", { action: "nav.track", args: { name: "guitar" } });
  bind(doc, "Log", 9, "press", { action: "nav.track", args: { name: "Tuba" } });
  await importMapping(r.rig, doc);
  const entries = r.set.undoHistory.length;
  await r.ec4.press("Log", 8);
  await r.rig.advance(200);
  assert.is(selectedTrackName(r.set), "Guitar");
  assert.ok(r.statuses().includes("info Track: Guitar"), r.statuses().join("\n"));
  await r.ec4.press("Log", 9);
  await r.rig.advance(200);
  assert.ok(warned(r, 'Select track: no track named "Tuba"'), r.statuses().join("\n"));
  assert.is(selectedTrackName(r.set), "Guitar");
  assert.is(r.set.undoHistory.length, entries, "selecting is no edit");
});

test("transport.tempo's step argument: 2.5 BPM a detent, one undo entry a turn", async () => {
  const r = await actionRig({ tempo: 120, tracks: [{ name: "A", type: "midi" }] });
  await importMapping(r.rig, bind(defaultDocument(), "Main", 1, "scroll", { action: "transport.tempo", args: { step: 2.5 } }));
  assert.is(await r.play("transport.tempo", 3), 1);
  assert.is(prop(r.set, "live_set", "tempo"), 127.5);
  assert.is(await r.play("transport.tempo", -1), 1);
  assert.is(prop(r.set, "live_set", "tempo"), 125);
});

test("an argument out of range is refused with its knob, rule and path; the mapping in use stays and its knob acts as before", async () => {
  const r = await recorder(recordingSet());
  const before = JSON.stringify(r.app.control.store.active);
  const statuses = await importMapping(r.rig, bind(defaultDocument(), "Main", 9, "press", { action: "record.normal", args: { bars: 65 } }));
  const index = defaultDocument().groups[0]!.encoders.findIndex((e) => e.position === 9);
  assert.equal(statuses, [`error mapping unchanged: Main knob 9, press: bars must be 1 to 64 (/groups/0/encoders/${index}/press/args/bars)`]);
  assert.is(JSON.stringify(r.app.control.store.active), before, "the previous mapping is kept");
  const list = ["transport.metronome", { wait: "1 bra" }, { action: "scene.fire", args: { scene: 0 } }];
  const listed = await importMapping(r.rig, bind(defaultDocument(), "Log", 6, "press", list));
  assert.equal(listed, [
    'error mapping unchanged: Log knob 6, press step 2: wait must be like "1 bar", "2 beats" or "500 ms" (whole numbers, at most 999 bars or beats, 600000 ms) (/groups/3/encoders/5/press/1/wait), and 1 more below',
  ]);
  assert.is(JSON.stringify(r.app.control.store.active), before, "an invalid list is refused whole too");
  await r.gesture("record.barLength", 1); // 2 bars, as the knob chooses
  await r.ec4.press("Main", 9);
  await r.bars(4);
  assert.is(clipAt(r.set.song.tracks[KEYS]!, 0)?.length, 8, "Main 9 records the chosen length, as before");
});

test.run();
