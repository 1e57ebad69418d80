// Sets with EC4 input tracks, each holding a Protocol0 Input device at `devices 0`, for Rig.addInputDevice.
import type { SetDescription, TrackDescription } from "../../src/sim/live/LiveSet";

export function inputTrack(name: string, inputChannel: string): TrackDescription {
  return {
    name,
    type: "midi",
    inputType: "FaderFox EC4",
    inputChannel,
    devices: [{ name: "Protocol0 Input", className: "MxDeviceMidiEffect", type: "midi_effect" }],
  };
}

/**
 * Tracks 1.. are input tracks on the given input channels ("Ch. 4", "All Channels"); track 0, selected,
 * holds the selected clip, which the Cut group's actions need.
 */
export function inputSet(...channels: string[]): SetDescription {
  const keys: TrackDescription = { name: "Keys", type: "midi", clips: [{ slot: 0, length: 4 }] };
  return { tracks: [keys, ...channels.map((channel, i) => inputTrack(`EC4 ${i + 1}`, channel))] };
}

/** The path of the input device on the input track for `channels[index]` of inputSet. */
export function inputDevicePath(index: number): string {
  return `live_set tracks ${index + 1} devices 0`;
}
