// The Device knobs end to end, EC4 bytes to simulated Live, under Live 12.0's and 11.2's bridges: the
// selected track's selected device in banks of 8 (a plain device's parameters without "Device On", a rack's
// visible macros, a Max device's declared banks), turned (a turn one undo entry), reset by a press (one),
// paged, switched on and off, and a rack's macro variations chosen, recalled and stored; every guard warns
// and changes nothing.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { actionRig, type ActionRig } from "../support/ec4";
import { prop, snapshot, trackNamed, warned } from "../support/liveState";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import type { BridgeVersion } from "../../src/lom/LomData";
import { QUIET_MS } from "../../src/control/GestureUndo";
import { WAVETABLE } from "../support/deviceSets";

const GROUP = "Device";
const macros = (values: number[]) => values.map((value, i) => ({ name: `Macro ${i + 1}`, value, min: 0, max: 127 }));

const DEVICE_SET: SetDescription = {
  tracks: [
    {
      name: "Synth",
      type: "midi",
      devices: [
        WAVETABLE,
        {
          name: "Macro Rack",
          className: "InstrumentGroupDevice",
          type: "instrument",
          chains: [{ name: "Chain" }],
          parameters: macros(Array.from({ length: 16 }, () => 0)),
          visibleMacros: 12,
          variations: [macros(Array.from({ length: 16 }, () => 10)).map((m) => m.value), Array.from({ length: 16 }, () => 100)],
        },
        { name: "Bare Rack", className: "AudioEffectGroupDevice", type: "audio_effect", chains: [{ name: "Chain" }], parameters: macros([0, 0]), visibleMacros: 2 },
        {
          name: "Max LFO",
          className: "MxDeviceAudioEffect",
          type: "audio_effect",
          parameters: [
            { name: "Rate", value: 0.2, min: 0, max: 1 },
            { name: "Depth", value: 0.4, min: 0, max: 1 },
            { name: "Phase", value: 0, min: 0, max: 360 },
            { name: "Hidden", value: 0, min: 0, max: 1 },
          ],
          banks: [
            { name: "Main", parameters: [1, 2, -1, 3] },
            { name: "Extra", parameters: [4] },
          ],
        },
      ],
    },
    { name: "Empty", type: "audio" },
  ],
};

async function rigOn(device: string, live: BridgeVersion): Promise<ActionRig> {
  const r = await actionRig(DEVICE_SET, { live });
  selectDevice(r, device);
  await r.rig.advance(200);
  return r;
}

function selectDevice(r: ActionRig, name: string): void {
  const synth = trackNamed(r.set, "Synth");
  r.set.selectTrack(synth.id);
  r.set.callFunction("live_set view", "select_device", "id", synth.devices.find((d) => d.name === name)!.id);
}

const parameter = (r: ActionRig, device: string, name: string) =>
  trackNamed(r.set, "Synth").devices.find((d) => d.name === device)!.parameters.find((p) => p.name === name)!;

/** Plays the Device group's knob `position` (a turn of `steps`, else a press, or a long press); answers the undo entries Live recorded. */
async function knob(r: ActionRig, position: number, steps?: number | "long", delta = 1): Promise<number> {
  await r.rig.advance(200);
  const before = r.set.undoHistory.length;
  if (steps === undefined) await r.ec4.press(GROUP, position);
  else if (steps === "long") await r.ec4.longPress(GROUP, position);
  else await r.ec4.turn(GROUP, position, steps, delta);
  await r.rig.advance(200 + (typeof steps === "number" ? QUIET_MS : 0));
  return r.set.undoHistory.length - before;
}

const near = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-4, `${what}: ${actual}, expected ${expected}`);

async function refused(r: ActionRig, position: number, text: string, steps?: number | "long"): Promise<void> {
  const before = snapshot(r.set);
  assert.is(await knob(r, position, steps), 0, `knob ${position} recorded no undo entry`);
  assert.ok(warned(r, text), `${text}\n${r.statuses().join("\n")}`);
  assert.is(snapshot(r.set), before, "Live unchanged");
}

for (const live of ["12.0", "11.2"] as const) {
  test(`Live ${live}: a plain device's knobs turn its parameters in order without Device On, a turn one undo entry, accelerated as the other knobs`, async () => {
    const r = await rigOn("Wavetable", live);
    assert.is(await knob(r, 1, 10), 1, "a turn is one undo entry");
    near(parameter(r, "Wavetable", "Osc 1").value, 0.6, "10 detents of 1%");
    assert.ok(r.statuses().some((line) => line.startsWith("info Osc 1 ")), r.statuses().join("\n"));
    assert.is(await knob(r, 2, 4, 3), 1, "an accelerated turn");
    near(parameter(r, "Wavetable", "Osc 2").value, 0.62, "4 detents of delta 3: 12%");
  });

  test(`Live ${live}: a stepped parameter moves one item a detent however fast; fine turns move a tenth`, async () => {
    const r = await rigOn("Wavetable", live);
    assert.is(await knob(r, 9, 1), 0, "bank knob: paging changes nothing in Live");
    assert.ok(r.statuses().includes("info Wavetable · Parameters 9–10 (2/2)"), r.statuses().join("\n"));
    assert.is(await knob(r, 2, 2, 5), 1);
    assert.is(parameter(r, "Wavetable", "Filter Type").value, 2, "two detents, two items, whatever the delta");
    assert.is(await knob(r, 1, "long"), 0, "fine mode is the script's");
    assert.ok(r.statuses().includes("info Fine turns on: a tenth of the step"), r.statuses().join("\n"));
    assert.is(await knob(r, 1, 10), 1);
    near(parameter(r, "Wavetable", "Osc 9").value, 0.51, "10 fine detents: 1%");
    await knob(r, 1, "long");
    assert.ok(r.statuses().includes("info Fine turns off"), r.statuses().join("\n"));
  });

  test(`Live ${live}: a press resets to default_value, one undo entry; at its default, or stepped, it warns and changes nothing`, async () => {
    const r = await rigOn("Wavetable", live);
    assert.is(await knob(r, 3), 1);
    assert.is(parameter(r, "Wavetable", "Osc 3").value, 0.25);
    assert.ok(r.statuses().includes("info Osc 3 reset"), r.statuses().join("\n"));
    await refused(r, 3, "Osc 3 is at its default already");
    await knob(r, 9, 1);
    await refused(r, 2, "Filter Type has no default value");
  });

  test(`Live ${live}: banks stop at both ends; a knob past the bank's parameters warns`, async () => {
    const r = await rigOn("Wavetable", live);
    await refused(r, 9, "Wavetable · Parameters 1–8 (1/2): no earlier bank", -1);
    await knob(r, 9, 1);
    await refused(r, 9, "no further bank", 1);
    await refused(r, 3, "Wavetable · Parameters 9–10 has nothing on knob 3", 1);
  });

  test(`Live ${live}: a rack's knobs turn its visible macros, in banks of 8`, async () => {
    const r = await rigOn("Macro Rack", live);
    assert.is(await knob(r, 1, 5), 1);
    near(parameter(r, "Macro Rack", "Macro 1").value, 6.35, "5% of 0–127");
    await knob(r, 9, 1);
    assert.ok(r.statuses().includes("info Macro Rack · Macros 9–12 (2/2)"), r.statuses().join("\n"));
    await refused(r, 5, "Macro Rack · Macros 9–12 has nothing on knob 5", 1);
  });

  test(`Live ${live}: a Max device's declared banks (MaxDevice.get_bank_parameters), empty slots included`, async () => {
    const r = await rigOn("Max LFO", live);
    assert.is(await knob(r, 4, 10), 1);
    near(parameter(r, "Max LFO", "Phase").value, 36, "the bank's fourth slot is parameter 3");
    await refused(r, 3, "nothing on knob 3", 1);
    await knob(r, 9, 1);
    assert.ok(r.statuses().includes("info Max LFO · Extra (2/2)"), r.statuses().join("\n"));
    assert.is(await knob(r, 1, 10), 1);
    near(parameter(r, "Max LFO", "Hidden").value, 0.1, "the Extra bank's parameter");
  });

  test(`Live ${live}: the on / off knob switches the selected device, one undo entry a press`, async () => {
    const r = await rigOn("Wavetable", live);
    const wavetable = trackNamed(r.set, "Synth").devices[0]!;
    assert.is(await knob(r, 10), 1);
    assert.is(prop(r.set, wavetable.id, "is_active"), 0);
    assert.ok(r.statuses().includes("info Wavetable off"), r.statuses().join("\n"));
    assert.is(await knob(r, 10), 1);
    assert.is(prop(r.set, wavetable.id, "is_active"), 1);
  });

  test(`Live ${live}: rack variations: a turn chooses (one write once it rests), a press recalls, the store knob stores`, async () => {
    const r = await rigOn("Macro Rack", live);
    const rack = trackNamed(r.set, "Synth").devices[1]!;
    assert.is(prop(r.set, rack.id, "selected_variation_index"), 0);
    assert.is(await knob(r, 11, 3), 1, "a turn is one write, once the knob rests");
    assert.is(prop(r.set, rack.id, "selected_variation_index"), 1, "clamped to the last of 2");
    assert.ok(r.statuses().includes("info Macro Rack: variation 2 / 2"), r.statuses().join("\n"));
    assert.is(await knob(r, 11), 1, "a recall is one call");
    assert.is(parameter(r, "Macro Rack", "Macro 3").value, 100);
    assert.ok(r.statuses().includes("info Macro Rack: variation 2 recalled"), r.statuses().join("\n"));
    await r.ec4.turn(GROUP, 11, -1);
    await r.ec4.press(GROUP, 11);
    assert.ok(warned(r, "Macro Rack: the variation is being chosen, recall it once the knob rests"), r.statuses().join("\n"));
    await r.rig.advance(1000);
    assert.is(prop(r.set, rack.id, "selected_variation_index"), 0, "the turn's one write, at rest");
    assert.is(await knob(r, 12), 1, "a store is one call");
    assert.is(prop(r.set, rack.id, "variation_count"), 3);
    assert.ok(r.statuses().includes("info Macro Rack: variation 3 stored"), r.statuses().join("\n"));
  });

  test(`Live ${live}: a variation Live refuses at rest (its rack deleted while the knob turned) is said under the knob's title`, async () => {
    const r = await rigOn("Macro Rack", live);
    await r.ec4.turn(GROUP, 11, 1);
    r.set.callFunction(trackNamed(r.set, "Synth").id, "delete_device", 1);
    await r.rig.advance(1000);
    assert.ok(warned(r, "Variation: Live refused selected variation index"), r.statuses().join("\n"));
  });

  test(`Live ${live}: variations of a device that is not a rack, or of a rack without any, warn and change nothing`, async () => {
    const r = await rigOn("Wavetable", live);
    await refused(r, 11, "Wavetable is not a rack: it has no macro variations", 1);
    await refused(r, 11, "Wavetable is not a rack");
    await refused(r, 12, "Wavetable is not a rack");
    selectDevice(r, "Bare Rack");
    await refused(r, 11, "Bare Rack has no stored variation", 1);
    await refused(r, 11, "Bare Rack has no stored variation");
  });

  test(`Live ${live}: without a selected device every Device knob warns and changes nothing`, async () => {
    const r = await actionRig(DEVICE_SET, { live });
    r.set.selectTrack(trackNamed(r.set, "Empty").id);
    for (const [position, steps] of [[1, 1], [1, undefined], [9, 1], [10, undefined], [11, 1], [11, undefined], [12, undefined]] as const) await refused(r, position, "no selected device", steps);
  });
}

test("a Device knob past 8 has no parameter: warning, nothing changed", async () => {
  const r = await rigOn("Wavetable", "12.0");
  const doc = JSON.parse(JSON.stringify(r.app.control.store.active));
  doc.groups.find((g: { name: string }) => g.name === GROUP).encoders.find((e: { position: number }) => e.position === 12).scroll = "device.parameter";
  assert.ok(r.app.control.store.load(doc).ok);
  await refused(r, 12, "knob 12 has no parameter: a bank is on knobs 1–8", 1);
});

test.run();
