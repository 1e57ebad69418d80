// Streaming MIDI byte parser. Written in ES5 syntax (var, functions, no classes) because the input device's
// [js] runs this file, and esbuild --target=es5 refuses const/let/class.
import type { MidiMessage } from "./MidiMessage";

export type DropReporter = (reason: string) => void;

export interface MidiDecoder {
  /** One byte, as Max's [midiin] sends them. Anything that is not an int 0..255 is dropped. */
  push(data: unknown): void;
}

var SYSEX_START = 0xf0;
var SYSEX_END = 0xf7;
var REAL_TIME_FIRST = 0xf8;
var NO_STATUS = -1;

/** How many data bytes follow a status byte; -1 for the undefined system common bytes F4, F5. */
function dataLength(status: number): number {
  var kind = status & 0xf0;
  if (kind === 0xc0 || kind === 0xd0) return 1;
  if (kind < 0xf0) return 2;
  if (status === 0xf1 || status === 0xf3) return 1;
  if (status === 0xf2) return 2;
  if (status === 0xf6) return 0;
  return -1;
}

function isMidiByte(data: unknown): data is number {
  return typeof data === "number" && data % 1 === 0 && data >= 0 && data <= 255;
}

function describeByte(data: unknown): string {
  return typeof data === "number" ? String(data) : typeof data;
}

/**
 * The message a complete status + data sequence stands for, or undefined for the kinds we ignore
 * (program change, pressure, pitch bend, system common). Note on with velocity 0 is a note off.
 */
function decodeComplete(status: number, data1: number, data2: number): MidiMessage | undefined {
  var kind = status & 0xf0;
  var channel = (status & 0x0f) + 1;
  if (kind === 0x90 && data2 > 0) return { type: "noteOn", channel: channel, note: data1, velocity: data2 };
  if (kind === 0x90 || kind === 0x80) return { type: "noteOff", channel: channel, note: data1, velocity: data2 };
  if (kind === 0xb0) return { type: "controlChange", channel: channel, controller: data1, value: data2 };
  return undefined;
}

export function createMidiDecoder(onMessage: (message: MidiMessage) => void, onDrop: DropReporter): MidiDecoder {
  var status = NO_STATUS;
  var expected = 0;
  var data: number[] = [];
  var inSysex = false;

  function dropPartial(cause: string): void {
    if (data.length > 0) onDrop("truncated message " + status + " " + data.join(" ") + " (" + cause + ")");
    data = [];
  }

  function startStatus(byte: number): void {
    if (inSysex) {
      // Any status byte but EOX ends a sysex early (MIDI 1.0 spec): the sysex was truncated.
      onDrop("sysex ended by status " + byte + " without F7");
      inSysex = false;
    }
    dropPartial("status " + byte + " arrived");
    if (byte === SYSEX_START) {
      inSysex = true;
      status = NO_STATUS;
      return;
    }
    if (byte === SYSEX_END) {
      onDrop("F7 without a sysex");
      status = NO_STATUS;
      return;
    }
    var length = dataLength(byte);
    if (length < 0) {
      onDrop("undefined status " + byte);
      status = NO_STATUS;
      return;
    }
    status = byte;
    expected = length;
    if (length === 0) status = NO_STATUS; // tune request: complete as is, ignored
  }

  function pushData(byte: number): void {
    if (inSysex) return;
    if (status === NO_STATUS) {
      onDrop("data byte " + byte + " without status");
      return;
    }
    data.push(byte);
    if (data.length < expected) return;
    var complete = status;
    var values = data;
    data = [];
    // System common messages cancel running status; channel messages keep it.
    if (complete >= 0xf0) status = NO_STATUS;
    var message = decodeComplete(complete, values[0], values.length > 1 ? values[1] : 0);
    if (message !== undefined) onMessage(message);
  }

  function push(byte: unknown): void {
    if (!isMidiByte(byte)) {
      onDrop("not a MIDI byte: " + describeByte(byte));
      return;
    }
    // Real-time bytes may appear anywhere, even inside another message or a sysex, and change nothing.
    if (byte >= REAL_TIME_FIRST) return;
    if (byte >= 0x80) {
      if (byte === SYSEX_END && inSysex) {
        inSysex = false;
        return;
      }
      startStatus(byte);
      return;
    }
    pushData(byte);
  }

  return { push: push };
}
