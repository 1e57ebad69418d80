// The channel messages the controller layer acts on. Channels are 1-based (1..16), as users and Live show them.

export interface NoteOn {
  type: "noteOn";
  channel: number;
  note: number;
  velocity: number;
}

export interface NoteOff {
  type: "noteOff";
  channel: number;
  note: number;
  velocity: number;
}

export interface ControlChange {
  type: "controlChange";
  channel: number;
  controller: number;
  value: number;
}

export type MidiMessage = NoteOn | NoteOff | ControlChange;
