// The song clock the BeatScheduler follows, read from the mirror's observed song properties.
import type { SongClock, TimeSignature } from "../time/SongClock";
import { SONG_TIME_QUANTUM } from "./LomClasses";
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
  tempoBpm(): number {
    return this.mirror.songProp("tempo") ?? 120;
  }
  songTime(): number | null {
    return this.mirror.songProp("current_song_time") ?? null;
  }
  /** The quantum the mirror observes current_song_time with. */
  songTimeQuantum(): number {
    return SONG_TIME_QUANTUM;
  }
}
