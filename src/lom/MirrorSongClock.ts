// The song clock the BeatScheduler follows, read from the mirror's observed song properties.
import type { SongClock, TimeSignature } from "../time/SongClock";
import type { Mirror } from "./Mirror";

export class MirrorSongClock implements SongClock {
  constructor(private readonly mirror: Mirror) {}

  isPlaying(): boolean {
    return this.mirror.songProp("is_playing") ?? false;
  }
  signature(): TimeSignature {
    return {
      numerator: this.mirror.songProp("signature_numerator") ?? 4,
      denominator: this.mirror.songProp("signature_denominator") ?? 4,
    };
  }
}
