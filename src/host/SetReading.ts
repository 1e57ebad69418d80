// What reading the set takes besides the mirror's own sync: the transport followed by the beat scheduler,
// the input tracks checked against the mapping, a summary line; once per bundle the platform probe; and
// the cheap structure check of a preset load. The lifecycle (Lifecycle.ts) decides when each runs.
import { Subscriptions } from "../events/Subscriptions";
import type { InputChannels } from "../control/InputChannels";
import type { Logger } from "../log/Logger";
import type { Mirror } from "../lom/Mirror";
import type { SyncProgress } from "../lom/MirrorNode";
import { ExternalSynthTrack } from "../model/ExternalSynthTrack";
import type { SongFacade } from "../model/SongFacade";
import { SimpleGroupTrack } from "../model/SimpleGroupTrack";
import type { BeatScheduler } from "../time/BeatScheduler";
import type { PlatformProbe } from "./PlatformProbe";
import { counted } from "../log/Counted";

export interface SetReadingParts {
  mirror: Mirror;
  song: SongFacade;
  beats: BeatScheduler;
  inputChannels: InputChannels;
  platform: PlatformProbe;
  log: Logger;
}

export class SetReading {
  private readonly transport = new Subscriptions();

  constructor(private readonly parts: SetReadingParts) {}

  /**
   * Reads the set's structure again (what the focus holds follows); the shim first drops the observers
   * and queued work of any earlier bundle or sync. Song time and transport then drive the beat scheduler.
   */
  async read(progress: SyncProgress): Promise<void> {
    await this.parts.mirror.sync(progress);
    this.followTransport();
  }

  /** After a sync landed: the input tracks' names are known now. `first`: the bundle's first sync. */
  landed(first: boolean): void {
    this.parts.inputChannels.afterSync();
    this.parts.log.debug(this.summary());
    // In the background, once per bundle start: a knob's batch is served before any of the probe's.
    if (first) void this.parts.platform.start();
  }

  /** Re-reads the song and its view (their lists included) and repairs what changed: the cheap resync. */
  async check(): Promise<void> {
    const { mirror, song, log } = this.parts;
    const view = song.view.id;
    const repaired = (await mirror.refresh(mirror.songId)) + (view === null ? 0 : await mirror.refresh(view));
    log.debug(`ready again: the structure checked, ${repaired} values repaired`);
  }

  /** One line describing the set as the model sees it. */
  private summary(): string {
    const { song } = this.parts;
    const tracks = song.simpleTracks();
    const groups = tracks.filter((t) => t.ownGroup instanceof SimpleGroupTrack).length;
    const synths = tracks.filter((t) => t.ownGroup instanceof ExternalSynthTrack).length;
    return (
      `synced: ${counted(tracks.length, "track")} (${counted(groups, "group")}, ${counted(synths, "external synth")}), ` +
      `${counted(song.returnTracks().length, "return")}, ${counted(song.scenes().length, "scene")}, ` +
      `${song.tempo()} BPM ${song.signatureNumerator()}/${song.signatureDenominator()}`
    );
  }

  private followTransport(): void {
    const { mirror, beats, song } = this.parts;
    const id = mirror.songId;
    this.transport.dispose();
    this.transport.add(mirror.subscribe(id, "Song", "current_song_time", (time) => beats.onSongTime(time ?? 0)));
    this.transport.add(mirror.subscribe(id, "Song", "is_playing", (playing) => beats.onPlayingChanged(playing ?? false)));
    // The scheduler read the transport before the mirror was filled: tell it what the set is doing.
    beats.onPlayingChanged(song.isPlaying());
  }
}
