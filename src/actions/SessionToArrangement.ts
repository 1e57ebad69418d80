// Copying the session to the arrangement in one press. The scenes that have clips, in order (song mode's
// skip scenes left out), are laid end to end from the arrangement's start: each clip of a scene's row is
// copied to its track's arrangement at the scene's start (Track.duplicate_clip_to_arrangement), and a cue
// point named after the scene marks that start. Live places a cue only at the playhead (Song.set_or_delete_cue:
// "a new cue is created at the current global songtime", Live 12's API inventory), so the playhead is moved
// to each scene's start first (Song.current_song_time: a move, not an edit) and put back at the end; the
// cues are named once all are placed (CuePoint.name).
// Refused while the song plays (the playhead would move between the move and the cue), and when the
// arrangement already holds a clip or a cue point: the copy would mix with them, and a cue already at a
// scene's start would be deleted by set_or_delete_cue.
// Undo: a press one entry a change, so a clip copied is one, a scene's cue two (placed, named): 10 clips
// over 4 scenes are 18 entries. Work: one scene a Sequence step (its row read, its clips copied, its cue
// placed, in one batch the shim slices into blocks), so one row at a time is loaded.
import { ActionWarning } from "./Action";
import type { ActionServices } from "./ActionServices";
import { Answer } from "../model/Answer";
import type { Scene } from "../model/Scene";
import { Sequence } from "../sequence/Sequence";
import { isSkipped, skipPrefix } from "./SongMode";
import { nameOf } from "./SceneNames";
import { untilSettled } from "./untilSettled";
import { barsText } from "../time/BarsText";

const EPSILON = 1e-6;

/** A scene copied: where it starts and ends in the arrangement (beats), and how many clips it brought. */
interface Placed {
  readonly scene: Scene;
  readonly at: number;
  readonly end: number;
  readonly clips: number;
}

export class SessionToArrangement {
  constructor(private readonly services: ActionServices) {}

  refusal(): string | undefined {
    return this.services.song.isPlaying() ? "stop the song first: Live places cue points at the playhead" : undefined;
  }

  copy(): Sequence<unknown> {
    const { song, runtime } = this.services;
    const seq = runtime.sequences;
    const prefix = skipPrefix(this.services);
    const scenes = song.scenes().filter((scene) => !isSkipped(scene, prefix));
    const playhead = song.currentSongTime();
    const placed: Placed[] = [];
    let sequence: Sequence<unknown> = new Sequence(seq, "copy the session to the arrangement").add(() => this.checkEmpty(), { name: "read the arrangement" });
    for (const scene of scenes) sequence = sequence.add(() => this.copyScene(scene, placed), { name: `copy ${nameOf(scene)}` });
    return sequence
      .add(() => {
        if (placed.length === 0) throw new ActionWarning("no scene has clips to copy");
        return this.nameCues(placed, playhead);
      })
      .add(() => {
        const bars = placed[placed.length - 1]!.end / song.barBeats();
        const clips = placed.reduce((sum, p) => sum + p.clips, 0);
        return `Copied ${placed.length} scenes (${clips} clips, ${barsText(bars)}) to the arrangement`;
      })
      .done();
  }

  /** Reads every track's arrangement clips and the cue points; warns, changing nothing, when there are any. */
  private checkEmpty(): Sequence<unknown> {
    const { song, runtime } = this.services;
    const tracks = song.simpleTracks();
    const cues = song.loadCuePoints();
    const loads = [cues, ...tracks.map((track) => track.readArrangementClips())];
    const read = new Sequence(runtime.sequences, "read the arrangement")
      .add(() => untilSettled(runtime.sequences, "read the arrangement", Promise.all(loads.map((load) => load.loaded))))
      .add(() => {
        const clips = tracks.reduce((sum, track) => sum + track.arrangementClipCount(), 0);
        const points = song.cuePoints().length;
        if (clips + points > 0) throw new ActionWarning(`the arrangement is not empty (${clips} clips, ${points} cue points): clear it first`);
      })
      .done();
    read.onEnd(() => loads.forEach((load) => load.release()));
    return read;
  }

  /** Copies the scene's clips after the scenes placed so far and puts a cue at its start; a scene without clips is left out. */
  private copyScene(scene: Scene, placed: Placed[]): Sequence<unknown> {
    const { song, runtime } = this.services;
    const row = scene.loadClipSlots();
    const at = placed[placed.length - 1]?.end ?? 0;
    const copy = new Sequence(runtime.sequences, `copy ${nameOf(scene)}`)
      .add(() => untilSettled(runtime.sequences, "read the scene's row", row.loaded))
      .add(() => {
        const copies = scene.clipSlots.flatMap((slot) => {
          const clip = slot.clip();
          const track = song.track(slot.trackId);
          return clip === null || track === null ? [] : [track.duplicateToArrangement(clip, at)];
        });
        if (copies.length === 0) return Answer.none();
        placed.push({ scene, at, end: at + scene.bars(song.barBeats()) * song.barBeats(), clips: copies.length });
        return Answer.all([...copies, song.locate(at), song.setOrDeleteCue()]);
      })
      .done();
    copy.onEnd(() => row.release());
    return copy;
  }

  /** Names each new cue after its scene, read once all are placed, and puts the playhead back. */
  private nameCues(placed: readonly Placed[], playhead: number): Sequence<unknown> {
    const { song, runtime } = this.services;
    const cues = song.loadCuePoints();
    const naming = new Sequence(runtime.sequences, "name the cue points")
      .add(() => untilSettled(runtime.sequences, "read the cue points", cues.loaded))
      .add(() => {
        const points = song.cuePoints();
        const names = placed.flatMap(({ scene, at }) => points.filter((cue) => Math.abs(cue.time - at) < EPSILON).map((cue) => cue.setName(nameOf(scene))));
        return Answer.all([...names, song.locate(playhead)]);
      })
      .done();
    naming.onEnd(() => cues.release());
    return naming;
  }
}
