// A clip's notes a page at a time (protocol.ts `notes`, `notes_write`; src/wire/NotePages.ts). Live's note
// functions take and give one JSON dictionary, a Max symbol on Live's side of LiveAPI; each call here
// keeps it at most MAX_ATOM_CHARS, and the notes cross the cord to node.script as numbers.
import type { Atom } from "../wire/protocol";
import { RESULT_ERROR } from "../wire/protocol";
import { MAX_ATOM_CHARS } from "../wire/liveApiCosts";
import { NOTES_TIME_END, notesJson } from "../wire/NotePages";
import { affords, chargeCall } from "./budget";
import { requireFunction, SHAPE_CHECK_CALLS } from "./classShape";
import type { Job } from "./ops";
import { at, describe, forgetPointed, retargetCost, toRaw } from "./target";


interface NoteRange {
  from_pitch: number;
  pitch_span: number;
  from_time: number;
  time_span: number;
}

/** Below this time span (beats) a range is split by pitch instead: a chord's notes start together. */
var SHORTEST_SPAN = 1 / 256;

/**
 * Reads the notes starting in [0, NOTES_TIME_END), the `fields` of each, with get_notes_extended's
 * dictionary form and its `return` list (_MxDCore/MxDCore.py _do_get_notes_extended, Live 11.2 and 12.0
 * alike: the other keys are the function's arguments). A range whose answer is longer than MAX_ATOM_CHARS is split in two and read
 * again (a dense clip costs a read per page and about one more per page for the splits); `expectedEnd`
 * (the clip's end) is the first split, so the notes past it are one read. The result is a page per read
 * that found notes, `n` then n × fields.length numbers, and `0` once done; `-1 <message>` when Live refuses.
 */
export function readNotesJob(target: Atom, expectedEnd: number, fields: string[]): Job {
  var end = expectedEnd > 0 && expectedEnd < NOTES_TIME_END ? expectedEnd : NOTES_TIME_END;
  // A stack: the clip's own range is read first.
  var ranges: NoteRange[] = [{ from_pitch: 0, pitch_span: 128, from_time: 0, time_span: end }];
  if (end < NOTES_TIME_END) ranges.unshift({ from_pitch: 0, pitch_span: 128, from_time: end, time_span: NOTES_TIME_END - end });
  return {
    write: false,
    step: function (out: Atom[]): boolean {
      while (ranges.length > 0) {
        if (!affords(retargetCost(target) + 1 + SHAPE_CHECK_CALLS, 0, 0, 0, 0)) return false;
        var range = ranges.pop() as NoteRange;
        var notes: { [field: string]: unknown }[] | null;
        try {
          notes = readRange(target, range, fields);
          if (notes === null) {
            var halves = split(range);
            ranges.push(halves[1], halves[0]);
            continue;
          }
        } catch (cause) {
          out.push(RESULT_ERROR, describe(cause));
          return true;
        }
        if (notes.length === 0) continue;
        out.push(notes.length);
        for (var n = 0; n < notes.length; n++) for (var f = 0; f < fields.length; f++) out.push(Number(notes[n][fields[f]]));
      }
      out.push(0);
      return true;
    },
  };
}

/** One page's notes, or null when Live's dictionary is longer than an atom may be. */
function readRange(target: Atom, range: NoteRange, fields: string[]): { [field: string]: unknown }[] | null {
  var api = at(target);
  requireFunction(api, "get_notes_extended");
  chargeCall();
  var ask = { from_pitch: range.from_pitch, pitch_span: range.pitch_span, from_time: range.from_time, time_span: range.time_span, return: fields };
  var text = call(api, "get_notes_extended", [JSON.stringify(ask)]);
  if (typeof text !== "string") throw new Error("Live refused to read the notes of id " + api.id);
  if (text.length > MAX_ATOM_CHARS) return null;
  var notes = (JSON.parse(text) as { notes?: unknown }).notes;
  if (!(notes instanceof Array)) throw new Error("Live's notes of id " + api.id + " have no list");
  return notes as { [field: string]: unknown }[];
}

/** Halves a range: by time, or by pitch once its time span is a chord's. */
function split(range: NoteRange): NoteRange[] {
  var a = { from_pitch: range.from_pitch, pitch_span: range.pitch_span, from_time: range.from_time, time_span: range.time_span };
  var b = { from_pitch: range.from_pitch, pitch_span: range.pitch_span, from_time: range.from_time, time_span: range.time_span };
  if (range.time_span > SHORTEST_SPAN) {
    a.time_span = b.time_span = range.time_span / 2;
    b.from_time = range.from_time + a.time_span;
  } else if (range.pitch_span > 1) {
    a.pitch_span = Math.floor(range.pitch_span / 2);
    b.from_pitch = range.from_pitch + a.pitch_span;
    b.pitch_span = range.pitch_span - a.pitch_span;
  } else throw new Error("notes too dense to read at pitch " + range.from_pitch + ", beat " + range.from_time);
  return [a, b];
}

/**
 * One page of notes handed to `fn` (apply_note_modifications, add_new_notes) as its dictionary. The bundle
 * pages them (NotePages.notePageEnds); a page over MAX_ATOM_CHARS is refused here, never cut. Live's
 * apply_note_modifications changes only the notes listed (Live 12's API: "The given list can be a subset
 * of the notes in the clip"; _MxDCore reads the listed ids with get_notes_by_id and sets their fields).
 */
export function writeNotesJob(target: Atom, fn: string, fields: string[], values: number[]): Job {
  return {
    write: true,
    step: function (out: Atom[]): boolean {
      if (!affords(retargetCost(target) + 1 + SHAPE_CHECK_CALLS, 0, 0, 0, 0)) return false;
      try {
        var json = notesJson(fields, values, 0, values.length / fields.length);
        if (json.length > MAX_ATOM_CHARS) throw new Error("a page of notes longer than an atom");
        var api = at(target);
        requireFunction(api, fn);
        chargeCall();
        forgetPointed();
        var result = call(api, fn, [json]);
        var raw = result === undefined || result === null || result === "" ? [] : toRaw(result);
        out.push(raw.length);
        for (var i = 0; i < raw.length; i++) out.push(raw[i]);
      } catch (cause) {
        out.push(RESULT_ERROR, describe(cause));
      }
      return true;
    },
  };
}

/** Max's LiveAPI.call takes the function's arguments as further arguments (the typings say one). */
function call(api: LiveAPI, fn: string, args: Atom[]): unknown {
  var apply = api.call as unknown as (...values: Atom[]) => unknown;
  return apply.apply(api, [fn as Atom].concat(args));
}
