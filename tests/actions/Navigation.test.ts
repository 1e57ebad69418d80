// Navigation knobs end to end: selection in the simulated Live after MIDI in. Selecting is not an edit,
// so Live records no undo step for it; folding is one.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { actionRig } from "../support/ec4";
import { assertRefused, prop, selectedSceneIndex, selectedTrackName, snapshot, trackNamed, warned } from "../support/liveState";

test("tracks: scrolling skips the tracks of a folded group and enters an unfolded one", async () => {
  const r = await actionRig("nested");
  r.set.selectTrack(trackNamed(r.set, "Bass").id);
  assert.is(await r.play("nav.tracks", 2), 0);
  assert.is(selectedTrackName(r.set), "Lead", "Hidden (in the folded group) is skipped");
  await r.play("nav.tracks", -5);
  assert.is(selectedTrackName(r.set), "Drums", "the unfolded groups' tracks are entered");
  await r.play("nav.tracks", -9);
  assert.is(selectedTrackName(r.set), "Bus", "stops at the first track");
});

test("fold group: selects the group of the selected track and folds it, then unfolds it", async () => {
  const r = await actionRig("nested");
  const drums = trackNamed(r.set, "Drums");
  r.set.selectTrack(trackNamed(r.set, "Kick").id);
  assert.is(await r.play("nav.foldGroup"), 1);
  assert.is(selectedTrackName(r.set), "Drums");
  assert.is(prop(r.set, drums.id, "fold_state"), 1);
  await r.play("nav.foldGroup");
  assert.is(prop(r.set, drums.id, "fold_state"), 0);
});

test("fold group guard: a track in no group gets a warning and nothing changes", async () => {
  const r = await actionRig("nested");
  r.set.selectTrack(trackNamed(r.set, "Lead").id);
  await assertRefused(r, "nav.foldGroup", "Lead is not in a group");
});

test("scenes: scroll selects the next scenes and stops at the ends", async () => {
  const r = await actionRig("nested");
  assert.is(await r.play("nav.scenes", 1), 0);
  assert.is(selectedSceneIndex(r.set), 1);
  await r.play("nav.scenes", 5);
  assert.is(selectedSceneIndex(r.set), 2);
  await r.play("nav.scenes", -1);
  assert.is(selectedSceneIndex(r.set), 1);
});

const DEVICES: SetDescription = {
  tracks: [
    {
      name: "Synth",
      type: "midi",
      devices: [
        { name: "Wavetable", type: "instrument", parameters: [{ name: "Cutoff", value: 0.5, min: 0, max: 1 }, { name: "Res", value: 0, min: 0, max: 1 }] },
        { name: "Reverb", type: "audio_effect", parameters: [{ name: "Decay", value: 2, min: 0, max: 10 }] },
      ],
    },
    { name: "Empty", type: "audio" },
  ],
};

test("devices: scroll selects the selected track's devices in turn", async () => {
  const r = await actionRig(DEVICES);
  const synth = trackNamed(r.set, "Synth");
  assert.is(await r.play("nav.devices", 1), 0);
  assert.is(synth.view.selectedDevice?.name, "Wavetable", "from no selected device, the first");
  await r.play("nav.devices", 1);
  assert.is(synth.view.selectedDevice?.name, "Reverb");
  await r.play("nav.devices", -1);
  assert.is(synth.view.selectedDevice?.name, "Wavetable");
});

test("devices guard: a track without devices gets a warning, nothing changed", async () => {
  const r = await actionRig(DEVICES);
  r.set.selectTrack(trackNamed(r.set, "Empty").id);
  await assertRefused(r, "nav.devices", "Empty has no devices", 1);
});

test("parameter and value: the parameter knob chooses, the value knob turns it by 1% of its range", async () => {
  const r = await actionRig(DEVICES);
  const wavetable = trackNamed(r.set, "Synth").devices[0]!;
  const cutoff = wavetable.parameters.find((p) => p.values.name === "Cutoff")!;
  r.set.callFunction("live_set view", "select_device", "id", wavetable.id);
  assert.is(await r.play("nav.parameter", 2), 0, "choosing is the script's own state"); // from none: "Device On", then Cutoff
  assert.ok(r.infos().some((line) => line.includes("Parameter: Wavetable / Cutoff")), r.infos().join("\n"));
  assert.is(await r.play("nav.parameterValue", 10), 1);
  assert.ok(Math.abs(prop(r.set, cutoff.id, "value") - 0.6) < 1e-6, `cutoff ${prop(r.set, cutoff.id, "value")}`);
});

test("the parameter the knob chose survives a Node restart: the value knob turns it still", async () => {
  const r = await actionRig(DEVICES);
  const wavetable = trackNamed(r.set, "Synth").devices[0]!;
  const cutoff = wavetable.parameters.find((p) => p.values.name === "Cutoff")!;
  r.set.callFunction("live_set view", "select_device", "id", wavetable.id);
  await r.play("nav.parameter", 2);
  await r.rig.restartNode();
  await r.play("nav.parameterValue", 10);
  assert.ok(Math.abs(prop(r.set, cutoff.id, "value") - 0.6) < 1e-6, `cutoff ${prop(r.set, cutoff.id, "value")}`);
});

// The parameter knob's other refusal, a device without parameters, cannot happen in Live: every device's
// first parameter is "Device On" (src/sim/live/Device.ts).
test("parameter guard: no device selected on the selected track: warning, no parameter chosen", async () => {
  const r = await actionRig(DEVICES);
  const before = snapshot(r.set);
  assert.is(await r.play("nav.parameter", 1), 0);
  assert.ok(warned(r, "Parameter: no selected device"), r.statuses().join("\n"));
  assert.not.ok(r.infos().some((line) => line.startsWith("Parameter:")), r.infos().join("\n"));
  assert.is(await r.play("nav.parameterValue", 1), 0);
  assert.ok(warned(r, "no selected parameter"), "the value knob has nothing to turn");
  assert.is(snapshot(r.set), before);
});

test("value knob follows a parameter clicked in Live afterwards", async () => {
  const r = await actionRig(DEVICES);
  const reverb = trackNamed(r.set, "Synth").devices[1]!;
  const decay = reverb.parameters.find((p) => p.values.name === "Decay")!;
  await r.play("nav.parameter", 2);
  r.set.selectParameter(decay.id);
  await r.rig.advance(100);
  await r.play("nav.parameterValue", -5);
  assert.ok(Math.abs(prop(r.set, decay.id, "value") - 1.5) < 1e-6, `decay ${prop(r.set, decay.id, "value")}`);
});

test("value guard: no parameter chosen nor clicked gives a warning", async () => {
  const r = await actionRig(DEVICES);
  await assertRefused(r, "nav.parameterValue", "no selected parameter", 1);
});

test.run();
