// A device of a Live Set file as the LOM shows it. The element's tag is the device's class (Device.class_name:
// "OriginalSimpler", "ProxyInstrumentDevice", "PluginDevice", "AuPluginDevice", "MxDeviceMidiEffect", …);
// the name Live shows is the UserName when the musician renamed it, else the plug-in's or the Max device's
// file name, else (for Live's own devices, whose display names the file does not hold) the class.
import type { DeviceInit, DeviceType } from "../live/Device";

/** Live's instruments by class (the LOM's Device.type 1), as their tags appear in sets of Live 9 to 12. */
const INSTRUMENTS = new Set([
  "OriginalSimpler", "MultiSampler", "InstrumentGroupDevice", "DrumGroupDevice", "Operator", "UltraAnalog",
  "InstrumentImpulse", "Collision", "LoungeLizard", "StringStudio", "InstrumentVector", "Drift", "Tension",
  "ProxyInstrumentDevice", "MxDeviceInstrument", "MeldDevice", "DrumSampler", "Roar",
]);

/** Live's MIDI effects by class (Device.type 4). */
const MIDI_EFFECTS = new Set([
  "MidiArpeggiator", "MidiChord", "MidiNoteLength", "MidiPitcher", "MidiRandom", "MidiScale", "MidiVelocity",
  "MidiEffectGroupDevice", "MxDeviceMidiEffect",
]);

const PLUGINS = new Set(["PluginDevice", "AuPluginDevice"]);

/** A device read so far: its class, and the names the file gives it. */
export class DeviceDraft {
  userName = "";
  /** The plug-in's or the Max device's own name. */
  ownName = "";
  readonly chains: { name: string; devices: DeviceDraft[] }[] = [];

  constructor(readonly className: string) {}

  get isRack(): boolean {
    return this.className.endsWith("GroupDevice");
  }

  /** Relative paths (from the device element) whose Value names it. */
  named(path: string, value: string): void {
    if (path === "UserName") this.userName = value;
    else if (/^PluginDesc\/(VstPluginInfo\/PlugName|Vst3PluginInfo\/Name|AuPluginInfo\/Name)$/.test(path)) this.ownName = value;
    // A Max for Live device names itself after its .amxd file.
    else if (/^PatchSlot\/.*FileRef\/Name$/.test(path) && this.ownName === "") this.ownName = value.replace(/\.amxd$/i, "");
  }

  /**
   * The device as the simulator builds it. A plug-in's kind is not in the file: on a MIDI track the first
   * plug-in before any instrument is taken as the instrument (MIDI turns into audio there), others as effects.
   */
  describe(instrumentSeen: { value: boolean }, midi: boolean): DeviceInit {
    let type: DeviceType = INSTRUMENTS.has(this.className) ? "instrument" : MIDI_EFFECTS.has(this.className) ? "midi_effect" : "audio_effect";
    if (PLUGINS.has(this.className) && midi && !instrumentSeen.value) type = "instrument";
    if (type === "instrument") instrumentSeen.value = true;
    const name = this.userName !== "" ? this.userName : this.ownName !== "" ? this.ownName : this.className;
    const device: DeviceInit = { name, className: this.className, type };
    if (this.isRack) {
      device.chains = this.chains.map((chain) => {
        const seen = { value: false };
        return { name: chain.name, devices: chain.devices.map((d) => d.describe(seen, midi)) };
      });
    }
    return device;
  }
}
