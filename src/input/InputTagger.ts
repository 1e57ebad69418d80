// Logic of the input device (a MIDI effect on the track whose input is the controller): decodes the bytes
// of [midiin] into the main device's `midi cc|note …` messages (src/wire/ControllerMidi.ts). Live folds
// every channel to 1 before a device sees it, so the device reads its track's `input_routing_channel` and
// tags what it forwards with the real channel.
// ES5 syntax: the input device's [js] runs this file (see MidiDecoder.ts).
import { createMidiDecoder } from "./MidiDecoder";
import type { DropReporter } from "./MidiDecoder";
import { CC, controllerMidi, NOTE } from "../wire/ControllerMidi";
import type { ControllerMidi } from "../wire/ControllerMidi";
import type { MidiMessage } from "./MidiMessage";

/** A channel 1..16, or "all" when the track listens to every channel (the bytes then carry the channel). */
export type RoutingChannel = number | "all";

export var ALL_CHANNELS_NAME = "All Channels";

/**
 * Track.input_routing_channel is a dictionary {display_name, identifier}
 * (https://docs.cycling74.com/apiref/lom/track/). For a MIDI track the display names are
 * "All Channels" and "Ch. 1".."Ch. 16" (the original script's InputRoutingChannelEnum uses "Ch. 1");
 * a bare "1".."16" is accepted too.
 */
export function parseRoutingChannel(displayName: string): RoutingChannel | undefined {
  var name = displayName.replace(/^\s+|\s+$/g, "");
  if (name === ALL_CHANNELS_NAME) return "all";
  var match = /^(?:Ch\.\s*)?(\d{1,2})$/.exec(name);
  if (match === null) return undefined;
  var channel = Number(match[1]);
  return channel >= 1 && channel <= 16 ? channel : undefined;
}

function displayNameOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  var record = value as { display_name?: unknown; input_routing_channel?: unknown };
  if (typeof record.display_name === "string") return record.display_name;
  return displayNameOf(record.input_routing_channel);
}

/**
 * The display name inside what LiveAPI returns for input_routing_channel: the dictionary as a JSON string,
 * possibly wrapped as {input_routing_channel: {...}}, inside a list (get) or after the property name
 * (an observer callback's arguments).
 */
export function routingChannelDisplayName(raw: unknown): string | undefined {
  // Not `instanceof Array`: arrays from another realm (a vm context's host) must count too.
  if (Object.prototype.toString.call(raw) === "[object Array]") {
    var list = raw as unknown[];
    for (var i = 0; i < list.length; i++) {
      var found = routingChannelDisplayName(list[i]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof raw !== "string") return displayNameOf(raw);
  try {
    return displayNameOf(JSON.parse(raw));
  } catch (e) {
    return undefined;
  }
}

function tagFor(routing: RoutingChannel, bytesChannel: number): number {
  return routing === "all" ? bytesChannel : routing;
}

/** A note off travels as a note of velocity 0, whatever release velocity the bytes had. */
function encode(channel: number, message: MidiMessage): ControllerMidi {
  if (message.type === "controlChange") return controllerMidi(CC, channel, message.controller, message.value);
  return controllerMidi(NOTE, channel, message.note, message.type === "noteOn" ? message.velocity : 0);
}

export interface InputTagger {
  /** False (and the previous channel kept) when the display name is not a MIDI channel. */
  setRoutingChannel(displayName: string): boolean;
  routingChannel(): RoutingChannel;
  /** One byte from [midiin]; a complete note or CC is forwarded as a `midi` message. */
  push(data: unknown): void;
}

export function createInputTagger(forward: (message: ControllerMidi) => void, onDrop: DropReporter): InputTagger {
  var routing: RoutingChannel = "all";
  var decoder = createMidiDecoder(function (message) {
    forward(encode(tagFor(routing, message.channel), message));
  }, onDrop);

  return {
    setRoutingChannel: function (displayName: string): boolean {
      var parsed = parseRoutingChannel(displayName);
      if (parsed === undefined) {
        onDrop("not a MIDI input channel: " + displayName);
        return false;
      }
      routing = parsed;
      return true;
    },
    routingChannel: function (): RoutingChannel {
      return routing;
    },
    push: decoder.push,
  };
}
