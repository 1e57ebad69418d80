// DeviceParameter (https://docs.cycling74.com/apiref/lom/deviceparameter/): a device's or a mixer's
// parameter. `value` is bounded by min and max; Live refuses a value outside them. How its writes join
// undo steps, with and without begin_gesture / end_gesture, is modelled in UndoHistory.ts.
import type { LomClass } from "./LiveObject";
import type { LiveCore } from "./LiveCore";
import type { Atom } from "./LiveObject";
import { LiveError, LiveObject, bool, computed, field, lomClass, numberArg } from "./LiveObject";

export interface ParameterInit {
  name: string;
  value?: number;
  min?: number;
  max?: number;
  /** Quantized parameters step through `items` (or whole numbers). */
  quantized?: boolean;
  items?: string[];
  default?: number;
}

const DEVICE_PARAMETER: LomClass<LiveObject> = lomClass<DeviceParameter>({
  name: "DeviceParameter",
  description: "This class represents an (automatable) parameter within a MIDI or audio device.",
  props: {
    name: field("name", "symbol", true),
    original_name: field("name", "symbol", false),
    value: {
      type: "float",
      observe: true,
      get: (o) => [o.value],
      set: (o, args) => o.setValue(numberArg(args, 0, "value"), true),
    },
    display_value: {
      type: "float",
      observe: true,
      get: (o) => [o.value],
      set: (o, args) => o.setValue(numberArg(args, 0, "display_value"), true),
    },
    min: computed("float", false, (o) => [o.min]),
    max: computed("float", false, (o) => [o.max]),
    default_value: computed("float", false, (o) => [o.defaultValue]),
    is_quantized: computed("bool", false, (o) => bool(o.quantized)),
    value_items: computed("StringVector", false, (o) => [...o.items]),
    short_value_items: computed("StringVector", false, (o) => [...o.items]),
    is_enabled: computed("bool", false, () => [1]),
    state: computed("int", true, () => [0]),
    automation_state: computed("int", true, () => [0]),
  },
  fns: {
    str_for_value: { write: false, call: (o, args) => o.text(numberArg(args, 0, "str_for_value")) },
    begin_gesture: { write: true, call: (o) => o.core.undo.beginGesture(o) },
    end_gesture: { write: true, call: (o) => o.core.undo.endGesture(o) },
    re_enable_automation: { write: true, call: () => undefined },
  },
});

export class DeviceParameter extends LiveObject {
  readonly min: number;
  readonly max: number;
  readonly quantized: boolean;
  readonly items: readonly string[];
  readonly defaultValue: number;

  constructor(core: LiveCore, readonly owner: LiveObject, private readonly segment: () => string, init: ParameterInit) {
    super(core);
    this.items = init.items ?? [];
    this.quantized = init.quantized ?? this.items.length > 0;
    this.min = init.min ?? 0;
    this.max = init.max ?? (this.items.length > 0 ? this.items.length - 1 : 1);
    this.defaultValue = init.default ?? this.min;
    this.values.name = init.name;
    this.values.value = init.value ?? this.defaultValue;
  }

  get lom(): LomClass<LiveObject> {
    return DEVICE_PARAMETER;
  }
  get parent(): LiveObject {
    return this.owner;
  }
  pathSegment(): string {
    return this.segment();
  }

  get name(): string {
    return String(this.values.name);
  }
  get value(): number {
    return Number(this.values.value);
  }

  /** Live refuses values outside [min, max] (DeviceParameter.value: "min <= value <= max"). */
  setValue(value: number, undoable: boolean): void {
    if (value < this.min || value > this.max) {
      throw new LiveError(`${this.name}: invalid value ${value}, must be in [${this.min}, ${this.max}]`);
    }
    const stored: Atom = this.quantized ? Math.round(value) : value;
    this.core.setValue(this, "value", stored, undoable, true);
    if (this.name === "Device On") this.core.notify(this.owner, "is_active");
  }

  text(value: number): string {
    return this.items.length > 0 ? (this.items[Math.round(value)] ?? "") : String(value);
  }
}
