// What a recording will do, decided from the set when the knob is pressed: which tracks record into
// which scene for how long, which clips replay meanwhile. Read from the original's recorder factories
// (record types MIDI, MIDI unlimited and audio; the external synth's audio tail).
import { ActionWarning } from "../Action";
import type { AbstractTrack } from "../../model/AbstractTrack";
import { ExternalSynthTrack } from "../../model/ExternalSynthTrack";
import type { SimpleTrack } from "../../model/SimpleTrack";
import type { SongFacade } from "../../model/SongFacade";
import { barsText } from "../../time/BarsText";

/** One track recording into the plan's scene. */
export interface Take {
  track: SimpleTrack;
  /** Beats Live records before it stops by itself (ClipSlot.fire record_length); null: until stopped. */
  recordBeats: number | null;
}

export interface RecordingPlan {
  /** For the status line and logs. */
  title: string;
  /** The first take is the one whose length the others are matched to. */
  takes: Take[];
  /** Tracks whose clip in the scene replays while the takes record (audio only: the MIDI clip). */
  replays: SimpleTrack[];
  /** The scene recorded into; null when none has free slots and one must be created at the end. */
  sceneIndex: number | null;
  /** The clip length every take ends with, in beats; null for an unlimited recording. */
  lengthBeats: number | null;
  /**
   * The MIDI track of an external synth recording a tail: it goes silent once `lengthBeats` is
   * recorded while the audio and tail tracks record one bar more of the synth's release.
   */
  silencedForTail: SimpleTrack | null;
  /**
   * The external synth's audio tail track when it records: armed for the take only (the instrument,
   * MIDI and audio, stays armed as a musician expects; the tail is put back as it was), and its clip
   * plays once, as in the original.
   */
  tail: SimpleTrack | null;
}

/** What record.normal / record.unlimited do with the current track; `bars` null is unlimited. */
export function planTrackRecording(song: SongFacade, track: AbstractTrack, bars: number | null): RecordingPlan {
  const bar = song.barBeats();
  const length = bars === null ? null : bars * bar;
  const title = bars === null ? "Record unlimited" : `Record ${barsText(bars)}`;
  if (track instanceof ExternalSynthTrack) {
    const tail = length === null ? null : track.audioTailTrack;
    const audioBeats = length === null ? null : tail ? length + bar : length;
    const takes: Take[] = [
      { track: track.midiTrack, recordBeats: length },
      { track: track.audioTrack, recordBeats: audioBeats },
      ...(tail ? [{ track: tail, recordBeats: audioBeats }] : []),
    ];
    return {
      title,
      takes,
      replays: [],
      sceneIndex: freeSceneIndex(song, takes),
      lengthBeats: length,
      silencedForTail: tail ? track.midiTrack : null,
      tail,
    };
  }
  const simple = track.baseTrack;
  if (track !== simple || !simple.canBeArmed) throw new ActionWarning(`${track.name} cannot record`);
  const takes = [{ track: simple, recordBeats: length }];
  return { title, takes, replays: [], sceneIndex: freeSceneIndex(song, takes), lengthBeats: length, silencedForTail: null, tail: null };
}

/** record.audioOnly: the synth replays the selected scene's MIDI clip while its audio records. */
export function planAudioRecording(song: SongFacade, track: ExternalSynthTrack): RecordingPlan {
  const scene = song.selectedScene();
  const index = scene?.index ?? -1;
  const midiClip = track.midiTrack.clipSlots()[index]?.clip() ?? null;
  if (midiClip === null) throw new ActionWarning("no MIDI clip in the selected scene");
  if (track.audioTrack.clipSlots()[index]?.hasClip) throw new ActionWarning("the selected scene already has an audio clip");
  const tail = track.audioTailTrack;
  if (tail?.clipSlots()[index]?.hasClip) throw new ActionWarning("the selected scene already has a tail clip");
  const length = midiClip.length;
  const recordBeats = tail ? length + song.barBeats() : length;
  return {
    title: "Record audio",
    takes: [{ track: track.audioTrack, recordBeats }, ...(tail ? [{ track: tail, recordBeats }] : [])],
    replays: [track.midiTrack],
    sceneIndex: index,
    lengthBeats: length,
    silencedForTail: tail ? track.midiTrack : null,
    tail,
  };
}

/** The selected scene or the first after it where every take's slot is empty (the original's search). */
function freeSceneIndex(song: SongFacade, takes: readonly Take[]): number | null {
  const from = Math.max(0, song.selectedScene()?.index ?? 0);
  const count = song.scenes().length;
  for (let index = from; index < count; index++) {
    if (takes.every((take) => take.track.clipSlots()[index]?.hasClip === false)) return index;
  }
  return null;
}
