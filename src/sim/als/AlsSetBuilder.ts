// Builds a set description (src/sim/live/SetDescription.ts) from a Live Set file's XML, one element at a time
// as the streaming parser meets them: nothing of the document is kept but the open elements' names and the
// track, clip or device being read. Where things are, in sets saved by Live 9 to 12:
//   LiveSet/Tracks/{MidiTrack|AudioTrack|GroupTrack|ReturnTrack}  Name/EffectiveName, TrackGroupId (the group's Id),
//     TrackUnfolded, DeviceChain/Mixer/{Speaker/Manual (off: muted), SoloSink},
//     DeviceChain/MainSequencer/{Recorder/IsArmed, MonitoringEnum, ClipSlotList/ClipSlot/ClipSlot/Value/{MidiClip|AudioClip}},
//     DeviceChain/{MidiInputRouting|AudioInputRouting}/{UpperDisplayString|LowerDisplayString}, DeviceChain/DeviceChain/Devices/*
//   LiveSet/{MasterTrack|MainTrack (Live 12)}/DeviceChain/Mixer/{Tempo/Manual, TimeSignature/Manual}
//   LiveSet/Scenes/Scene {Name, Tempo, IsTempoEnabled} (Live 11+); LiveSet/SceneNames/Scene Value="name" (Live 9, 10)
//   LiveSet/Locators/Locators/Locator/Time
// The FreezeSequencer's clip slots and the arrangement's clips sit elsewhere and are not read.
import type { ClipDescription, SetDescription, TrackDescription } from "../live/SetDescription";
import type { SceneInit } from "../live/Scene";
import { DeviceDraft } from "./AlsDevices";
import { ClipDraft } from "./AlsClip";
import { inputRouting } from "./AlsRouting";

type Attributes = Record<string, string>;

const TRACK_TAGS: Record<string, TrackDescription["type"]> = { MidiTrack: "midi", AudioTrack: "audio", GroupTrack: "group", ReturnTrack: "audio" };
const MASTER_TAGS = new Set(["MasterTrack", "MainTrack"]);
const CLIP_SLOTS = "DeviceChain/MainSequencer/ClipSlotList/ClipSlot";
const TRACK_DEVICES = "DeviceChain/DeviceChain/Devices";
/** Live 9 and 10 took a scene's tempo from its name ("Verse 128 BPM"): Live's manual, "Scene tempo and time signature". */
const NAME_TEMPO = /(\d+(?:\.\d+)?)\s*BPM/i;

interface TrackDraft {
  tag: string;
  depth: number;
  id: string;
  groupId: string;
  description: TrackDescription;
  routing: { midi: [string, string]; audio: [string, string] };
  slot: number;
  devices: DeviceDraft[];
}

/** Live's time signature number: numerator − 1 + 99 × log2(denominator) (201 is 4/4). */
function signature(code: number): [number, number] {
  return [(code % 99) + 1, 2 ** Math.floor(code / 99)];
}

export class AlsSetBuilder {
  private readonly path: string[] = [];
  private readonly tracks: TrackDraft[] = [];
  private track: TrackDraft | null = null;
  private master: { depth: number; devices: DeviceDraft[] } | null = null;
  private clip: { depth: number; draft: ClipDraft } | null = null;
  /** Open devices and chains, innermost last, each with the depth of its element. */
  private readonly deviceStack: { depth: number; device: DeviceDraft }[] = [];
  private readonly scenes: SceneInit[] = [];
  private readonly cues: number[] = [];
  private masterDevices: DeviceDraft[] = [];
  private tempo = 120;
  private signature: [number, number] = [4, 4];

  open(name: string, attributes: Attributes): void {
    const parent = this.path[this.path.length - 1];
    this.path.push(name);
    const depth = this.path.length;
    const value = attributes.Value;
    if (depth === 4 && parent === "Tracks" && TRACK_TAGS[name] !== undefined) return this.startTrack(name, depth, attributes.Id ?? "");
    if (depth === 3 && MASTER_TAGS.has(name)) this.master = { depth, devices: [] };
    if (this.clip !== null) return this.clip.draft.element(this.relative(this.clip.depth), attributes);
    if (parent === "Devices" && (this.track !== null || this.master !== null)) return this.startDevice(name, depth);
    if (parent === "Branches" && this.deviceStack.length > 0) this.currentDevice().chains.push({ name: "", devices: [] });
    if (this.deviceStack.length > 0) return value === undefined ? undefined : this.deviceValue(value);
    if (this.track !== null) return this.trackElement(this.relative(this.track.depth), value);
    if (value === undefined) return;
    if (this.master !== null) return this.masterValue(this.relative(this.master.depth), Number(value));
    this.setValue(this.path.slice(1).join("/"), value);
  }

  close(): void {
    const depth = this.path.length;
    if (this.clip?.depth === depth) {
      if (this.track !== null) this.track.description.clips?.push({ slot: this.track.slot, ...this.clip.draft.describe() } as ClipDescription);
      this.clip = null;
    } else if (this.deviceStack[this.deviceStack.length - 1]?.depth === depth) {
      this.deviceStack.pop();
    } else if (this.track?.depth === depth) {
      this.tracks.push(this.track);
      this.track = null;
    } else if (this.master?.depth === depth) {
      this.masterDevices = this.master.devices;
      this.master = null;
    }
    this.path.pop();
  }

  /** The set read: groups hold the tracks that name them, in the order Live lists them. */
  describe(): SetDescription {
    const byId = new Map<string, TrackDescription>();
    const top: TrackDescription[] = [];
    const returns: TrackDescription[] = [];
    for (const draft of this.tracks) {
      const { description } = draft;
      const midi = description.type === "midi";
      const [type, channel] = midi ? draft.routing.midi : draft.routing.audio;
      if (draft.tag !== "ReturnTrack") Object.assign(description, inputRouting(description.type, type, channel));
      const seen = { value: false };
      description.devices = draft.devices.map((d) => d.describe(seen, midi));
      byId.set(draft.id, description);
      if (draft.tag === "ReturnTrack") returns.push(description);
      else (byId.get(draft.groupId)?.tracks ?? top).push(description);
    }
    const seen = { value: false };
    return {
      tempo: this.tempo,
      signature: this.signature,
      scenes: this.scenes,
      tracks: top,
      returns,
      master: { devices: this.masterDevices.map((d) => d.describe(seen, false)) },
      cues: [...this.cues].sort((a, b) => a - b),
    };
  }

  private relative(from: number): string {
    return this.path.slice(from).join("/");
  }

  private startTrack(tag: string, depth: number, id: string): void {
    const type = TRACK_TAGS[tag] ?? "audio";
    const description: TrackDescription = { name: "", type, clips: [] };
    if (type === "group") description.tracks = [];
    this.track = { tag, depth, id, groupId: "-1", description, routing: { midi: ["", ""], audio: ["", ""] }, slot: -1, devices: [] };
  }

  private startDevice(name: string, depth: number): void {
    const device = new DeviceDraft(name);
    const outer = this.deviceStack[this.deviceStack.length - 1];
    if (outer !== undefined) {
      const chains = outer.device.chains;
      chains[chains.length - 1]?.devices.push(device);
    } else if (this.track !== null && this.relative(this.track.depth) === `${TRACK_DEVICES}/${name}`) {
      this.track.devices.push(device);
    } else if (this.master !== null && this.track === null) {
      this.master.devices.push(device);
    }
    this.deviceStack.push({ depth, device });
  }

  private currentDevice(): DeviceDraft {
    return (this.deviceStack[this.deviceStack.length - 1] as { device: DeviceDraft }).device;
  }

  private deviceValue(value: string): void {
    const top = this.deviceStack[this.deviceStack.length - 1] as { depth: number; device: DeviceDraft };
    const path = this.relative(top.depth);
    const chain = /^Branches\/\w+\/Name(\/EffectiveName)?$/.exec(path);
    const chains = top.device.chains;
    const last = chains[chains.length - 1];
    if (chain !== null && last !== undefined) last.name = value;
    else top.device.named(path, value);
  }

  private trackElement(path: string, value: string | undefined): void {
    const track = this.track as TrackDraft;
    const d = track.description;
    if (path === CLIP_SLOTS) track.slot++;
    else if (/^DeviceChain\/MainSequencer\/ClipSlotList\/ClipSlot\/ClipSlot\/Value\/(MidiClip|AudioClip)$/.test(path)) {
      this.clip = { depth: this.path.length, draft: new ClipDraft(path.endsWith("MidiClip")) };
    } else if (value === undefined) return;
    else if (path === "Name/EffectiveName") d.name = value;
    else if (path === "TrackGroupId") track.groupId = value;
    else if (path === "TrackUnfolded" && d.type === "group") d.folded = value === "false";
    else if (path === "DeviceChain/MainSequencer/Recorder/IsArmed") d.arm = value === "true";
    else if (path === "DeviceChain/MainSequencer/MonitoringEnum") d.monitoring = Number(value) as 0 | 1 | 2;
    else if (path === "DeviceChain/Mixer/Speaker/Manual") d.mute = value === "false";
    else if (path === "DeviceChain/Mixer/SoloSink") d.solo = value === "true";
    else {
      const routing = /^DeviceChain\/(Midi|Audio)InputRouting\/(Upper|Lower)DisplayString$/.exec(path);
      if (routing !== null) track.routing[routing[1] === "Midi" ? "midi" : "audio"][routing[2] === "Upper" ? 0 : 1] = value;
    }
  }

  private masterValue(path: string, value: number): void {
    if (path === "DeviceChain/Mixer/Tempo/Manual") this.tempo = value;
    else if (path === "DeviceChain/Mixer/TimeSignature/Manual") this.signature = signature(value);
  }

  private setValue(path: string, value: string): void {
    const scene = this.scenes[this.scenes.length - 1];
    if (path === "LiveSet/SceneNames/Scene") {
      const tempo = NAME_TEMPO.exec(value);
      this.scenes.push({ name: value, ...(tempo !== null && { tempo: Number(tempo[1]) }) });
    } else if (path === "LiveSet/Scenes/Scene/Name") this.scenes.push({ name: value });
    else if (path === "LiveSet/Scenes/Scene/Tempo" && scene !== undefined) scene.tempo = Number(value);
    else if (path === "LiveSet/Scenes/Scene/IsTempoEnabled" && scene !== undefined && value !== "true") delete scene.tempo;
    else if (path === "LiveSet/Locators/Locators/Locator/Time") this.cues.push(Number(value));
  }
}
