// The controller input of the main device: MIDI tagged by the input device (which decodes the bytes) → the
// encoder at that address → its gesture → the action runner. Entry points never throw (they are Max handlers).
import type { ActionContext } from "../actions/Action";
import type { Logger } from "../log/Logger";
import type { MappingDocument } from "./Mapping";
import { encoderNote } from "./Mapping";
import type { MidiMessage } from "./MidiMessage";
import type { MappingStore } from "./MappingStore";
import { MultiEncoder } from "./MultiEncoder";
import { decodeTagged } from "./TaggedMidi";
import type { TickClock } from "./TickClock";

export interface ControlSurfaceOptions {
  store: MappingStore;
  clock: TickClock;
  logger: Logger;
  /** Usually ActionRunner.run. */
  dispatch: (actionId: string, context: ActionContext) => void;
}

export class ControlSurface {
  private readonly byControl = new Map<string, MultiEncoder>();
  private readonly byNote = new Map<string, MultiEncoder>();

  constructor(private readonly options: ControlSurfaceOptions) {
    options.store.onChange((mapping) => this.build(mapping));
    if (options.store.active !== undefined) this.build(options.store.active);
  }

  /** `midi <channel> <status> <data1> <data2>` from the input device; the channel atom wins over the bytes. */
  receiveTagged(atoms: ArrayLike<unknown>): void {
    this.guarded(() => {
      const message = decodeTagged(atoms, (reason) => this.options.logger.debug(`MIDI dropped: ${reason}`));
      if (message !== undefined) this.handle(message);
    });
  }

  handle(message: MidiMessage): void {
    this.guarded(() => {
      if (message.type === "controlChange") {
        const encoder = this.byControl.get(addressKey(message.channel, message.controller));
        if (encoder === undefined) return this.unmapped(`CC ${message.controller}`, message.channel);
        encoder.turn(message.value);
        return;
      }
      const encoder = this.byNote.get(addressKey(message.channel, message.note));
      if (encoder === undefined) return this.unmapped(`note ${message.note}`, message.channel);
      if (message.type === "noteOn") encoder.press();
      else encoder.release();
    });
  }

  private build(mapping: MappingDocument): void {
    this.byControl.clear();
    this.byNote.clear();
    const { clock, logger, dispatch } = this.options;
    const env = { relativeEncoding: mapping.relativeEncoding, longPressMs: mapping.longPressMs, clock, logger, dispatch };
    for (const group of mapping.groups) {
      for (const encoder of group.encoders) {
        const { press, longPress, scroll } = encoder;
        const ref = { group: group.name, position: encoder.position, label: encoder.label };
        const knob = new MultiEncoder(ref, { press, longPress, scroll }, env);
        this.byControl.set(addressKey(group.addressing.channel, encoder.cc), knob);
        this.byNote.set(addressKey(group.addressing.channel, encoderNote(encoder)), knob);
      }
    }
  }

  private unmapped(what: string, channel: number): void {
    this.options.logger.debug(`no encoder on ${what}, channel ${channel}`);
  }

  private guarded(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.options.logger.error("controller input failed", error);
    }
  }
}

function addressKey(channel: number, number: number): string {
  return `${channel}:${number}`;
}
