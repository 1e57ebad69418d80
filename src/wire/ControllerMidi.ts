// The controller's MIDI as the input device sends it to the main device, decoded once, in the input device:
//   `midi cc <channel> <number> <value>`      a control change
//   `midi note <channel> <number> <velocity>` a note; velocity 0 is a release (a note off)
// <channel> is the real MIDI channel 1..16 of the input track, which Live folded to 1 in the bytes.
// Once the input device knows its track, `input_track <id>` (its Live id) goes before each message.
// ES5 syntax: the input device's [js] uses this file too.

export var MIDI_SELECTOR = "midi";
export var INPUT_TRACK_SELECTOR = "input_track";
/** `input_channel <track id> <channel>`: the input track's channel, 0 for All Channels, at ready and on each change. */
export var INPUT_CHANNEL_SELECTOR = "input_channel";

export type ControllerKind = "cc" | "note";
export var CC: ControllerKind = "cc";
export var NOTE: ControllerKind = "note";

export type ControllerMidi = [string, ControllerKind, number, number, number];

export function controllerMidi(kind: ControllerKind, channel: number, number: number, value: number): ControllerMidi {
  return [MIDI_SELECTOR, kind, channel, number, value];
}
