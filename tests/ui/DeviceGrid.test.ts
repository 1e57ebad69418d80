// The device's grid while the Device group is chosen, fed by the simulated Live under Live 12.0's and
// 11.2's bridges: each parameter knob's cell shows its parameter's name and Live's text for its value
// (str_for_value), the bank knob's the device and bank names; the cells follow the device selected in
// Live, a turn, a bank change; and only the selected device's parameters are observed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig, type ActionRig } from "../support/ec4";
import { trackNamed } from "../support/liveState";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import type { Atom } from "../../src/wire/protocol";
import { WAVETABLE } from "../support/deviceSets";

const SET: SetDescription = {
  tracks: [
    {
      name: "Synth",
      type: "midi",
      devices: [
        WAVETABLE,
        { name: "Delay", type: "audio_effect", parameters: [{ name: "Time", value: 0.25, min: 0, max: 1 }] },
      ],
    },
    { name: "Bass", type: "midi", devices: [{ name: "Operator", type: "instrument", parameters: [{ name: "Tone", value: 0.75, min: 0, max: 1 }] }] },
  ],
};

/** The grid's cells as the patcher last got them, by position: the label, then gesture–text pairs ("-": Live's text). */
function cells(r: ActionRig): Map<number, Atom[]> {
  const shown = new Map<number, Atom[]>();
  for (const atoms of r.rig.fromNode) if (atoms[0] === "ui_encoder") shown.set(Number(atoms[1]), atoms.slice(2));
  return shown;
}

function select(r: ActionRig, track: string, device: number): void {
  const t = trackNamed(r.set, track);
  r.set.selectTrack(t.id);
  r.set.callFunction("live_set view", "select_device", "id", t.devices[device]!.id);
}

async function deviceGroupShown(live: "12.0" | "11.2"): Promise<ActionRig> {
  const r = await actionRig(SET, { live });
  select(r, "Synth", 0);
  await r.rig.advance(300);
  const groups = r.app.control.store.active!.groups.map((g) => g.name);
  r.rig.sendToNode("ui_group", groups.indexOf("Device"));
  await r.rig.advance(300);
  return r;
}

for (const live of ["12.0", "11.2"] as const) {
  test(`Live ${live}: the Device group's cells show each parameter's name and Live's text, and the device and bank`, async () => {
    const r = await deviceGroupShown(live);
    const shown = cells(r);
    assert.equal(shown.get(1), ["P1", "-", "Osc 1", "-", "0.5"], "Live's text for 0.5 (str_for_value)");
    assert.equal(shown.get(8), ["P8", "-", "Osc 8", "-", "0.5"]);
    assert.equal(shown.get(9), ["BANK", "-", "Wavetable", "-", "·", "-", "Parameters 1–8", "-", "1/2"]);
    assert.equal(shown.get(10), ["ON", "press", "Device on/off"], "a knob with nothing of Live's keeps its actions");
  });

  test(`Live ${live}: the cells follow the device selected in Live, a turn and a bank change`, async () => {
    const r = await deviceGroupShown(live);
    select(r, "Synth", 1);
    await r.rig.advance(300);
    assert.equal(cells(r).get(1), ["P1", "-", "Time", "-", "0.25"]);
    assert.equal(cells(r).get(2), ["P2", "-", "-"], "a slot the bank leaves empty");
    assert.equal(cells(r).get(9), ["BANK", "-", "Delay", "-", "·", "-", "Parameters 1–1", "-", "1/1"]);
    select(r, "Bass", 0);
    await r.rig.advance(300);
    assert.equal(cells(r).get(1), ["P1", "-", "Tone", "-", "0.75"], "another track's selected device");
    select(r, "Synth", 0);
    await r.rig.advance(300);
    await r.ec4.turn("Device", 1, 10);
    assert.equal(cells(r).get(1), ["P1", "-", "Osc 1", "-", "60%"], "the script's own text while the knob turns: no LiveAPI call a detent");
    await r.rig.advance(2000);
    const text = cells(r).get(1)![4];
    assert.is(Number(text).toFixed(4), "0.6000", `Live's text once it rests: ${text}`);
    await r.ec4.turn("Device", 9, 1);
    await r.rig.advance(300);
    assert.equal(cells(r).get(1), ["P1", "-", "Osc 9", "-", "0.5"]);
    assert.equal(cells(r).get(2), ["P2", "-", "Filter Type", "-", "LP"]);
    assert.equal(cells(r).get(9), ["BANK", "-", "Wavetable", "-", "·", "-", "Parameters 9–10", "-", "2/2"]);
  });
}

test("only the selected device's parameters are observed: selecting another device moves the observers", async () => {
  const r = await deviceGroupShown("12.0");
  const withWavetable = r.set.observerCount;
  select(r, "Synth", 1);
  await r.rig.advance(300);
  // Wavetable's 11 parameters (Device On included) against Delay's 2: 9 value observers fewer.
  assert.is(withWavetable - r.set.observerCount, 9);
  select(r, "Synth", 0);
  await r.rig.advance(300);
  assert.is(r.set.observerCount, withWavetable);
});

test("another group keeps its actions in its cells, and a value moving in Live redraws nothing there", async () => {
  const r = await actionRig(SET);
  select(r, "Synth", 0);
  await r.rig.advance(300);
  assert.equal(cells(r).get(1), ["TAP", "press", "Tap tempo", "turn", "Tempo"]);
  const mark = r.rig.fromNode.length;
  r.set.setProperty(trackNamed(r.set, "Synth").devices[0]!.parameters[1]!.id, "value", 0.9);
  await r.rig.advance(1000);
  assert.equal(r.rig.fromNode.slice(mark).filter((atoms) => atoms[0] === "ui_encoder"), []);
});

test("in the Device group, a value moving in Live (automation, the mouse) redraws its cell with Live's text", async () => {
  const r = await deviceGroupShown("12.0");
  r.set.setProperty(trackNamed(r.set, "Synth").devices[0]!.parameters[1]!.id, "value", 0.75);
  await r.rig.advance(1000);
  assert.equal(cells(r).get(1), ["P1", "-", "Osc 1", "-", "0.75"]);
});

test.run();
