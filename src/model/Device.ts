import { LiveObject } from "./LiveObject";
import type { DeviceParameter } from "./DeviceParameter";
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
}
