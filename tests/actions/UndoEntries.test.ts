// What Live's undo history keeps of each gesture, end to end: EC4 bytes into the input devices, the bundle,
// the shim, the device's [live.remote~] pool and the simulated Live of every public version (no
// begin_undo_step, each LiveAPI write one entry). A turn on a parameter is held by a live.remote~ detent by
// detent and written once when the knob rests; a press leaves one entry a change.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { QUIET_MS } from "../../src/control/GestureUndo";
import { METRO_MS } from "../../src/sim/max/Rig";
import { measurePress, measureTurn, TURN_DETENTS, undoEntries } from "../../src/sim/measure/measureUndo";
import { actionRig } from "../support/ec4";
import { prop, trackNamed } from "../support/liveState";
import { BRIDGE_WITH_UNDO_STEPS } from "../support/hypotheticalBridge";

const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

test("20 detents of volume over a second: one undo entry, Live plays each detent within a tick, one undo takes the turn back", async () => {
  const r = await actionRig("flat");
  const volume = trackNamed(r.set, "Kick").mixer.volume;
  const start = volume.value;
  const figure = await measureTurn(r.rig, r.ec4, "track.volume", "volume", () => volume.played, -1);
  assert.is(figure.error, undefined, figure.error);
  assert.is(figure.undoEntries, 1, figure.changes.join("\n"));
  assert.equal(figure.changes, [`set ${volume}.value`]);
  assert.ok(figure.ticksBehindMax! <= 1, `${figure.ticksBehindMax} ticks behind`);
  assert.ok(near(volume.value, start - TURN_DETENTS / 100), String(volume.value));
  assert.is(volume.played, volume.value, "let go: Live plays what it stores");
  r.set.callFunction("live_set", "undo");
  assert.ok(near(volume.value, start));
});

test("while the knob turns, a live.remote~ holds the volume: Live disables it and keeps its stored value; once it rests, it is let go and written", async () => {
  const r = await actionRig("flat");
  const volume = trackNamed(r.set, "Kick").mixer.volume;
  const start = volume.value;
  const knob = r.ec4.knobFor("track.volume", "scroll")!;
  await r.rig.advance(200);
  await r.ec4.turn(knob.group, knob.position, -5);
  await r.rig.advance((QUIET_MS / METRO_MS - 5) * METRO_MS);
  assert.is(prop(r.set, volume.id, "is_enabled"), 0, "held");
  assert.is(volume.value, start, "the stored value is unchanged");
  assert.ok(near(volume.played, start - 0.05), "Live plays the turned value");
  assert.is(r.rig.remotes.slots.filter((slot) => slot.holds === volume).length, 1);
  await r.rig.advance(20 * METRO_MS);
  assert.is(prop(r.set, volume.id, "is_enabled"), 1, "let go");
  assert.ok(near(volume.value, start - 0.05), "written once");
  assert.equal(r.rig.remotes.slots.filter((slot) => slot.holds !== null), []);
});

test("20 detents of tempo: the master's song_tempo is held, Live plays each detent, Song.tempo is written once", async () => {
  const r = await actionRig("flat");
  const song = r.set.song;
  const figure = await measureTurn(r.rig, r.ec4, "transport.tempo", "tempo", () => song.playedTempo, 1);
  assert.is(figure.undoEntries, 1, figure.changes.join("\n"));
  assert.equal(figure.changes, [`set ${song}.tempo`]);
  assert.ok(figure.ticksBehindMax! <= 1, `${figure.ticksBehindMax} ticks behind`);
  assert.is(prop(r.set, "live_set", "tempo"), 120 + TURN_DETENTS);
  assert.is(song.playedTempo, 120 + TURN_DETENTS);
});

test("20 detents of a device's parameter on the value knob: one entry", async () => {
  const r = await actionRig({
    tracks: [{ name: "Synth", type: "midi", devices: [{ name: "Wavetable", type: "instrument", parameters: [{ name: "Cutoff", value: 0.5, min: 0, max: 1 }] }] }],
  });
  const wavetable = trackNamed(r.set, "Synth").devices[0]!;
  const cutoff = wavetable.parameters.find((p) => p.values.name === "Cutoff")!;
  r.set.callFunction("live_set view", "select_device", "id", wavetable.id);
  await r.play("nav.parameter", 2);
  const figure = await measureTurn(r.rig, r.ec4, "nav.parameterValue", "device parameter", () => cutoff.played, 1);
  assert.is(figure.undoEntries, 1, figure.changes.join("\n"));
  assert.equal(figure.changes, [`set ${cutoff}.value`]);
  assert.ok(figure.ticksBehindMax! <= 1, `${figure.ticksBehindMax} ticks behind`);
  assert.ok(near(cutoff.value, 0.7), String(cutoff.value));
});

test("two knobs turned together by two hands: a remote each, an entry each", async () => {
  const r = await actionRig("flat");
  const volume = trackNamed(r.set, "Kick").mixer.volume;
  const volumeKnob = r.ec4.knobFor("track.volume", "scroll")!;
  const tempoKnob = r.ec4.knobFor("transport.tempo", "scroll")!;
  await r.rig.advance(QUIET_MS);
  const before = undoEntries(r.rig);
  for (let i = 0; i < 6; i++) {
    await r.ec4.turn(volumeKnob.group, volumeKnob.position, -1);
    await r.ec4.turn(tempoKnob.group, tempoKnob.position, 1);
  }
  assert.is(r.rig.remotes.slots.filter((slot) => slot.holds !== null).length, 2, "the volume and song_tempo, held together");
  assert.ok(near(volume.played, 0.79));
  assert.is(r.set.song.playedTempo, 126);
  await r.rig.advance(QUIET_MS + 200);
  assert.is(undoEntries(r.rig) - before, 2);
  assert.ok(near(volume.value, 0.79));
  assert.is(prop(r.set, "live_set", "tempo"), 126);
});

test("a press leaves one entry a change it makes, and none for the device's own state", async () => {
  const r = await actionRig("external-synth");
  r.set.selectTrack(trackNamed(r.set, "Prophet midi").id);
  const mappingEntries = r.rig.mapping.undoSteps;
  const figure = await measurePress(r.rig, r.ec4, "press", "track.arm", "external synth");
  const audio = trackNamed(r.set, "Prophet audio");
  // Both tracks armed, and the audio track heard through its monitoring: three changes, three entries.
  assert.equal(figure.changes, [`set ${trackNamed(r.set, "Prophet midi")}.arm`, `set ${audio}.arm`, `set ${audio}.current_monitoring_state`]);
  assert.is(figure.undoEntries, 3);
  assert.is(r.rig.mapping.undoSteps, mappingEntries, "the stored mapping is not written");
});

test("Node restarting in the middle of a turn: the next bundle lets the parameter go, and Live plays its stored value", async () => {
  const r = await actionRig("flat");
  const volume = trackNamed(r.set, "Kick").mixer.volume;
  const start = volume.value;
  await r.rig.advance(1000);
  const knob = r.ec4.knobFor("track.volume", "scroll")!;
  await r.ec4.turn(knob.group, knob.position, -3);
  await r.rig.advance(100);
  assert.is(prop(r.set, volume.id, "is_enabled"), 0, "the turn is under way");
  await r.rig.restartNode();
  await r.rig.advance(1000);
  assert.is(prop(r.set, volume.id, "is_enabled"), 1);
  assert.is(volume.played, start, "the turn is lost, nothing is left held");
  assert.is(volume.value, start);
});

test("a hypothetical Live whose bridge exposes begin_undo_step: a press is one step, a turn still one entry", async () => {
  const r = await actionRig("external-synth", BRIDGE_WITH_UNDO_STEPS);
  await r.rig.advance(1000);
  assert.is(r.app.undoSteps.steps.available, true);
  r.set.selectTrack(trackNamed(r.set, "Prophet midi").id);
  assert.is(await r.play("track.arm"), 1);
  // The current track is the external synth, whose volume is its group's.
  const volume = trackNamed(r.set, "Prophet").mixer.volume;
  const figure = await measureTurn(r.rig, r.ec4, "track.volume", "volume", () => volume.played, -1);
  assert.is(figure.undoEntries, 1, figure.changes.join("\n"));
  assert.equal(r.rig.posts("warn"), []);
});

test.run();
