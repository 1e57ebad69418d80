// Devices the Device knobs' tests select: a plain instrument of 10 parameters (two banks, the last stepped).
import type { DeviceInit } from "../../src/sim/live/Device";

/** Osc 1–9 at 0.5 (default 0.25) and a stepped Filter Type at LP: banks "Parameters 1–8" and "9–10". */
export const WAVETABLE: DeviceInit = {
  name: "Wavetable",
  type: "instrument",
  parameters: [
    ...Array.from({ length: 9 }, (_, i) => ({ name: `Osc ${i + 1}`, value: 0.5, min: 0, max: 1, default: 0.25 })),
    { name: "Filter Type", value: 0, quantized: true, items: ["LP", "HP", "BP", "Notch"] },
  ],
};
