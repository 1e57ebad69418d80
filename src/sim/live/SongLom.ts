// Song's LOM table (https://docs.cycling74.com/apiref/lom/song/): its properties with their checks, and
// its functions, each handed to the Song's behaviour or the transport.
import type { Atom, LiveObject, LomClass } from "./LiveObject";
import { LiveError, asBool, bool, asNumberIn, child, children, computed, field, lomClass, numberArg, optionalNumberArg, ref } from "./LiveObject";
import type { Song } from "./Song";
import { selectedCue, setOrDeleteCue } from "./SongCues";
import { createScene, deleteScene, duplicateScene, sceneAt } from "./SongScenes";

const fn = (write: boolean, call: (o: Song, args: unknown[]) => Atom[] | string | void) => ({ write, call });

export const SONG: LomClass<LiveObject> = lomClass<Song>({
  name: "Song",
  description: "This class represents a Live set.",
  props: {
    tracks: children("Track", (o) => o.tracks, true),
    // Listenable, unlike Track.is_visible and fold_state (a probe of Live 12.4, in shared/DESIGN.md "What Max
    // and Live charge"): it notifies when a fold, an unfold or a structure change alters the list.
    visible_tracks: children("Track", (o) => o.visibleTracks(), true),
    return_tracks: children("Track", (o) => o.returnTracks, true),
    master_track: child("Track", (o) => o.master),
    scenes: children("Scene", (o) => o.scenes, true),
    cue_points: children("CuePoint", (o) => o.cuePoints, true),
    view: child("Song.View", (o) => o.view),
    tempo: field("tempo", "float", true, asNumberIn(20, 999, false)),
    signature_numerator: field("signature_numerator", "int", true, asNumberIn(1, 99, true)),
    signature_denominator: field("signature_denominator", "int", true, (_o, args) => {
      const d = numberArg(args, 0, "signature_denominator");
      if (![1, 2, 4, 8, 16].includes(d)) throw new LiveError(`signature_denominator: ${d} is not 1, 2, 4, 8 or 16`);
      return d;
    }),
    is_playing: field("is_playing", "bool", true),
    current_song_time: {
      ...field<Song>("current_song_time", "float", true),
      set: (o, args) => o.core.transport.locate(Number(asNumberIn(0, Number.MAX_SAFE_INTEGER, false)(o, args))),
    },
    start_time: field("start_time", "float", true, asNumberIn(0, Number.MAX_SAFE_INTEGER, false)),
    song_length: computed("float", true, (o) => [Math.max(Number(o.values.loop_start) + Number(o.values.loop_length), 0)]),
    record_mode: field("record_mode", "bool", true, asBool),
    session_record: {
      ...field<Song>("session_record", "bool", true, asBool),
      set: (o, args) => o.setSessionRecord(asBool(o, args) === 1),
    },
    session_record_status: field("session_record_status", "int", true),
    session_automation_record: field("session_automation_record", "bool", true),
    arrangement_overdub: field("arrangement_overdub", "bool", true, asBool),
    overdub: field("overdub", "bool", true),
    metronome: field("metronome", "bool", true, asBool),
    loop: field("loop", "bool", true, asBool),
    loop_start: field("loop_start", "float", true, asNumberIn(0, Number.MAX_SAFE_INTEGER, false)),
    loop_length: field("loop_length", "float", true, asNumberIn(1e-6, Number.MAX_SAFE_INTEGER, false)),
    clip_trigger_quantization: field("clip_trigger_quantization", "int", true, asNumberIn(0, 13, true)),
    midi_recording_quantization: field("midi_recording_quantization", "int", true, asNumberIn(0, 8, true)),
    groove_amount: field("groove_amount", "float", true, asNumberIn(0, 1.3125, false)),
    swing_amount: field("swing_amount", "float", true, asNumberIn(0, 1, false)),
    back_to_arranger: field("back_to_arranger", "bool", true, asBool),
    punch_in: field("punch_in", "bool", true, asBool),
    punch_out: field("punch_out", "bool", true, asBool),
    exclusive_arm: field("exclusive_arm", "bool", false),
    exclusive_solo: field("exclusive_solo", "bool", false),
    is_counting_in: field("is_counting_in", "bool", true),
    can_undo: computed("bool", false, (o) => [o.core.undo.canUndo ? 1 : 0]),
    can_redo: computed("bool", false, (o) => [o.core.undo.canRedo ? 1 : 0]),
    // Capture MIDI keeps what was played into armed or monitored MIDI tracks; no MIDI is played into the
    // simulated tracks, so there is never anything to capture.
    can_capture_midi: computed("bool", true, () => [0]),
    // 1 once an automated parameter was moved by hand; the simulator models no automation (every
    // DeviceParameter.automation_state is 0), so it never is.
    re_enable_automation_enabled: computed("bool", true, () => [0]),
    // The arrangement's cue points (SetDescription.cues): one strictly after or before the playhead.
    can_jump_to_next_cue: computed("bool", true, (o) => [o.nextCue(1) === undefined ? 0 : 1]),
    can_jump_to_prev_cue: computed("bool", true, (o) => [o.nextCue(-1) === undefined ? 0 : 1]),
    name: field("name", "symbol", true),
    root_note: field("root_note", "int", true),
    scale_name: field("scale_name", "symbol", true),
    select_on_launch: field("select_on_launch", "bool", false),
  },
  fns: {
    start_playing: fn(true, (o) => o.core.transport.start()),
    stop_playing: fn(true, (o) => o.core.transport.stop()),
    continue_playing: fn(true, (o) => o.core.transport.continuePlaying()),
    stop_all_clips: fn(true, (o) => o.tracks.forEach((t) => o.core.transport.stopTrack(t))),
    tap_tempo: fn(true, (o) => o.core.transport.tap()),
    jump_by: fn(true, (o, args) => o.jumpBy(numberArg(args, 0, "jump_by"))),
    // "Same as jump_by, but does not stop playback" (Live 12's API inventory): the song and the clips
    // playing move by the beats given.
    scrub_by: fn(true, (o, args) => o.jumpBy(numberArg(args, 0, "scrub_by"))),
    create_midi_track: fn(true, (o, args) => ref(o.createTrack("midi", optionalNumberArg(args, 0, "index") ?? -1))),
    create_audio_track: fn(true, (o, args) => ref(o.createTrack("audio", optionalNumberArg(args, 0, "index") ?? -1))),
    create_return_track: fn(true, (o) => ref(o.createReturnTrack())),
    delete_track: fn(true, (o, args) => o.deleteTrack(o.trackAt(numberArg(args, 0, "delete_track")))),
    delete_return_track: fn(true, (o, args) => o.deleteReturnTrack(numberArg(args, 0, "delete_return_track"))),
    duplicate_track: fn(true, (o, args) => o.duplicateTrack(o.trackAt(numberArg(args, 0, "duplicate_track")))),
    create_scene: fn(true, (o, args) => ref(createScene(o, numberArg(args, 0, "create_scene"), {}))),
    delete_scene: fn(true, (o, args) => deleteScene(o, sceneAt(o, numberArg(args, 0, "delete_scene")))),
    duplicate_scene: fn(true, (o, args) => duplicateScene(o, sceneAt(o, numberArg(args, 0, "duplicate_scene")))),
    trigger_session_record: fn(true, (o, args) => o.triggerSessionRecord(optionalNumberArg(args, 0, "record_length"))),
    begin_undo_step: fn(false, (o) => o.core.undo.begin()),
    end_undo_step: fn(false, (o) => o.core.undo.end()),
    undo: fn(true, (o) => {
      o.core.undo.undo();
    }),
    redo: fn(true, (o) => {
      o.core.undo.redo();
    }),
    // "Capture recently played MIDI material from audible tracks into a Live Clip": none is ever played here.
    capture_midi: fn(true, () => undefined),
    re_enable_automation: fn(true, () => undefined),
    // "Jump to the right, if possible" / "Jump to the left, if possible": else nothing happens.
    jump_to_next_cue: fn(true, (o) => o.jumpToCue(1)),
    jump_to_prev_cue: fn(true, (o) => o.jumpToCue(-1)),
    set_or_delete_cue: fn(true, (o) => setOrDeleteCue(o)),
    is_cue_point_selected: fn(false, (o) => bool(selectedCue(o) !== undefined)),
  },
});
