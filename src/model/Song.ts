// Live's Song object (https://docs.cycling74.com/apiref/lom/song/): the transport, the launch
// quantization and the scene list, read from the mirror and written through it. The song's id is the
// mirror's (known once the set is read), so this wrapper reads it each time rather than keeping it.
import type { Answer } from "./Answer";
import { readAfresh, type Load } from "./Load";
import type { Observable } from "../events/Observable";
import type { Mirror } from "../lom/Mirror";
import type { PropName } from "../lom/LomClasses";
import { quarterNotesPerBar } from "../time/SongClock";
import { SONG_TEMPO_PATH } from "../wire/protocol";
import type { ParameterTurns } from "./ParameterTurns";

/** Live's tempo range (Song.tempo: 20..999 BPM). */
export const MIN_BPM = 20;
export const MAX_BPM = 999;
/** Song.clip_trigger_quantization's index for 1 bar, Live's default. */
export const BAR_QUANTIZATION = 4;
/** Song.clip_trigger_quantization's values by index, as Cycling '74's Song page names them. */
export const LAUNCH_QUANTIZATIONS = ["None", "8 Bars", "4 Bars", "2 Bars", "1 Bar", "1/2", "1/2T", "1/4", "1/4T", "1/8", "1/8T", "1/16", "1/16T", "1/32"];
/** Song.midi_recording_quantization's values by index (the same page). */
export const RECORD_QUANTIZATIONS = ["None", "1/4", "1/8", "1/8T", "1/8 + 1/8T", "1/16", "1/16T", "1/16 + 1/16T", "1/32"];

/** What Song says a transport knob can do now: read afresh when the knob is pressed, never observed. */
const ABILITIES = {
  canUndo: "can_undo",
  canRedo: "can_redo",
  canCaptureMidi: "can_capture_midi",
  automationOverridden: "re_enable_automation_enabled",
  nextCue: "can_jump_to_next_cue",
  previousCue: "can_jump_to_prev_cue",
} as const satisfies Record<string, PropName<"Song">>;
export type SongAbility = keyof typeof ABILITIES;
/** Song's switches a knob toggles (observed). */
const SWITCHES = { click: "metronome", sessionRecord: "session_record", arrangementOverdub: "arrangement_overdub" } as const satisfies Record<string, PropName<"Song">>;
export type SongSwitch = keyof typeof SWITCHES;

export class Song {
  constructor(
    protected readonly mirror: Mirror,
    private readonly turns: ParameterTurns,
  ) {}

  private get songId(): number {
    return this.mirror.songId;
  }

  isPlaying(): boolean {
    return this.mirror.songProp("is_playing") ?? false;
  }
  tempo(): number {
    return this.mirror.songProp("tempo") ?? 120;
  }
  /** Beats (quarter notes) since the arrangement's start. */
  currentSongTime(): number {
    return this.mirror.songProp("current_song_time") ?? 0;
  }
  signatureNumerator(): number {
    return this.mirror.songProp("signature_numerator") ?? 4;
  }
  signatureDenominator(): number {
    return this.mirror.songProp("signature_denominator") ?? 4;
  }
  /**
   * Song.clip_trigger_quantization in quarter notes: 0 for None, else the grid Live launches on
   * (indexes 0..13: None, 8, 4, 2, 1 bars, 1/2, 1/2T, 1/4, 1/4T, 1/8, 1/8T, 1/16, 1/16T, 1/32).
   */
  launchQuantum(): number {
    const bar = this.barBeats();
    const table = [0, 8 * bar, 4 * bar, 2 * bar, bar, 2, 4 / 3, 1, 2 / 3, 0.5, 1 / 3, 0.25, 1 / 6, 0.125];
    return table[this.launchQuantization()] ?? bar;
  }
  /** Song.clip_trigger_quantization as Live numbers it (see launchQuantum; BAR_QUANTIZATION is 1 bar). */
  launchQuantization(): number {
    return this.mirror.songProp("clip_trigger_quantization") ?? BAR_QUANTIZATION;
  }
  /** Song.midi_recording_quantization (RECORD_QUANTIZATIONS). */
  recordQuantization(): number {
    return this.mirror.songProp("midi_recording_quantization") ?? 0;
  }
  switchOn(name: SongSwitch): boolean {
    return this.mirror.songProp(SWITCHES[name]) ?? false;
  }
  /** An ability as last read (readAbility loads it afresh). */
  can(ability: SongAbility): boolean {
    return this.mirror.songProp(ABILITIES[ability]) ?? false;
  }
  readAbility(ability: SongAbility): Load {
    return readAfresh(this.mirror, this.songId, "Song", ABILITIES[ability]);
  }
  /** Beats (quarter notes, the unit of clip and song times) in one bar of the song's signature. */
  barBeats(): number {
    return quarterNotesPerBar({ numerator: this.signatureNumerator(), denominator: this.signatureDenominator() });
  }

  /** Whether it plays, observed (for Sequence.waitFor). */
  playing(): Observable<boolean | undefined> {
    return this.mirror.observable(this.songId, "Song", "is_playing");
  }
  /** Its song time, observed (at the mirror's quantum, LomClasses). */
  songTime(): Observable<number | undefined> {
    return this.mirror.observable(this.songId, "Song", "current_song_time");
  }

  /**
   * Clamped to Live's range: Live refuses a tempo outside it. In a turn, the tempo is the master's song_tempo
   * parameter held by a live.remote~ (ParameterTurns), and Song.tempo is written once the knob rests.
   */
  setTempo(bpm: number): Answer {
    const tempo = Math.min(MAX_BPM, Math.max(MIN_BPM, bpm));
    const songId = this.songId;
    return this.turns.write(SONG_TEMPO_PATH, tempo, { id: songId, prop: "tempo", value: tempo }, () => this.mirror.set(songId, "Song", "tempo", tempo));
  }
  tapTempo(): Answer {
    return this.mirror.call(this.songId, "Song", "tap_tempo");
  }
  setLaunchQuantization(index: number): Answer {
    return this.mirror.set(this.songId, "Song", "clip_trigger_quantization", index);
  }
  setRecordQuantization(index: number): Answer {
    return this.mirror.set(this.songId, "Song", "midi_recording_quantization", index);
  }
  setSwitch(name: SongSwitch, on: boolean): Answer {
    return this.mirror.set(this.songId, "Song", SWITCHES[name], on ? 1 : 0);
  }
  /** Song.stop_all_clips, quantized as Live's Stop All Clips button is. */
  stopAllClips(): Answer {
    return this.mirror.call(this.songId, "Song", "stop_all_clips");
  }
  undo(): Answer {
    return this.mirror.call(this.songId, "Song", "undo");
  }
  redo(): Answer {
    return this.mirror.call(this.songId, "Song", "redo");
  }
  captureMidi(): Answer {
    return this.mirror.call(this.songId, "Song", "capture_midi");
  }
  reEnableAutomation(): Answer {
    return this.mirror.call(this.songId, "Song", "re_enable_automation");
  }
  jumpToCue(direction: 1 | -1): Answer {
    return this.mirror.call(this.songId, "Song", direction === 1 ? "jump_to_next_cue" : "jump_to_prev_cue");
  }
  /**
   * Song.scrub_by: moves the play position by `beats` without stopping ("Same as jump_by, but does not
   * stop playback", Live 12's API inventory); session clips move with it.
   */
  scrubBy(beats: number): Answer {
    return this.mirror.call(this.songId, "Song", "scrub_by", [beats]);
  }
  /** Moves the playhead (Song.current_song_time): a move, not an edit. */
  locate(beats: number): Answer {
    return this.mirror.set(this.songId, "Song", "current_song_time", beats);
  }
  /** Song.set_or_delete_cue: a cue at the playhead, or the one there deleted (one undo entry). */
  setOrDeleteCue(): Answer {
    return this.mirror.call(this.songId, "Song", "set_or_delete_cue");
  }
  /** Song.is_playing is read-only (Live 12 API): the call's effect is shown pending, so presses compose. */
  startPlaying(): Answer {
    return this.mirror.call(this.songId, "Song", "start_playing", [], [{ id: this.songId, prop: "is_playing", value: 1 }]);
  }
  stopPlaying(): Answer {
    return this.mirror.call(this.songId, "Song", "stop_playing", [], [{ id: this.songId, prop: "is_playing", value: 0 }]);
  }
  /** Song.create_scene: at `index`, or at the end for -1. */
  createScene(index: number): Answer {
    return this.mirror.call(this.songId, "Song", "create_scene", [index]);
  }
  /** Song.duplicate_scene: the copy goes right below and Live selects it. */
  duplicateScene(index: number): Answer {
    return this.mirror.call(this.songId, "Song", "duplicate_scene", [index]);
  }
  deleteScene(index: number): Answer {
    return this.mirror.call(this.songId, "Song", "delete_scene", [index]);
  }
}
