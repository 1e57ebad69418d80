// Clip's LOM tables (https://docs.cycling74.com/apiref/lom/clip/), MIDI and audio, and the argument forms of
// its note functions (a note range, note ids, a {"notes": [...]} dictionary).
import type { Clip, MidiNote } from "./Clip";
import type { LiveObject, LomClass } from "./LiveObject";
import { LiveError, asBool, asNumberIn, bool, computed, dictArg, field, lomClass, nameAndColor, numberArg, without } from "./LiveObject";

const marker = (name: string, check: (o: Clip, v: number) => string | null) =>
  field<Clip>(name, "float", true, (o, args) => {
    const v = numberArg(args, 0, name);
    const problem = check(o, v);
    if (problem) throw new LiveError(`${name}: ${problem}`);
    return v;
  });

/** _MxDCore/NotesAPIUtils.py MIDI_NOTE_ATTRS: the keys of a note's dictionary, in Live's order. */
export const NOTE_ATTRS: readonly (keyof MidiNote)[] = ["note_id", "pitch", "start_time", "duration", "velocity", "mute", "probability", "velocity_deviation", "release_velocity"];

export const CLIP: LomClass<LiveObject> = lomClass<Clip>({
  name: "Clip",
  description: "This class represents a clip in Live.",
  props: {
    ...nameAndColor<Clip>(),
    length: computed("float", false, (o) => [o.length]),
    looping: field("looping", "bool", true, asBool),
    loop_start: marker("loop_start", (o, v) => (v < o.num("loop_end") ? null : "must be before loop_end")),
    loop_end: marker("loop_end", (o, v) => (v > o.num("loop_start") ? null : "must be after loop_start")),
    start_marker: marker("start_marker", (o, v) => (v < o.num("end_marker") ? null : "cannot be set after the end marker")),
    end_marker: marker("end_marker", (o, v) => (v > o.num("start_marker") ? null : "cannot be set before the start marker")),
    end_time: computed("float", true, (o) => [o.num(o.looping ? "loop_end" : "end_marker")]),
    is_midi_clip: computed("bool", false, (o) => bool(o.isMidi)),
    is_audio_clip: computed("bool", false, (o) => bool(!o.isMidi)),
    is_session_clip: computed("bool", false, (o) => bool(o.arrangement === null)),
    is_arrangement_clip: computed("bool", false, (o) => bool(o.arrangement !== null)),
    // is_playing and is_triggered are readable but not listenable: Cycling '74's Clip page
    // (https://docs.cycling74.com/apiref/lom/clip/) gives neither an "observe" (playing_status is on ClipSlot).
    is_playing: {
      type: "bool",
      observe: false,
      get: (o) => [o.values.is_playing],
      // Setting is_playing fires or stops the clip.
      set: (o, args) => (asBool(o, args) ? o.slot.fire() : o.slot.stop()),
    },
    is_recording: field("is_recording", "bool", true),
    is_triggered: field("is_triggered", "bool", false),
    is_overdubbing: computed("bool", true, () => [0]),
    playing_position: field("playing_position", "float", true),
    // Read-only in Live 12's API inventory (shared/reference), unlike older LOM pages.
    muted: field("muted", "bool", true),
    signature_numerator: field("signature_numerator", "int", true, asNumberIn(1, 99, true)),
    signature_denominator: field("signature_denominator", "int", true, asNumberIn(1, 16, true)),
    launch_mode: field("launch_mode", "int", true, asNumberIn(0, 3, true)),
    launch_quantization: field("launch_quantization", "int", true, asNumberIn(0, 14, true)),
    legato: field("legato", "bool", true, asBool),
    velocity_amount: field("velocity_amount", "float", true, asNumberIn(0, 1, false)),
    has_envelopes: computed("bool", true, () => [0]),
    will_record_on_start: computed("bool", false, () => [0]),
  },
  fns: {
    fire: { write: true, call: (o) => o.slot.fire() },
    stop: { write: true, call: (o) => o.slot.stop() },
    get_notes_extended: { write: false, call: (o, args) => o.notesJson(o.notesIn(noteRange(args)), returned(args)) },
    get_all_notes_extended: { write: false, call: (o, args) => o.notesJson(o.notes, returned(args)) },
    get_notes_by_id: { write: false, call: (o, args) => o.notesJson(o.notesById(noteIds(args))) },
    add_new_notes: { write: true, call: (o, args) => o.addNotes(noteList(args, "add_new_notes")) },
    remove_notes_extended: { write: true, call: (o, args) => o.removeNotes(o.notesIn(noteRange(args))) },
    remove_notes_by_id: { write: true, call: (o, args) => o.removeNotes(o.notesById(noteIds(args))) },
    apply_note_modifications: { write: true, call: (o, args) => o.modifyNotes(noteList(args, "apply_note_modifications")) },
    quantize: { write: true, call: (o, args) => o.quantize(numberArg(args, 0, "quantization_grid"), numberArg(args, 1, "amount")) },
    duplicate_loop: { write: true, call: (o) => o.duplicateLoop() },
    select_all_notes: { write: false, call: () => undefined },
    deselect_all_notes: { write: false, call: () => undefined },
  },
});

const NOTE_FUNCTIONS = ["get_notes_extended", "get_all_notes_extended", "get_notes_by_id", "add_new_notes", "remove_notes_extended", "remove_notes_by_id", "apply_note_modifications"];

/** Audio clips have no notes (Live raises for the note functions on them). */
export const AUDIO_CLIP = without(CLIP, "Clip", NOTE_FUNCTIONS);

/**
 * An Arrangement clip: start_time is "the offset within the arrangement" and end_time where it ends
 * there (Live 12's API inventory: "Get the clip's start time offset. For Session View clips, this is the
 * time the clip was started. For Arrangement View clips, this is the offset within the arrangement").
 */
export const ARRANGEMENT_CLIP: LomClass<LiveObject> = lomClass<Clip>({
  ...(CLIP as unknown as LomClass<Clip>),
  props: {
    ...(CLIP.props as unknown as LomClass<Clip>["props"]),
    start_time: computed("float", false, (o) => [o.arrangement?.start ?? 0]),
    end_time: computed("float", true, (o) => [(o.arrangement?.start ?? 0) + o.length]),
  },
});
export const ARRANGEMENT_AUDIO_CLIP = without(ARRANGEMENT_CLIP, "Clip", NOTE_FUNCTIONS);

export interface NoteRange {
  fromPitch: number;
  pitchSpan: number;
  fromTime: number;
  timeSpan: number;
}

/** (from_pitch, pitch_span, from_time, time_span), or one dictionary with those keys. */
function noteRange(args: unknown[]): NoteRange {
  const values = args.length === 1 ? rangeFromDict(dictArg(args, "notes range")) : args;
  return {
    fromPitch: numberArg(values, 0, "from_pitch"),
    pitchSpan: numberArg(values, 1, "pitch_span"),
    fromTime: numberArg(values, 2, "from_time"),
    timeSpan: numberArg(values, 3, "time_span"),
  };
}

/**
 * The `return` list of a dictionary argument: the note properties to answer (_MxDCore/MxDCore.py
 * _do_get_notes_extended pops it and _sanitize_midi_note_property_list keeps the known names); all without it.
 */
function returned(args: unknown[]): readonly (keyof MidiNote)[] {
  if (args.length !== 1) return NOTE_ATTRS;
  const list = dictArg(args, "notes").return;
  if (list === undefined) return NOTE_ATTRS;
  if (!Array.isArray(list)) throw new LiveError("Note properties must be provided as a list of symbols.");
  return NOTE_ATTRS.filter((field) => list.includes(field));
}

function rangeFromDict(d: Record<string, unknown>): unknown[] {
  return [d.from_pitch, d.pitch_span, d.from_time, d.time_span];
}

function noteIds(args: unknown[]): number[] {
  const flat = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return flat.map((_v, i) => numberArg(flat, i, "note id"));
}

function noteList(args: unknown[], fn: string): Record<string, unknown>[] {
  const notes = dictArg(args, fn).notes;
  if (!Array.isArray(notes)) throw new LiveError(`${fn}: the dictionary needs a "notes" list`);
  return notes.map((n) => {
    if (n === null || typeof n !== "object") throw new LiveError(`${fn}: each note must be a dictionary`);
    return n as Record<string, unknown>;
  });
}
