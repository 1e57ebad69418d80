// A clip's notes on the wire, in pages. Live's note functions take and give one JSON dictionary
// ({"notes": [...]}, Cycling '74 Clip page: get_notes_extended "returns a dictionary",
// apply_note_modifications "takes a dictionary"), which reaches LiveAPI in [js] as one Max symbol
// (_MxDCore/MxDCore.py: json.loads(parameters[0]) in, send_message("obj_call_result", json.dumps(...)) out).
// A dense clip's dictionary runs past the atom limit (liveApiCosts.ts MAX_ATOM_CHARS), so the shim reads
// and writes notes a page at a time, each dictionary at most MAX_ATOM_CHARS, and sends the notes across
// the cord to node.script as flat numbers (numbers never intern, nor are they cut).
// The shim compiles this file under an ES5 lib.
import { MAX_ATOM_CHARS } from "./liveApiCosts";

/** A note's properties, in the order Live writes them (_MxDCore/NotesAPIUtils.py MIDI_NOTE_ATTRS). */
export type NoteField = "note_id" | "pitch" | "start_time" | "duration" | "velocity" | "mute" | "probability" | "velocity_deviation" | "release_velocity";

export var NOTE_FIELDS: NoteField[] = ["note_id", "pitch", "start_time", "duration", "velocity", "mute", "probability", "velocity_deviation", "release_velocity"];

/** Whether a name is one of Live's note properties. */
export function isNoteField(name: unknown): boolean {
  for (var i = 0; i < NOTE_FIELDS.length; i++) if (NOTE_FIELDS[i] === name) return true;
  return false;
}

/**
 * The notes dictionary of notes [from, to) of `values` (`fields.length` numbers a note, in `fields`
 * order), as the shim hands it to apply_note_modifications or add_new_notes.
 */
export function notesJson(fields: string[], values: number[], from: number, to: number): string {
  var notes: string[] = [];
  for (var n = from; n < to; n++) notes.push(noteJson(fields, values, n));
  return '{"notes":[' + notes.join(",") + "]}";
}

function noteJson(fields: string[], values: number[], n: number): string {
  var parts: string[] = [];
  for (var f = 0; f < fields.length; f++) parts.push('"' + fields[f] + '":' + String(values[n * fields.length + f]));
  return "{" + parts.join(",") + "}";
}

/** The envelope of a notes dictionary: `{"notes":[` and `]}`. */
var ENVELOPE_CHARS = 12;

/**
 * Where the pages of `values` end: each page's dictionary (notesJson) is at most MAX_ATOM_CHARS long, so
 * one LiveAPI call of a page never hands Live a symbol over the atom limit. A note too long for a page of
 * its own cannot be (a note is at most nine numbers).
 */
export function notePageEnds(fields: string[], values: number[]): number[] {
  var count = fields.length === 0 ? 0 : values.length / fields.length;
  var ends: number[] = [];
  var chars = ENVELOPE_CHARS;
  for (var n = 0; n < count; n++) {
    // The note and, after the first of its page, its comma.
    var size = noteJson(fields, values, n).length + 1;
    if (chars + size > MAX_ATOM_CHARS && chars > ENVELOPE_CHARS) {
      ends.push(n);
      chars = ENVELOPE_CHARS;
    }
    chars += size;
  }
  if (count > 0) ends.push(count);
  return ends;
}

/**
 * Where a clip's notes are read: notes starting in [0, NOTES_TIME_END) beats. Live holds no note before
 * a clip's start at 0 (assumed: Live's editor does not place notes before 1.1.1); past the clip's end
 * it may (notes hidden by a shortened clip), which the last range reads.
 */
export var NOTES_TIME_END = 1048576;
