// Device, RackDevice and Chain (https://docs.cycling74.com/apiref/lom/device/,
// https://docs.cycling74.com/apiref/lom/rackdevice/, https://docs.cycling74.com/apiref/lom/chain/).
// A device's first parameter is "Device On"; is_active follows it.
import type { LomClass } from "./LiveObject";
import type { LiveCore } from "./LiveCore";
import type { ParameterInit } from "./DeviceParameter";
import { DeviceParameter } from "./DeviceParameter";
import { LiveError, LiveObject, bool, children, computed, field, lomClass, numberArg, without } from "./LiveObject";
import { RackVariations } from "./RackVariations";
import { MaxBanks, type BankInit } from "./MaxBanks";

export type DeviceType = "instrument" | "audio_effect" | "midi_effect";

/** Device.type in the LOM: 0 undefined, 1 instrument, 2 audio_effect, 4 midi_effect. */
const TYPE_CODES: Record<DeviceType, number> = { instrument: 1, audio_effect: 2, midi_effect: 4 };

export interface DeviceInit {
  name: string;
  className?: string;
  type?: DeviceType;
  parameters?: ParameterInit[];
  /** Present on racks (can_have_chains = 1). */
  chains?: ChainInit[];
  /** A rack's visible macros (8 unless given) and stored macro variations (RackVariations.ts). */
  visibleMacros?: number;
  variations?: number[][];
  /** A Max device's declared parameter banks (MaxBanks.ts). */
  banks?: BankInit[];
}

export interface ChainInit {
  name: string;
  devices?: DeviceInit[];
}

/** Something holding a device list (a track or a chain). */
export interface DeviceHost extends LiveObject {
  readonly devices: Device[];
}

const RACK_DEVICE: LomClass<LiveObject> = lomClass<Device>({
  name: "RackDevice",
  description: "This class represents a Live device.",
  props: {
    name: field("name", "symbol", true),
    class_name: field("class_name", "symbol", false),
    class_display_name: field("class_name", "symbol", false),
    type: computed("int", false, (o) => [o.typeCode]),
    is_active: computed("bool", true, (o) => bool(o.isActive)),
    parameters: children("DeviceParameter", (o) => o.parameters, true),
    can_have_chains: computed("bool", false, (o) => bool(o.chains !== null)),
    can_have_drum_pads: computed("bool", false, () => [0]),
    chains: children("Chain", (o) => o.chains ?? [], true),
    return_chains: children("Chain", () => [], true),
    has_macro_mappings: computed("bool", true, () => [0]),
    visible_macro_count: computed("int", true, (o) => [o.visibleMacros]),
    variation_count: computed("int", true, (o) => [o.variations?.count ?? 0]),
    selected_variation_index: {
      type: "int",
      observe: false,
      get: (o) => [o.variations?.selected ?? -1],
      set: (o, args) => o.variations?.select(numberArg(args, 0, "selected_variation_index")),
    },
  },
  fns: {
    store_variation: { write: true, call: (o) => o.variations?.store() },
    recall_selected_variation: { write: true, call: (o) => o.variations?.recall() },
  },
});

const RACK_ONLY = ["chains", "return_chains", "has_macro_mappings", "visible_macro_count", "variation_count", "selected_variation_index", "store_variation", "recall_selected_variation"];
const DEVICE = without(RACK_DEVICE, "Device", RACK_ONLY);

/** A Max for Live device (class_name MxDevice…: Cycling '74's Device page): a Device with its banks, reads kept out of undo. */
const MAX_DEVICE: LomClass<LiveObject> = lomClass<Device>({
  ...(DEVICE as LomClass<Device>),
  name: "MaxDevice",
  description: "This class represents a Max for Live device.",
  fns: {
    ...(DEVICE.fns as LomClass<Device>["fns"]),
    get_bank_count: { write: false, call: (o) => [o.banks.count] },
    get_bank_name: { write: false, call: (o, args) => [o.banks.name(numberArg(args, 0, "bank_index"))] },
    get_bank_parameters: { write: false, call: (o, args) => o.banks.parameters(numberArg(args, 0, "bank_index")) },
  },
});

export class Device extends LiveObject {
  readonly parameters: DeviceParameter[];
  readonly chains: Chain[] | null;
  readonly typeCode: number;
  readonly visibleMacros: number;
  readonly variations: RackVariations | null;
  readonly banks: MaxBanks;
  private readonly deviceType: DeviceType | undefined;

  constructor(core: LiveCore, readonly host: DeviceHost, init: DeviceInit) {
    super(core);
    this.values.name = init.name;
    this.values.class_name = init.className ?? (init.chains ? "InstrumentGroupDevice" : init.name);
    this.deviceType = init.type;
    this.typeCode = init.type ? TYPE_CODES[init.type] : 0;
    const on: ParameterInit = { name: "Device On", value: 1, min: 0, max: 1, quantized: true, items: ["Off", "On"], default: 1 };
    this.parameters = [];
    for (const p of [on, ...(init.parameters ?? [])]) {
      const parameter: DeviceParameter = new DeviceParameter(core, this, () => `parameters ${this.parameters.indexOf(parameter)}`, p);
      this.parameters.push(parameter);
    }
    this.chains = init.chains ? init.chains.map((c) => new Chain(core, this, c)) : null;
    this.visibleMacros = init.visibleMacros ?? 8;
    this.variations = this.chains ? new RackVariations(this, this.parameters, init.variations) : null;
    this.banks = new MaxBanks(init.banks);
  }

  get lom(): LomClass<LiveObject> {
    if (this.chains) return RACK_DEVICE;
    return String(this.values.class_name).startsWith("MxDevice") ? MAX_DEVICE : DEVICE;
  }
  get parent(): LiveObject {
    return this.host;
  }
  pathSegment(): string {
    return `devices ${this.host.devices.indexOf(this)}`;
  }
  override ownedObjects(): readonly LiveObject[] {
    return [...this.parameters, ...(this.chains ?? [])];
  }

  get name(): string {
    return String(this.values.name);
  }
  get isActive(): boolean {
    return this.parameters[0].value !== 0;
  }

  describe(): DeviceInit {
    return {
      name: this.name,
      className: String(this.values.class_name),
      ...(this.deviceType ? { type: this.deviceType } : {}),
      parameters: this.parameters.slice(1).map((p) => ({
        name: p.name,
        value: p.value,
        min: p.min,
        max: p.max,
        quantized: p.quantized,
        items: [...p.items],
        default: p.defaultValue,
      })),
      ...(this.chains ? { chains: this.chains.map((c) => c.describe()), visibleMacros: this.visibleMacros, variations: this.variations!.describe() } : {}),
      ...(this.banks.count > 0 ? { banks: this.banks.describe() } : {}),
    };
  }
}

const CHAIN: LomClass<LiveObject> = lomClass<Chain>({
  name: "Chain",
  description: "This class represents a group device chain in Live.",
  props: {
    name: field("name", "symbol", true),
    color: field("color", "int", true),
    color_index: field("color_index", "int", true),
    devices: children("Device", (o) => o.devices, true),
    mute: field("mute", "bool", true),
    solo: field("solo", "bool", true, (_o, args) => (Number(args[0]) ? 1 : 0)),
    muted_via_solo: computed("bool", true, () => [0]),
    has_audio_input: computed("bool", false, () => [0]),
    has_audio_output: computed("bool", false, () => [1]),
    has_midi_input: computed("bool", false, () => [0]),
    has_midi_output: computed("bool", false, () => [0]),
    is_auto_colored: field("is_auto_colored", "bool", true, (_o, args) => (Number(args[0]) ? 1 : 0)),
  },
  fns: {
    delete_device: {
      write: true,
      call: (o, args) => o.deleteDevice(Number(args[0])),
    },
  },
});

export class Chain extends LiveObject implements DeviceHost {
  readonly devices: Device[];

  constructor(core: LiveCore, readonly rack: Device, init: ChainInit) {
    super(core);
    Object.assign(this.values, { name: init.name, color: 0, color_index: 0, mute: 0, solo: 0, is_auto_colored: 1 });
    this.devices = (init.devices ?? []).map((d) => new Device(core, this, d));
  }

  get lom(): LomClass<LiveObject> {
    return CHAIN;
  }
  get parent(): LiveObject {
    return this.rack;
  }
  pathSegment(): string {
    return `chains ${this.rack.chains!.indexOf(this)}`;
  }
  override ownedObjects(): readonly LiveObject[] {
    return this.devices;
  }

  deleteDevice(index: number): void {
    removeDevice(this, index);
  }

  describe(): ChainInit {
    return { name: String(this.values.name), devices: this.devices.map((d) => d.describe()) };
  }
}

/**
 * A device dropped from the browser at `index` (the end by default), as the musician does: Track.devices
 * is observable, so its observers hear of it (https://docs.cycling74.com/apiref/lom/track/); later
 * devices' paths move; undo deletes it.
 */
export function insertDevice(host: DeviceHost, init: DeviceInit, index = host.devices.length): Device {
  const device = new Device(host.core, host, init);
  host.devices.splice(index, 0, device);
  host.core.markStructureChanged();
  host.core.undo.record(`insert ${device} into ${host}`, () => removeDevice(host, host.devices.indexOf(device)));
  host.core.notify(host, "devices");
  return device;
}

/** Track.delete_device / Chain.delete_device: "Delete the device at the given index" (undo re-creates it). */
export function removeDevice(host: DeviceHost, index: number): void {
  const device = host.devices[index];
  if (!device) throw new LiveError(`delete_device: index ${index} out of range (${host.devices.length} devices)`);
  const init = device.describe();
  host.devices.splice(index, 1);
  host.core.kill(device);
  host.core.undo.record(`delete ${device} from ${host}`, () => {
    host.devices.splice(index, 0, new Device(host.core, host, init));
    host.core.markStructureChanged();
    host.core.notify(host, "devices");
  });
  host.core.notify(host, "devices");
}
