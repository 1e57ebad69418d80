// Live's own Max for Live bridge, which answers every LiveAPI request: _MxDCore in Live's MIDI Remote
// Scripts (decompiled, public: gluon/AbletonLive12_MIDIRemoteScripts, _MxDCore/MxDCore.py and LomTypes.py;
// gluon/AbletonLive11_MIDIRemoteScripts for 11.2). For each Python type, LomTypes.EXPOSED_TYPE_PROPERTIES
// lists the names Max may reach (committed per version in src/lom/lomData.json; the lists flatten
// inheritance: RackDevice's holds Device's names). What the bridge checks, and where (MxDCore.py, 12.0.1):
// - get (obj_get), set (obj_set → _set_property_value) and call (obj_call → _object_default_call_handler and
//   the notes handlers) first run LomTypes.verify_object_property, which raises LomAttributeError
//   "'<type>' object has no attribute '<name>'" (`lom_object.__class__.__name__`: `View` for Song.View);
//   the handler posts it with _print_error (manager.print_message(…, "error", text)) and changes nothing;
// - info (obj_get_info → LomUtils.LomInformation) lists only the exposed names;
// - observing (`property`, _observer_install_listener) and getcount (path_get_count) do NOT consult the
//   list: they look for `<name>_has_listener` and the attribute on the Python object (old_hasattr). So
//   neither refuses a name here; the project keeps to exposed names anyway (tests/platform/BridgeNames.test.ts);
// - a name with a min_epii_version is exposed only when Max's interface version (MxDCore.set_manager:
//   manager.get_epii_version()) is at least it (get_exposed_properties_for_type). The gated names are
//   Live 11's note API and the routings as JSON, (4, 3) and (4, 4). No public table gives a Max's epii;
//   the device needs Max 8.6 (README, "Versions"), newer than the Live 11.0 that brought the note API
//   (Cycling '74's Clip page), so the simulated Max is new enough for every one: all are exposed.
import data from "../../lom/lomData.json";
import type { BridgeVersion, LomData } from "../../lom/LomData";
import { bridgeExposes } from "../../lom/LomData";
import type { LiveObject } from "./LiveObject";
import { LiveError } from "./LiveObject";

// The JSON's inferred type has plain arrays where LomData has tuples.
const LOM_DATA = data as unknown as LomData;

/** Which Live's bridge the simulated Live is, and what a hypothetical one adds. */
export interface BridgeOptions {
  /** Live 12.0 (the default) or Live 11.2: their bridges' lists differ (11.2 lacks Song.name, Drift…). */
  live?: BridgeVersion;
  /**
   * HYPOTHETICAL: names a Live whose bridge exposes more than 11.2's and 12.0's would add, per whitelist
   * class (`{ Song: ["begin_undo_step", "end_undo_step"] }`). No known Live does; only tests of what the
   * device does when the platform probe finds such names use it. Never the default.
   */
  bridgeAdds?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The Python type of a device, by its class_name where that type is a subclass of Device (Cycling '74's
 * Device page: class_name is "MxDeviceAudioEffect", "PluginDevice"…; the instruments and effects whose
 * subclasses LomTypes lists). Any other device is a Device, or a RackDevice when it has chains.
 */
const DEVICE_TYPES: Record<string, string> = {
  MxDeviceAudioEffect: "MaxDevice",
  MxDeviceMidiEffect: "MaxDevice",
  MxDeviceInstrument: "MaxDevice",
  PluginDevice: "PluginDevice",
  AuPluginDevice: "PluginDevice",
  InstrumentGroupDevice: "RackDevice",
  AudioEffectGroupDevice: "RackDevice",
  MidiEffectGroupDevice: "RackDevice",
  DrumGroupDevice: "RackDevice",
  OriginalSimpler: "SimplerDevice",
  InstrumentVector: "WavetableDevice",
  Eq8: "Eq8Device",
  Compressor2: "CompressorDevice",
  Drift: "DriftDevice",
  Meld: "MeldDevice",
  Roar: "RoarDevice",
};

export class Bridge {
  readonly version: BridgeVersion;
  private readonly adds: Readonly<Record<string, readonly string[]>>;
  /** Every name LiveAPI was asked to get, set, call, count or observe, by Python type (for tests to audit). */
  readonly asked = new Map<string, Set<string>>();

  constructor(options: BridgeOptions = {}) {
    this.version = options.live ?? "12.0";
    this.adds = options.bridgeAdds ?? {};
  }

  /** The key of the object's Python type in EXPOSED_TYPE_PROPERTIES. */
  typeOf(o: LiveObject): string {
    const name = o.lom.name;
    // A drum rack's chains are DrumChains (LomTypes lists both).
    if (name === "Chain") return o.parent?.values.class_name === "DrumGroupDevice" ? "DrumChain" : name;
    if (name !== "Device" && name !== "RackDevice") return name;
    return DEVICE_TYPES[String(o.values.class_name)] ?? name;
  }

  /** Python's `__class__.__name__` of the object, which `type` and `info` answer (MxDCore.get_object_type_name): `View` for Song.View. */
  pythonName(o: LiveObject): string {
    return this.typeOf(o).split(".").pop()!;
  }

  /** Whether the bridge answers `name` on `o`. */
  exposes(o: LiveObject, name: string): boolean {
    const type = this.typeOf(o);
    return bridgeExposes(LOM_DATA, type, name, this.version) || (this.adds[type]?.includes(name) ?? false);
  }

  /** Notes a name asked of `o` where the bridge does not check it (observe, getcount). */
  note(o: LiveObject, name: string): void {
    const type = this.typeOf(o);
    let names = this.asked.get(type);
    if (!names) this.asked.set(type, (names = new Set()));
    names.add(name);
  }

  /** Throws the bridge's refusal of a name it does not expose (verify_object_property). */
  verify(o: LiveObject, name: string): void {
    this.note(o, name);
    if (this.exposes(o, name)) return;
    throw new BridgeRefusal(`'${this.pythonName(o)}' object has no attribute '${name}'`);
  }
}

/** The bridge's LomAttributeError: posted as it is, without the operation's name. */
export class BridgeRefusal extends LiveError {}
