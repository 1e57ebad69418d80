// GENERATED FILE, do not edit: `npm run lom-names` (node scripts/run.mjs scripts/lomNames.ts) writes it
// from src/lom/lomData.json, and tests/lom/LomNames.test.ts fails when it is stale.
//
// For each Python class behind a class of LomClasses.ts (LOM_PYTHON_CLASS in LomNames.ts), the names Live's
// Max for Live bridge exposes in both Live 11.2 and 12.0 (_MxDCore/LomTypes.py, EXPOSED_TYPE_PROPERTIES):
// the readable properties (LomClasses says which are observable, from Cycling '74's pages), the settable
// ones, and every function with its arity [min, max] in arguments, optional arguments being those the
// inventory marks optional (they may be left off from the end). A name the bridge does not expose is not
// here, so using it does not compile; the exceptions are the functions the platform probe looks for
// (PROBED_FUNCTIONS in LomNames.ts), listed under `probed` too. Python's bound `self` is not an argument.
// LomFunctionArgs gives each function's argument lists as the atoms Max sends: a number (int, float, bool
// as 0 or 1), a string, an object as two atoms (`id`, its id), a Python container (object, tuple, list,
// a vector) as a list: every remaining atom when it comes last, else one. ClipSlot.fire takes Max's
// optional record_length and launch_quantization, which the Python signature lacks (Cycling '74's
// ClipSlot page, Live 11+).
import type { Atom } from "../wire/protocol";

/** Sources: Live 12's Python API inventory (live12): names, settability and arguments; taken from the public repository lebrunthibault/protocol0, docs/lom/lom-inventory.json; Live 11.2.11: _MxDCore/LomTypes.py EXPOSED_TYPE_PROPERTIES (decompiled, public repository gluon/AbletonLive11_MIDIRemoteScripts); Live 12.0.1: _MxDCore/LomTypes.py EXPOSED_TYPE_PROPERTIES (decompiled, public repository gluon/AbletonLive12_MIDIRemoteScripts). */
export const LOM_NAMES = {
  "Song": {
    readable: [
      "appointed_device", "arrangement_overdub", "back_to_arranger", "can_capture_midi", "can_jump_to_next_cue",
      "can_jump_to_prev_cue", "can_redo", "can_undo", "clip_trigger_quantization", "count_in_duration",
      "cue_points", "current_song_time", "exclusive_arm", "exclusive_solo", "groove_amount", "groove_pool",
      "is_ableton_link_enabled", "is_ableton_link_start_stop_sync_enabled", "is_counting_in", "is_playing",
      "last_event_time", "loop", "loop_length", "loop_start", "master_track", "metronome",
      "midi_recording_quantization", "nudge_down", "nudge_up", "overdub", "punch_in", "punch_out",
      "re_enable_automation_enabled", "record_mode", "return_tracks", "root_note", "scale_intervals",
      "scale_name", "scenes", "select_on_launch", "session_automation_record", "session_record",
      "session_record_status", "signature_denominator", "signature_numerator", "song_length", "start_time",
      "swing_amount", "tempo", "tempo_follower_enabled", "tracks", "view", "visible_tracks",
    ],
    settable: [
      "appointed_device", "arrangement_overdub", "back_to_arranger", "clip_trigger_quantization",
      "current_song_time", "groove_amount", "is_ableton_link_enabled",
      "is_ableton_link_start_stop_sync_enabled", "loop", "loop_length", "loop_start", "metronome",
      "midi_recording_quantization", "nudge_down", "nudge_up", "punch_in", "punch_out", "record_mode",
      "session_record", "signature_denominator", "signature_numerator", "start_time", "swing_amount", "tempo",
      "tempo_follower_enabled",
    ],
    functions: {
      begin_undo_step: [0, 0], capture_and_insert_scene: [0, 1], capture_midi: [0, 1], continue_playing: [0, 0],
      create_audio_track: [0, 1], create_midi_track: [0, 1], create_return_track: [0, 0], create_scene: [1, 1],
      delete_return_track: [1, 1], delete_scene: [1, 1], delete_track: [1, 1], duplicate_scene: [1, 1],
      duplicate_track: [1, 1], end_undo_step: [0, 0], find_device_position: [3, 3],
      force_link_beat_time: [0, 0], get_beats_loop_length: [0, 0], get_beats_loop_start: [0, 0],
      get_current_beats_song_time: [0, 0], get_current_smpte_song_time: [1, 1], is_cue_point_selected: [0, 0],
      jump_by: [1, 1], jump_to_next_cue: [0, 0], jump_to_prev_cue: [0, 0], move_device: [3, 3],
      play_selection: [0, 0], re_enable_automation: [0, 0], redo: [0, 0], scrub_by: [1, 1],
      set_or_delete_cue: [0, 0], start_playing: [0, 0], stop_all_clips: [0, 1], stop_playing: [0, 0],
      tap_tempo: [0, 0], trigger_session_record: [0, 1], undo: [0, 0],
    },
    probed: [
      "begin_undo_step", "end_undo_step",
    ],
  },
  "Song.View": {
    readable: [
      "detail_clip", "draw_mode", "follow_song", "highlighted_clip_slot", "selected_chain",
      "selected_parameter", "selected_scene", "selected_track",
    ],
    settable: [
      "detail_clip", "draw_mode", "follow_song", "highlighted_clip_slot", "selected_chain", "selected_scene",
      "selected_track",
    ],
    functions: {
      select_device: [1, 1],
    },
    probed: [],
  },
  "Track": {
    readable: [
      "arm", "arrangement_clips", "available_input_routing_channels", "available_input_routing_types",
      "available_output_routing_channels", "available_output_routing_types", "can_be_armed", "can_be_frozen",
      "can_show_chains", "clip_slots", "color", "color_index", "current_input_routing",
      "current_input_sub_routing", "current_monitoring_state", "current_output_routing",
      "current_output_sub_routing", "devices", "fired_slot_index", "fold_state", "group_track",
      "has_audio_input", "has_audio_output", "has_midi_input", "has_midi_output", "implicit_arm",
      "input_meter_left", "input_meter_level", "input_meter_right", "input_routing_channel",
      "input_routing_type", "input_routings", "input_sub_routings", "is_foldable", "is_frozen", "is_grouped",
      "is_part_of_selection", "is_showing_chains", "is_visible", "mixer_device", "mute", "muted_via_solo",
      "name", "output_meter_left", "output_meter_level", "output_meter_right", "output_routing_channel",
      "output_routing_type", "output_routings", "output_sub_routings", "performance_impact",
      "playing_slot_index", "solo", "view",
    ],
    settable: [
      "arm", "color", "color_index", "current_input_routing", "current_input_sub_routing",
      "current_monitoring_state", "current_output_routing", "current_output_sub_routing", "fold_state",
      "implicit_arm", "input_routing_channel", "input_routing_type", "is_showing_chains", "mute", "name",
      "output_routing_channel", "output_routing_type", "solo",
    ],
    functions: {
      delete_clip: [1, 1], delete_device: [1, 1], duplicate_clip_slot: [1, 1],
      duplicate_clip_to_arrangement: [2, 2], jump_in_running_session_clip: [1, 1], stop_all_clips: [0, 1],
    },
    probed: [],
  },
  "Track.View": {
    readable: [
      "device_insert_mode", "is_collapsed", "selected_device",
    ],
    settable: [
      "device_insert_mode", "is_collapsed",
    ],
    functions: {
      select_instrument: [0, 0],
    },
    probed: [],
  },
  "MixerDevice": {
    readable: [
      "crossfade_assign", "crossfader", "cue_volume", "left_split_stereo", "panning", "panning_mode",
      "right_split_stereo", "sends", "song_tempo", "track_activator", "volume",
    ],
    settable: [
      "crossfade_assign",
    ],
    functions: {},
    probed: [],
  },
  "ClipSlot": {
    readable: [
      "clip", "color", "color_index", "controls_other_clips", "has_clip", "has_stop_button", "is_group_slot",
      "is_playing", "is_recording", "is_triggered", "playing_status", "will_record_on_start",
    ],
    settable: [
      "has_stop_button",
    ],
    functions: {
      create_clip: [1, 1], delete_clip: [0, 0], duplicate_clip_to: [1, 1], fire: [0, 2],
      set_fire_button_state: [1, 1], stop: [0, 0],
    },
    probed: [],
  },
  "Clip": {
    readable: [
      "available_warp_modes", "color", "color_index", "end_marker", "end_time", "file_path", "gain",
      "gain_display_string", "groove", "has_envelopes", "has_groove", "is_arrangement_clip", "is_audio_clip",
      "is_midi_clip", "is_overdubbing", "is_playing", "is_recording", "is_triggered", "launch_mode",
      "launch_quantization", "legato", "length", "loop_end", "loop_start", "looping", "muted", "name",
      "pitch_coarse", "pitch_fine", "playing_position", "position", "ram_mode", "sample_length", "sample_rate",
      "signature_denominator", "signature_numerator", "start_marker", "start_time", "velocity_amount", "view",
      "warp_markers", "warp_mode", "warping", "will_record_on_start",
    ],
    settable: [
      "color", "color_index", "end_marker", "is_playing", "launch_mode", "launch_quantization", "legato",
      "loop_end", "loop_start", "looping", "name", "position", "signature_denominator", "signature_numerator",
      "start_marker", "velocity_amount",
    ],
    functions: {
      add_new_notes: [1, 1], add_warp_marker: [1, 1], apply_note_modifications: [1, 1],
      clear_all_envelopes: [0, 0], clear_envelope: [1, 1], crop: [0, 0], deselect_all_notes: [0, 0],
      duplicate_loop: [0, 0], duplicate_notes_by_id: [1, 3], duplicate_region: [3, 5], fire: [0, 0],
      get_all_notes_extended: [0, 0], get_notes: [4, 4], get_notes_by_id: [1, 1], get_notes_extended: [4, 4],
      get_selected_notes: [0, 0], get_selected_notes_extended: [0, 0], move_playing_pos: [1, 1],
      move_warp_marker: [2, 2], quantize: [2, 2], quantize_pitch: [3, 3], remove_notes: [4, 4],
      remove_notes_by_id: [1, 1], remove_notes_extended: [4, 4], remove_warp_marker: [1, 1],
      replace_selected_notes: [1, 1], scrub: [1, 1], select_all_notes: [0, 0], select_notes_by_id: [1, 1],
      set_fire_button_state: [1, 1], set_notes: [1, 1], stop: [0, 0], stop_scrub: [0, 0],
    },
    probed: [],
  },
  "Scene": {
    readable: [
      "clip_slots", "color", "color_index", "is_empty", "is_triggered", "name", "tempo", "tempo_enabled",
      "time_signature_denominator", "time_signature_enabled", "time_signature_numerator",
    ],
    settable: [
      "color", "color_index", "name", "tempo", "tempo_enabled", "time_signature_denominator",
      "time_signature_numerator",
    ],
    functions: {
      fire: [0, 2], fire_as_selected: [0, 1], set_fire_button_state: [1, 1],
    },
    probed: [],
  },
  "Song.CuePoint": {
    readable: [
      "name", "time",
    ],
    settable: [
      "name",
    ],
    functions: {
      jump: [0, 0],
    },
    probed: [],
  },
  "Device": {
    readable: [
      "can_have_chains", "can_have_drum_pads", "class_display_name", "class_name", "is_active", "latency_in_ms",
      "latency_in_samples", "name", "parameters", "type", "view",
    ],
    settable: [],
    functions: {
      store_chosen_bank: [2, 2],
    },
    probed: [],
  },
  "RackDevice": {
    readable: [
      "can_have_chains", "can_have_drum_pads", "can_show_chains", "chain_selector", "chains",
      "class_display_name", "class_name", "drum_pads", "has_drum_pads", "has_macro_mappings", "is_active",
      "is_showing_chains", "latency_in_ms", "latency_in_samples", "name", "parameters", "return_chains",
      "selected_variation_index", "type", "variation_count", "view", "visible_drum_pads", "visible_macro_count",
    ],
    settable: [
      "selected_variation_index",
    ],
    functions: {
      add_macro: [0, 0], copy_pad: [2, 2], delete_selected_variation: [0, 0], randomize_macros: [0, 0],
      recall_last_used_variation: [0, 0], recall_selected_variation: [0, 0], remove_macro: [0, 0],
      store_chosen_bank: [2, 2], store_variation: [0, 0],
    },
    probed: [],
  },
  "MaxDevice": {
    readable: [
      "audio_inputs", "audio_outputs", "can_have_chains", "can_have_drum_pads", "class_display_name",
      "class_name", "is_active", "latency_in_ms", "latency_in_samples", "midi_inputs", "midi_outputs", "name",
      "parameters", "type", "view",
    ],
    settable: [],
    functions: {
      get_bank_count: [0, 0], get_bank_name: [1, 1], get_bank_parameters: [1, 1], store_chosen_bank: [2, 2],
    },
    probed: [],
  },
  "DeviceParameter": {
    readable: [
      "automation_state", "default_value", "is_enabled", "is_quantized", "max", "min", "name", "original_name",
      "state", "value", "value_items",
    ],
    settable: [
      "value",
    ],
    functions: {
      begin_gesture: [0, 0], end_gesture: [0, 0], re_enable_automation: [0, 0], str_for_value: [1, 1],
    },
    probed: [
      "begin_gesture", "end_gesture",
    ],
  },
} as const;

export interface LomFunctionArgs {
  "Song": {
    begin_undo_step: [];
    capture_and_insert_scene: [] | [CaptureMode: number];
    capture_midi: [] | [Destination: number];
    continue_playing: [];
    create_audio_track: [] | [...Index: Atom[]];
    create_midi_track: [] | [...Index: Atom[]];
    create_return_track: [];
    create_scene: [arg2: number];
    delete_return_track: [arg2: number];
    delete_scene: [arg2: number];
    delete_track: [arg2: number];
    duplicate_scene: [arg2: number];
    duplicate_track: [arg2: number];
    end_undo_step: [];
    find_device_position: [device: "id", device: number, target: "id", target: number, target_position: number];
    force_link_beat_time: [];
    get_beats_loop_length: [];
    get_beats_loop_start: [];
    get_current_beats_song_time: [];
    get_current_smpte_song_time: [arg2: number];
    is_cue_point_selected: [];
    jump_by: [arg2: number];
    jump_to_next_cue: [];
    jump_to_prev_cue: [];
    move_device: [device: "id", device: number, target: "id", target: number, target_position: number];
    play_selection: [];
    re_enable_automation: [];
    redo: [];
    scrub_by: [arg2: number];
    set_or_delete_cue: [];
    start_playing: [];
    stop_all_clips: [] | [Quantized: number];
    stop_playing: [];
    tap_tempo: [];
    trigger_session_record: [] | [record_length: number];
    undo: [];
  };
  "Song.View": {
    select_device: [device: "id", device: number];
  };
  "Track": {
    delete_clip: [arg2: "id", arg2: number];
    delete_device: [arg2: number];
    duplicate_clip_slot: [arg2: number];
    duplicate_clip_to_arrangement: [clip: "id", clip: number, destination_time: number];
    jump_in_running_session_clip: [arg2: number];
    stop_all_clips: [] | [Quantized: number];
  };
  "Track.View": {
    select_instrument: [];
  };
  "MixerDevice": {};
  "ClipSlot": {
    create_clip: [arg2: number];
    delete_clip: [];
    duplicate_clip_to: [arg2: "id", arg2: number];
    fire: [] | [record_length: number] | [record_length: number, launch_quantization: number];
    set_fire_button_state: [arg2: number];
    stop: [];
  };
  "Clip": {
    add_new_notes: [...arg2: Atom[]];
    add_warp_marker: [...warp_marker: Atom[]];
    apply_note_modifications: [...arg2: Atom[]];
    clear_all_envelopes: [];
    clear_envelope: [arg2: "id", arg2: number];
    crop: [];
    deselect_all_notes: [];
    duplicate_loop: [];
    duplicate_notes_by_id: [...note_ids: Atom[]] | [note_ids: Atom, ...destination_time: Atom[]] | [note_ids: Atom, destination_time: Atom, transposition_amount: number];
    duplicate_region: [region_start: number, region_length: number, destination_time: number] | [region_start: number, region_length: number, destination_time: number, pitch: number] | [region_start: number, region_length: number, destination_time: number, pitch: number, transposition_amount: number];
    fire: [];
    get_all_notes_extended: [];
    get_notes: [from_time: number, from_pitch: number, time_span: number, pitch_span: number];
    get_notes_by_id: [...note_ids: Atom[]];
    get_notes_extended: [from_pitch: number, pitch_span: number, from_time: number, time_span: number];
    get_selected_notes: [];
    get_selected_notes_extended: [];
    move_playing_pos: [arg2: number];
    move_warp_marker: [marker_beat_time: number, beat_time_distance: number];
    quantize: [arg2: number, arg3: number];
    quantize_pitch: [arg2: number, arg3: number, arg4: number];
    remove_notes: [arg2: number, arg3: number, arg4: number, arg5: number];
    remove_notes_by_id: [...arg2: Atom[]];
    remove_notes_extended: [from_pitch: number, pitch_span: number, from_time: number, time_span: number];
    remove_warp_marker: [beat_time: number];
    replace_selected_notes: [...arg2: Atom[]];
    scrub: [scrub_position: number];
    select_all_notes: [];
    select_notes_by_id: [...arg2: Atom[]];
    set_fire_button_state: [arg2: number];
    set_notes: [...arg2: Atom[]];
    stop: [];
    stop_scrub: [];
  };
  "Scene": {
    fire: [] | [force_legato: number] | [force_legato: number, can_select_scene_on_launch: number];
    fire_as_selected: [] | [force_legato: number];
    set_fire_button_state: [arg2: number];
  };
  "Song.CuePoint": {
    jump: [];
  };
  "Device": {
    store_chosen_bank: [arg2: number, arg3: number];
  };
  "RackDevice": {
    add_macro: [];
    copy_pad: [arg2: number, arg3: number];
    delete_selected_variation: [];
    randomize_macros: [];
    recall_last_used_variation: [];
    recall_selected_variation: [];
    remove_macro: [];
    store_chosen_bank: [arg2: number, arg3: number];
    store_variation: [];
  };
  "MaxDevice": {
    get_bank_count: [];
    get_bank_name: [arg2: number];
    get_bank_parameters: [arg2: number];
    store_chosen_bank: [arg2: number, arg3: number];
  };
  "DeviceParameter": {
    begin_gesture: [];
    end_gesture: [];
    re_enable_automation: [];
    str_for_value: [arg2: number];
  };
}
