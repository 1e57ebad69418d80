// The message the input device sends to the main device: `midi <channel> <status> <data1> <data2>`.
// The channel atom is the real MIDI channel (1..16), which Live folded to 1 in the bytes.
// ES5 syntax: the input device's [js] uses this file too (see MidiDecoder.ts).
import { decodeComplete, isMidiByte } from "./MidiDecoder";
import type { MidiMessage } from "./MidiMessage";

export var TAGGED_MIDI_SELECTOR = "midi";

export type TaggedMidi = [string, number, number, number, number];

function statusKind(message: MidiMessage): number {
  if (message.type === "noteOn") return 0x90;
  if (message.type === "noteOff") return 0x80;
  return 0xb0;
}

export function encodeTagged(channel: number, message: MidiMessage): TaggedMidi {
  var status = statusKind(message) | (message.channel - 1);
  var data1 = message.type === "controlChange" ? message.controller : message.note;
  var data2 = message.type === "controlChange" ? message.value : message.velocity;
  return [TAGGED_MIDI_SELECTOR, channel, status, data1, data2];
}

function isChannel(value: unknown): value is number {
  return typeof value === "number" && value % 1 === 0 && value >= 1 && value <= 16;
}

/**
 * The message a tagged list stands for, with the tagged channel; undefined (and a reason) for anything
 * malformed or of a kind we ignore. Accepts the list with or without its `midi` selector.
 */
export function decodeTagged(atoms: ArrayLike<unknown>, onDrop: (reason: string) => void): MidiMessage | undefined {
  var offset = atoms.length > 0 && atoms[0] === TAGGED_MIDI_SELECTOR ? 1 : 0;
  if (atoms.length - offset !== 4) {
    onDrop("tagged midi needs a channel and 3 bytes, got " + (atoms.length - offset) + " atoms");
    return undefined;
  }
  var channel = atoms[offset];
  var status = atoms[offset + 1];
  var data1 = atoms[offset + 2];
  var data2 = atoms[offset + 3];
  if (!isChannel(channel)) {
    onDrop("tagged midi channel out of range: " + String(channel));
    return undefined;
  }
  if (!isMidiByte(status) || status < 0x80 || status >= 0xf0 || !isMidiByte(data1) || data1 > 127 || !isMidiByte(data2) || data2 > 127) {
    onDrop("tagged midi bytes malformed: " + String(status) + " " + String(data1) + " " + String(data2));
    return undefined;
  }
  var message = decodeComplete(status, data1, data2);
  if (message === undefined) return undefined;
  message.channel = channel;
  return message;
}
