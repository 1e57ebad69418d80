// The set the snapshot tests store and recall: a Synth track with a Wavetable (two parameters) and a
// return track (a send), and what the musician changes in Live after a store.
import type { SetDescription } from "../../src/sim/live/LiveSet";
import type { DeviceParameter } from "../../src/sim/live/DeviceParameter";
import { actionRig, type ActionRig } from "./ec4";
import { trackNamed } from "./liveState";

export const SET: SetDescription = {
  tempo: 120,
  tracks: [
    {
      name: "Synth",
      type: "midi",
      devices: [{ name: "Wavetable", type: "instrument", parameters: [{ name: "Cutoff", value: 0.5, min: 0, max: 1 }, { name: "Res", value: 0.2, min: 0, max: 1 }] }],
    },
    { name: "Drums", type: "midi" },
  ],
  returns: [{ name: "A-Reverb", type: "audio" }],
};

export const lastStatus = (r: ActionRig): string => r.statuses()[r.statuses().length - 1] ?? "";

/** The Synth track selected with its Wavetable: what a store takes. */
export async function synthRig(description: SetDescription = SET, device: Parameters<typeof actionRig>[2] = {}): Promise<{ r: ActionRig; parameters: Record<string, DeviceParameter> }> {
  const r = await actionRig(description, {}, device);
  const synth = trackNamed(r.set, "Synth");
  r.set.selectTrack(synth.id);
  r.set.callFunction("live_set view", "select_device", "id", synth.devices[0]!.id);
  const [cutoff, res] = ["Cutoff", "Res"].map((name) => synth.devices[0]!.parameters.find((p) => p.values.name === name)!);
  return { r, parameters: { volume: synth.mixer.volume, pan: synth.mixer.panning, send: synth.mixer.sends[0]!, cutoff: cutoff!, res: res! } };
}

/** The musician moves these in Live after the store (each a user edit). */
export function moveAway(r: ActionRig, parameters: Record<string, DeviceParameter>): void {
  r.set.setProperty(parameters.volume!.id, "value", 0.3);
  r.set.setProperty(parameters.send!.id, "value", 0.7);
  r.set.setProperty(parameters.cutoff!.id, "value", 0.9);
}

