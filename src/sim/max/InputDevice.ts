// The input device (device/Protocol0 Input.amxd) as scripts/patchers/inputDevice.ts wires it: the real
// device/p0-input.js in its own [js], its LiveAPI bound to its own device so `this_device` names it,
// [live.thisdevice] → `ready`, [midiin] → one int per byte, outlet 0 → [send p0_midi], outlet 1 → the
// channel comment.
import { resolve } from "node:path";
import type { Atom } from "../../wire/protocol";
import type { LiveSet } from "../live/LiveSet";
import type { Clock } from "./Clock";
import type { DictStore } from "./DictStore";
import type { LiveApiLedger } from "./LiveApiLedger";
import type { ConsoleLevel } from "./ShimHost";
import { ShimHost } from "./ShimHost";

export interface InputDeviceOptions {
  set: LiveSet;
  /** The Live device (id or path) holding the script. */
  device: number | string;
  /** device/p0-input.js by default. */
  path?: string;
  clock: Clock;
  dicts: DictStore;
  /** [send p0_midi]: each message of outlet 0. */
  send(atoms: Atom[]): void;
  post(level: ConsoleLevel, text: string): void;
  /**
   * The rig's cord rules (Wire.cross: atom cut, symbol interning) for the cords that do not pass the
   * queued wire: [live.thisdevice] and [midiin] into the [js], outlet 1 into the comment. None by default.
   */
  cross?(to: "input" | "comment", atoms: Atom[]): Atom[];
  /** Records the [js]'s blocks; none by default. */
  ledger?: LiveApiLedger;
}

export class InputDevice {
  /** What the device's comment shows after `channel: ` (outlet 1 sends `channel <text>`); "?" until told. */
  shownChannel = "?";
  private readonly host: ShimHost;
  private readonly cross: (to: "input" | "comment", atoms: Atom[]) => Atom[];

  constructor(options: InputDeviceOptions) {
    this.cross = options.cross ?? ((_to, atoms) => atoms);
    this.host = new ShimHost({
      path: resolve(options.path ?? "device/p0-input.js"),
      liveApi: options.set.liveApiClass(options.device),
      clock: options.clock,
      dicts: options.dicts,
      ledger: options.ledger,
      label: `p0-input.js@${options.device}`,
      sinks: {
        outlet: (index, atoms) => {
          if (index === 0) options.send(atoms);
          else if (index === 1) this.shownChannel = this.cross("comment", atoms).slice(1).join(" ");
          else options.post("error", `p0-input.js: outlet ${index} does not exist`);
        },
        post: options.post,
        // p0-input.js sends nothing by name; its MIDI leaves through outlet 0 into [send].
        named: () => undefined,
      },
    });
  }

  /** [live.thisdevice] banged: the device is loaded and LiveAPI usable. */
  ready(): void {
    this.host.deliver(this.cross("input", ["ready"]));
  }

  /** A message of [receive p0_input] (the main device's warnings about input tracks). */
  receive(atoms: Atom[]): void {
    this.host.deliver(this.cross("input", atoms));
  }

  /** Bytes as [midiin] hands them over: one int message each, synchronously (a patch cord). */
  play(bytes: readonly number[]): void {
    for (const byte of bytes) this.host.deliver(this.cross("input", [byte]));
  }
}
