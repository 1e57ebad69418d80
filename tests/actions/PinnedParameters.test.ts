// What the tempo, parameter and value knobs must keep to (issue 18, point 9), each played as MIDI into the
// simulated Live: Live's limits, a parameter's range, one item a detent on a quantized parameter, a
// parameter clicked in Live taking over, and a clicked parameter loaded again after Reinitialise.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import type { DeviceParameter } from "../../src/sim/live/DeviceParameter";
import { actionRig, type ActionRig } from "../support/ec4";
import { prop, trackNamed, warned } from "../support/liveState";

const SET: SetDescription = {
  tracks: [
    {
      name: "Synth",
      type: "midi",
      devices: [
        { name: "Wavetable", type: "instrument", parameters: [{ name: "Cutoff", value: 0.97, min: 0, max: 1 }] },
        { name: "Arp", type: "midi_effect", parameters: [{ name: "Style", value: 1, items: ["Up", "Down", "UpDown", "Random"] }] },
        { name: "Reverb", type: "audio_effect", parameters: [{ name: "Decay", value: 2, min: 0, max: 10 }] },
      ],
    },
    { name: "Pad", type: "midi", devices: [{ name: "Filter", type: "audio_effect", parameters: [{ name: "Freq", value: 100, min: 20, max: 20000 }] }] },
  ],
};

function parameter(r: ActionRig, track: string, device: string, name: string): DeviceParameter {
  return trackNamed(r.set, track).devices.find((d) => d.name === device)!.parameters.find((p) => p.values.name === name)!;
}

const valueOf = (r: ActionRig, p: DeviceParameter): number => prop(r.set, p.id, "value");
/** Equal within Live's 32-bit floats. */
const near = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected)), `${what}: ${actual}, not ${expected}`);

/** Selects `device` of Synth in Live and turns the parameter knob `detents` from none chosen ("Device On" first). */
async function choose(r: ActionRig, device: string, detents: number): Promise<void> {
  r.set.callFunction("live_set view", "select_device", "id", trackNamed(r.set, "Synth").devices.find((d) => d.name === device)!.id);
  await r.play("nav.parameter", detents);
}

test("the tempo knob stops at Live's limits, 999 and 20 BPM, without a refusal", async () => {
  const r = await actionRig({ ...SET, tempo: 997 });
  await r.play("transport.tempo", 5);
  assert.is(prop(r.set, "live_set", "tempo"), 999);
  assert.is(r.statuses().pop(), "info Tempo 999 BPM");
  r.set.setProperty("live_set", "tempo", 22);
  await r.play("transport.tempo", -5);
  assert.is(prop(r.set, "live_set", "tempo"), 20);
  assert.is(r.statuses().pop(), "info Tempo 20 BPM");
  assert.not.ok(warned(r, "refused"), r.statuses().join("\n"));
});

test("the value knob stays within the parameter's range: a turn past its end stops on it", async () => {
  const r = await actionRig(SET);
  const cutoff = parameter(r, "Synth", "Wavetable", "Cutoff");
  await choose(r, "Wavetable", 2); // Device On, then Cutoff
  await r.play("nav.parameterValue", 10);
  near(valueOf(r, cutoff), 1, "Cutoff at its max");
  cutoff.setValue(0.03, false);
  await r.play("nav.parameterValue", -10);
  near(valueOf(r, cutoff), 0, "Cutoff at its min");
  assert.not.ok(warned(r, "refused"), r.statuses().join("\n"));
  assert.equal(r.set.errors, [], "Live was never asked for a value outside the range");
});

test("a quantized parameter moves one item a detent: an on/off switches, a mode steps through its items", async () => {
  const r = await actionRig(SET);
  const on = parameter(r, "Synth", "Arp", "Device On");
  const style = parameter(r, "Synth", "Arp", "Style");
  await choose(r, "Arp", 1);
  await r.play("nav.parameterValue", -1);
  assert.is(valueOf(r, on), 0, "one detent down: Off");
  await r.play("nav.parameterValue", 1);
  assert.is(valueOf(r, on), 1, "one detent up: On");
  await r.play("nav.parameter", 1);
  await r.play("nav.parameterValue", 1);
  assert.is(valueOf(r, style), 2, "Down → UpDown");
  await r.play("nav.parameterValue", 5);
  assert.is(valueOf(r, style), 3, "stops on the last item");
  assert.ok(r.statuses().some((line) => line.includes("Random")), r.statuses().join("\n"));
});

test("a parameter clicked in Live takes over from the one the parameter knob chose", async () => {
  const r = await actionRig(SET);
  const cutoff = parameter(r, "Synth", "Wavetable", "Cutoff");
  const decay = parameter(r, "Synth", "Reverb", "Decay");
  await choose(r, "Wavetable", 2);
  await r.play("nav.parameterValue", -1);
  near(valueOf(r, cutoff), 0.96, "the chosen Cutoff turns first");
  r.set.selectParameter(decay.id);
  await r.play("nav.parameterValue", -5);
  near(valueOf(r, decay), 1.5, "the clicked Decay turns");
  near(valueOf(r, cutoff), 0.96, "Cutoff is left alone");
});

test("after Reinitialise, a parameter clicked on another track is loaded again and the value knob turns it", async () => {
  const r = await actionRig(SET);
  const freq = parameter(r, "Pad", "Filter", "Freq");
  r.set.selectTrack(trackNamed(r.set, "Synth").id);
  r.set.selectParameter(freq.id);
  await r.play("nav.parameterValue", 1);
  near(valueOf(r, freq), 100 + 199.8, "before: one detent is 1% of 20..20000");
  await r.play("set.reinit");
  await r.rig.settle();
  await r.play("nav.parameterValue", 1);
  near(valueOf(r, freq), 100 + 2 * 199.8, "after Reinitialise: the same parameter turns");
  assert.not.ok(warned(r, "no selected parameter"), r.statuses().join("\n"));
});

test.run();
