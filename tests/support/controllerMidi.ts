// What the input device forwards to the main device (src/wire/ControllerMidi.ts): `midi cc|note <channel>
// <number> <value>`, with the real channel because Live folds the bytes' channel to 1.
import { CC, controllerMidi, NOTE, type ControllerMidi } from "../../src/wire/ControllerMidi";

export type { ControllerMidi };

export const noteOn = (channel: number, note: number, velocity = 127): ControllerMidi => controllerMidi(NOTE, channel, note, velocity);
export const noteOff = (channel: number, note: number): ControllerMidi => controllerMidi(NOTE, channel, note, 0);
export const controlChange = (channel: number, cc: number, value: number): ControllerMidi => controllerMidi(CC, channel, cc, value);
