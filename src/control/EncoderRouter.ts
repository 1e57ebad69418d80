// Routes the controller's messages in the main device: `midi cc|note <channel> <number> <value>` from the
// input device (which decodes the bytes, src/input) → the encoder at that address → its gesture → the
// action runner. Entry points never throw (they are Max handlers).
import type { ActionContext } from "../actions/Action";
import type { Logger } from "../log/Logger";
import { CC, MIDI_SELECTOR, NOTE } from "../wire/ControllerMidi";
import type { ControllerKind } from "../wire/ControllerMidi";
import type { Binding, EncoderMapping, GroupMapping, MappingDocument } from "./Mapping";
import { doublePressMs, encoderNote } from "./Mapping";
import type { MappingStore } from "./MappingStore";
import type { ControllerWarnings } from "./ControllerWarnings";
import { MultiEncoder } from "./MultiEncoder";
import type { EncoderEnvironment, Knob } from "./MultiEncoder";
import { ShiftKnob } from "./ShiftKnob";
import type { TickTimer } from "./TickClock";

/** A controller message that passed the checks: channel 1..16, number and value 0..127. */
export interface ControllerEvent {
  kind: ControllerKind;
  channel: number;
  number: number;
  value: number;
}

/** MIDI's All Notes Off (a channel mode message, MIDI 1.0 spec table T-4): every held push of the channel ends. */
export const ALL_NOTES_OFF_CC = 123;

const isInRange = (value: unknown, low: number, high: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= low && value <= high;

const isKind = (value: unknown): value is ControllerKind => value === CC || value === NOTE;

/**
 * The event a `midi` message stands for, with or without its selector; undefined, and why in the
 * musician's words, for anything else (an input device of another version, a message typed by hand).
 */
export function readControllerMidi(atoms: ArrayLike<unknown>, onIgnored: (reason: string) => void): ControllerEvent | undefined {
  const list = Array.from(atoms);
  const [kind, channel, number, value, ...rest] = list[0] === MIDI_SELECTOR ? list.slice(1) : list;
  const ignored = (why: string): undefined => void onIgnored(`controller message "${list.join(" ")}" ignored: ${why}`);
  if (!isKind(kind) || value === undefined || rest.length > 0) {
    return ignored("not a note or CC as the input device sends them (are both Protocol0 devices of the same version?)");
  }
  if (!isInRange(channel, 1, 16)) return ignored("the channel must be 1 to 16");
  if (!isInRange(number, 0, 127) || !isInRange(value, 0, 127)) return ignored(`the ${kind === CC ? "CC" : "note"} number and value must be 0 to 127`);
  return { kind, channel, number, value };
}

export interface EncoderRouterOptions {
  store: MappingStore;
  clock: TickTimer;
  logger: Logger;
  warnings: ControllerWarnings;
  /** Usually ActionLists.run: an action, or a list of steps. */
  dispatch: (binding: Binding, context: ActionContext) => void;
}

export class EncoderRouter {
  private readonly byControl = new Map<string, Knob>();
  private readonly byNote = new Map<string, Knob>();
  private readonly byChannel = new Map<number, Knob[]>();

  constructor(private readonly options: EncoderRouterOptions) {
    options.store.onChange((mapping) => this.build(mapping));
    if (options.store.active !== undefined) this.build(options.store.active);
  }

  /** A `midi` message from the input device: checked, then routed to its encoder. */
  receive(atoms: ArrayLike<unknown>): void {
    this.guarded(() => {
      const event = readControllerMidi(atoms, (reason) => this.options.logger.debug(reason));
      if (event !== undefined) this.route(event);
    });
  }

  /**
   * Forgets what the controller holds (a sync: releases held back meanwhile would find nothing): a held push
   * is dropped without acting, a held shift ends, a single press waiting for a second push runs now.
   */
  forgetHeld(): void {
    for (const knobs of this.byChannel.values()) for (const knob of knobs) knob.forget();
  }

  private route({ kind, channel, number, value }: ControllerEvent): void {
    const encoder = (kind === CC ? this.byControl : this.byNote).get(addressKey(channel, number));
    if (encoder === undefined && kind === CC && number === ALL_NOTES_OFF_CC) {
      for (const knob of this.byChannel.get(channel) ?? []) knob.releaseHeld();
      return;
    }
    if (encoder === undefined) {
      // A release follows every press: the press said it already.
      if (kind === CC || value > 0) this.options.warnings.warn(`EC4 channel ${channel} ${kind === CC ? "CC" : "note"} ${number} is not mapped`);
      return;
    }
    if (kind === CC) encoder.turn(value);
    else if (value > 0) encoder.press();
    else encoder.release();
  }

  /** A new mapping starts with nothing held: the old knobs' waiting presses run first. */
  private build(mapping: MappingDocument): void {
    this.forgetHeld();
    this.byControl.clear();
    this.byNote.clear();
    this.byChannel.clear();
    const { clock, logger, warnings, dispatch } = this.options;
    const { relativeEncoding, longPressMs } = mapping;
    const env: EncoderEnvironment = { relativeEncoding, longPressMs, doublePressMs: doublePressMs(mapping), clock, logger, warnings, dispatch };
    for (const group of mapping.groups) {
      const { channel } = group.addressing;
      for (const [encoder, knob] of groupKnobs(group, env)) {
        this.byControl.set(addressKey(channel, encoder.cc), knob);
        this.byNote.set(addressKey(channel, encoderNote(encoder)), knob);
        const knobs = this.byChannel.get(channel) ?? [];
        this.byChannel.set(channel, knobs);
        knobs.push(knob);
      }
    }
  }

  private guarded(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.options.logger.error("controller input failed", error);
    }
  }
}

/** The group's knobs; the others follow its shift knob, if it has one. */
function groupKnobs(group: GroupMapping, env: EncoderEnvironment): [EncoderMapping, Knob][] {
  const ref = (encoder: EncoderMapping) => ({ group: group.name, position: encoder.position, label: encoder.label });
  const shiftEncoder = group.encoders.find((encoder) => encoder.role === "shift");
  const key = shiftEncoder && new ShiftKnob(ref(shiftEncoder), { press: shiftEncoder.press, scroll: shiftEncoder.scroll }, env);
  return group.encoders.map((encoder) => {
    if (encoder === shiftEncoder && key !== undefined) return [encoder, key];
    const { press, longPress, doublePress, scroll } = encoder;
    const shift = key && { key, actions: encoder.shift ?? {} };
    return [encoder, new MultiEncoder(ref(encoder), { press, longPress, doublePress, scroll }, shift, env)];
  });
}

function addressKey(channel: number, number: number): string {
  return `${channel}:${number}`;
}
