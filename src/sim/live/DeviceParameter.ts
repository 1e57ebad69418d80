// DeviceParameter (https://docs.cycling74.com/apiref/lom/deviceparameter/): a device's or a mixer's
// parameter. `value` is bounded by min and max; Live refuses a value outside them. How its writes join
// undo steps, with and without begin_gesture / end_gesture, is modelled in UndoHistory.ts.
//
// A live.remote~ may hold it (src/sim/max/LiveRemote.ts). Cycling '74's live.remote~ reference: while held
// "the parameter is disabled in Live ... the value in the Live set is not changed ... no undo steps are
// created"; the DeviceParameter page: is_enabled is 0 for a parameter "controlled by a live.remote~
// object". So `value` reads (and notifies) the stored value, Live plays the remote's (`played`), and a
// `set` while held is refused: the page says a disabled parameter cannot be changed "by sending set to a
// live.object"; whether Live refuses it or takes it silently is not said, and refusing is the cautious case.
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
    is_enabled: computed("bool", false, (o) => bool(o.remote === null)),
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
  /** The value the live.remote~ holding it last sent (its stored value until the first), or null when none holds it. */
  remote: number | null = null;

  constructor(core: LiveCore, readonly owner: LiveObject, private readonly segment: () => string, init: ParameterInit) {
    super(core);
    this.items = init.items ?? [];
    this.quantized = init.quantized ?? this.items.length > 0;
    this.min = init.min ?? 0;
    this.max = init.max ?? (this.items.length > 0 ? this.items.length - 1 : 1);
    this.defaultValue = init.default ?? this.min;
    this.values.name = init.name;
    const value = init.value ?? this.defaultValue;
    this.values.value = this.quantized ? value : Math.fround(value);
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

  /** What Live plays: the holding live.remote~'s value, else the stored one. */
  get played(): number {
    return this.remote ?? this.value;
  }

  /**
   * Live refuses values outside [min, max] (DeviceParameter.value: "min <= value <= max"), and keeps a
   * value as a 32-bit float: the XML of a Sampler preset saved by Live 12.1.11 holds Filter LegacyQ as
   * `<Manual Value="0.6999999881" />` with `<Min Value="0.3000000119" />`, 0.7 and 0.3 as 32-bit floats
   * (quoted in a public SwiftUI app's SamplerViewModel.swift). So a write of 0.51 reads back 0.50999999.
   */
  setValue(value: number, undoable: boolean): void {
    if (this.remote !== null && undoable) throw new LiveError(`${this.name}: the parameter is disabled (a live.remote~ controls it)`);
    if (value < this.min || value > this.max) {
      throw new LiveError(`${this.name}: invalid value ${value}, must be in [${this.min}, ${this.max}]`);
    }
    this.store(this.quantized ? Math.round(value) : value, undoable);
    if (this.name === "Device On") this.core.notify(this.owner, "is_active");
  }

  /** Keeps a new value (a 32-bit float unless quantized, see above), as an edit when `undoable`. */
  protected store(value: Atom, undoable: boolean): void {
    this.core.setValue(this, "value", this.quantized ? value : Math.fround(Number(value)), undoable, true);
  }

  /** str_for_value: the text of the value as Live would keep it (a 32-bit float). */
  text(value: number): string {
    return this.items.length > 0 ? (this.items[Math.round(value)] ?? "") : String(Math.fround(value));
  }
}
