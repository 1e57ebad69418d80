import type { Answer } from "./Answer";
import { LiveObject } from "./LiveObject";
import type { DeviceParameter } from "./DeviceParameter";
import { loadChild, readAfresh, type Load } from "./Load";
import type { LiveObjects } from "./LiveObjects";
import type { Mirror } from "../lom/Mirror";

/** LOM Device.type of an instrument: 0 undefined, 1 instrument, 2 audio effect, 4 MIDI effect (https://docs.cycling74.com/apiref/lom/device/). */
const INSTRUMENT_TYPE = 1;
/**
 * Live's class name of the External Instrument, which plays a hardware synth: the original names it so
 * (Protocol0-Ableton-Remote-Script, domain/lom/device/DeviceEnum.py, `class_name`; the External Audio
 * Effect is `ProxyAudioEffectDevice`, an audio effect, so never an instrument).
 */
const EXTERNAL_INSTRUMENT_CLASS = "ProxyInstrumentDevice";
/** A device's first parameter, which switches it on and off (Cycling '74's Device page: is_active follows it). */
const DEVICE_ON = "Device On";

const DEVICE_TYPES = { 1: "instrument", 2: "audio_effect", 4: "midi_effect" } as const;
export type DeviceType = (typeof DEVICE_TYPES)[keyof typeof DEVICE_TYPES];

export class Device extends LiveObject<"Device"> {
  constructor(
    id: number,
    mirror: Mirror,
    private readonly objects: LiveObjects,
  ) {
    super(id, mirror, "Device");
  }

  get name(): string {
    return this.prop("name") ?? "";
  }
  get className(): string {
    return this.prop("class_name") ?? "";
  }
  get isActive(): boolean {
    return this.prop("is_active") ?? false;
  }
  /** An instrument that makes its own sound: any instrument but the External Instrument. */
  get isSoundSource(): boolean {
    return this.prop("type") === INSTRUMENT_TYPE && this.className !== EXTERNAL_INSTRUMENT_CLASS;
  }
  /** Live's Device.type by name; undefined for 0 (undefined) or while not read. */
  get deviceType(): DeviceType | undefined {
    const type = this.prop("type");
    return type === 1 || type === 2 || type === 4 ? DEVICE_TYPES[type] : undefined;
  }
  get canHaveChains(): boolean {
    return this.prop("can_have_chains") ?? false;
  }

  parameters(): DeviceParameter[] {
    return this.childIds("parameters").map((id) => this.objects.parameter(id));
  }
  /** Its parameters, loaded for whoever asks until released (the focus holds the selected device's). */
  loadParameters(): Load {
    return loadChild(this.mirror, this.id, "parameters");
  }
  /** Its on / off switch, its first parameter; null before its parameters are loaded. */
  onSwitch(): DeviceParameter | null {
    const first = this.parameters()[0];
    return first?.name === DEVICE_ON ? first : null;
  }

  /** A Max for Live device (class_name MxDeviceAudioEffect, MxDeviceMidiEffect, MxDeviceInstrument): it may declare banks. */
  get isMaxDevice(): boolean {
    return this.className.startsWith("MxDevice");
  }
  /** A rack's visible macros (RackDevice.visible_macro_count); 0 for any other device. */
  get visibleMacroCount(): number {
    return this.prop("visible_macro_count") ?? 0;
  }
  get variationCount(): number {
    return this.prop("variation_count") ?? 0;
  }
  /** The rack's chosen macro variation; -1 when none. */
  get selectedVariation(): number {
    return this.prop("selected_variation_index") ?? -1;
  }
  /** Live does not notify the chosen variation (Cycling '74's RackDevice page: get and set only): read afresh. */
  readVariation(): Load {
    return readAfresh(this.mirror, this.id, "Device", "selected_variation_index");
  }
  selectVariation(index: number): Answer {
    return this.mirror.set(this.id, "RackDevice", "selected_variation_index", index);
  }
  recallVariation(): Answer {
    return this.mirror.call(this.id, "RackDevice", "recall_selected_variation");
  }
  /** Stores the macros' values as a new variation; Live counts it in variation_count, observed while listened to. */
  storeVariation(): Answer {
    return this.mirror.call(this.id, "RackDevice", "store_variation");
  }

  /**
   * A Max device's declared banks (MaxDevice.get_bank_count, get_bank_name, get_bank_parameters: the
   * parameters' indices, -1 an empty slot), read in one batch of 1 + 2 × banks calls; none when Live refuses.
   */
  async declaredBanks(): Promise<{ name: string; indices: number[] }[]> {
    const count = Number((await this.ask("get_bank_count"))[0] ?? 0);
    const banks = Array.from({ length: Number.isInteger(count) ? count : 0 }, (_, index) =>
      Promise.all([this.ask("get_bank_name", index), this.ask("get_bank_parameters", index)]).then(([name, indices]) => ({
        name: name.join(" ") || `Bank ${index + 1}`,
        indices: indices.map(Number),
      })),
    );
    return Promise.all(banks);
  }

  private async ask(fn: "get_bank_count" | "get_bank_name" | "get_bank_parameters", ...index: [] | [number]): Promise<unknown[]> {
    const outcome = await (fn === "get_bank_count" ? this.mirror.call(this.id, "MaxDevice", fn) : this.mirror.call(this.id, "MaxDevice", fn, index as [number])).take();
    const reply = outcome.kind === "accepted" ? outcome.reply : undefined;
    return Array.isArray(reply) ? reply : reply === undefined || reply === null ? [] : [reply];
  }
}

