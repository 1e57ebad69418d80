// Live's side of the EC4's USB port, for a musician's set: every Protocol0 Input device of the set loaded
// (Rig.addInputDevice), and each message the EC4 sends played as bytes into the devices whose track hears
// it — input the EC4, the message's channel or All Channels, monitored — with the channel folded to 1, as
// Live hands MIDI to a device. So the virtual EC4 goes the whole way: bytes, p0-input.js, the wire.
import { CC, type ControllerKind } from "../wire/ControllerMidi";
import type { InputDevice } from "./max/InputDevice";
import type { Rig } from "./max/Rig";
import { ALL_CHANNELS, channelName, EC4_INPUT, type Track } from "./live/Track";

export const INPUT_DEVICE_NAME = "Protocol0 Input";

/** Live's current_monitoring_state: 0 In, 1 Auto (heard while armed), 2 Off. */
const MONITOR_IN = 0;
const MONITOR_AUTO = 1;

const CONTROL_CHANGE = 0xb0;
const NOTE_ON = 0x90;
const NOTE_OFF = 0x80;

export interface InputTrack {
  track: Track;
  device: InputDevice;
}

export class Ec4Port {
  private constructor(readonly inputs: readonly InputTrack[]) {}

  /** Loads the script of every Protocol0 Input device on a track of the rig's set. */
  static connect(rig: Rig): Ec4Port {
    const inputs = rig.set.song.tracks.flatMap((track) =>
      track.devices.filter((d) => d.name === INPUT_DEVICE_NAME).map((d) => ({ track, device: rig.addInputDevice(d.id) })),
    );
    return new Ec4Port(inputs);
  }

  /** The input tracks that hear `channel` (1..16) of the EC4. */
  listeners(channel: number): InputTrack[] {
    return this.inputs.filter(({ track }) => hears(track, channel));
  }

  /** One message of the EC4 on `channel`; a note of value 0 is sent as a note off. */
  send(kind: ControllerKind, channel: number, number: number, value: number): void {
    const status = kind === CC ? CONTROL_CHANGE : value > 0 ? NOTE_ON : NOTE_OFF;
    for (const { device } of this.listeners(channel)) device.play([status, number, value]);
  }
}

function hears(track: Track, channel: number): boolean {
  const input = track.routing.input_routing_type.display_name;
  const on = track.routing.input_routing_channel.display_name;
  const monitoring = Number(track.values.current_monitoring_state);
  const monitored = monitoring === MONITOR_IN || (monitoring === MONITOR_AUTO && track.values.arm === 1);
  return input === EC4_INPUT && (on === ALL_CHANNELS || on === channelName(channel)) && monitored;
}
