// MixerDevice (https://docs.cycling74.com/apiref/lom/mixerdevice/): a track's volume, panning, sends and
// Track Activator as DeviceParameters; the master's also carries the song tempo and the crossfader, the
// others their crossfade_assign (get, set, observe: 0 = A, 1 = none, 2 = B, "not in master track").
import type { LomClass } from "./LiveObject";
import { DeviceParameter } from "./DeviceParameter";
import type { ParameterInit } from "./DeviceParameter";
import type { LiveCore } from "./LiveCore";
import type { Atom } from "./LiveObject";
import { LiveObject, asNumberIn, child, children, field, lomClass, without } from "./LiveObject";
import type { Track } from "./Track";

const MIXER: LomClass<LiveObject> = lomClass<MixerDevice>({
  name: "MixerDevice",
  description: "This class represents a mixer device in Live.",
  props: {
    volume: child("DeviceParameter", (o) => o.volume),
    panning: child("DeviceParameter", (o) => o.panning),
    sends: children("DeviceParameter", (o) => o.sends, true),
    track_activator: child("DeviceParameter", (o) => o.trackActivator),
    song_tempo: child("DeviceParameter", (o) => o.songTempo),
    crossfader: child("DeviceParameter", (o) => o.crossfader),
    cue_volume: child("DeviceParameter", (o) => o.cueVolume),
    crossfade_assign: field("crossfade_assign", "int", true, asNumberIn(0, 2, true)),
  },
  fns: {},
});

const MASTER_MIXER = without(MIXER, "MixerDevice", ["crossfade_assign"]);
const TRACK_MIXER = without(MIXER, "MixerDevice", ["song_tempo", "crossfader", "cue_volume"]);

/**
 * The master's song_tempo: Song.tempo as a DeviceParameter, one value (MixerDevice page: "song_tempo:
 * DeviceParameter [of the] master track only"), so a live.remote~ can hold the tempo like any parameter.
 */
class SongTempo extends DeviceParameter {
  override get value(): number {
    return Number(this.core.song.values.tempo);
  }
  protected override store(value: Atom, undoable: boolean): void {
    this.core.setValue(this.core.song, "tempo", value, undoable);
    this.core.notify(this, "value");
  }
}

export class MixerDevice extends LiveObject {
  readonly volume: DeviceParameter;
  readonly panning: DeviceParameter;
  readonly sends: DeviceParameter[];
  readonly trackActivator: DeviceParameter;
  readonly songTempo: DeviceParameter | null;
  readonly crossfader: DeviceParameter | null;
  readonly cueVolume: DeviceParameter | null;

  constructor(core: LiveCore, readonly track: Track, sendCount: number) {
    super(core);
    if (track.kind !== "master") this.values.crossfade_assign = 1;
    const param = (segment: string, init: ParameterInit) => new DeviceParameter(core, this, () => segment, init);
    this.volume = param("volume", { name: "Track Volume", value: 0.85, min: 0, max: 1, default: 0.85 });
    this.panning = param("panning", { name: "Track Panning", value: 0, min: -1, max: 1, default: 0 });
    this.trackActivator = param("track_activator", { name: "Track Activator", value: 1, min: 0, max: 1, quantized: true, default: 1 });
    this.sends = [];
    for (let i = 0; i < sendCount; i++) {
      const send: DeviceParameter = new DeviceParameter(core, this, () => `sends ${this.sends.indexOf(send)}`, {
        name: `Send ${String.fromCharCode(65 + i)}`,
        value: 0,
        min: 0,
        max: 1,
      });
      this.sends.push(send);
    }
    const master = track.kind === "master";
    this.songTempo = master ? new SongTempo(core, this, () => "song_tempo", { name: "Song Tempo", min: 20, max: 999, default: 120 }) : null;
    this.crossfader = master ? param("crossfader", { name: "Crossfade", value: 0, min: -1, max: 1 }) : null;
    this.cueVolume = master ? param("cue_volume", { name: "Cue Volume", value: 0.85, min: 0, max: 1, default: 0.85 }) : null;
  }

  get lom(): LomClass<LiveObject> {
    return this.track.kind === "master" ? MASTER_MIXER : TRACK_MIXER;
  }
  get parent(): LiveObject {
    return this.track;
  }
  pathSegment(): string {
    return "mixer_device";
  }
  override ownedObjects(): readonly LiveObject[] {
    const owned = [this.volume, this.panning, this.trackActivator, ...this.sends];
    for (const p of [this.songTempo, this.crossfader, this.cueVolume]) if (p) owned.push(p);
    return owned;
  }
}
