// Clip (https://docs.cycling74.com/apiref/lom/clip/): a Session clip in a slot, or an Arrangement clip on a
// track at a start time (Track.duplicate_clip_to_arrangement). MIDI notes use Live 11+'s
// dictionary API: get_notes_extended / get_all_notes_extended answer {"notes": [...]} as JSON text,
// add_new_notes / apply_note_modifications take such a dictionary.
import type { ClipSlot } from "./ClipSlot";
import type { Track } from "./Track";
import type { LiveCore } from "./LiveCore";
import { ARRANGEMENT_AUDIO_CLIP, ARRANGEMENT_CLIP, AUDIO_CLIP, CLIP, NOTE_ATTRS } from "./ClipLom";
import type { NoteRange } from "./ClipLom";
import type { Atom, LomClass } from "./LiveObject";
import { LiveError, LiveObject } from "./LiveObject";
import { checkGrid, quantizedStart } from "./ClipQuantize";

/** One note as the dictionaries carry it (https://docs.cycling74.com/apiref/lom/clip/, get_notes_extended). */
export interface MidiNote {
  note_id: number;
  pitch: number;
  start_time: number;
  duration: number;
  velocity: number;
  mute: number;
  probability: number;
  velocity_deviation: number;
  release_velocity: number;
}

export type NoteInit = Partial<MidiNote> & Pick<MidiNote, "pitch" | "start_time" | "duration">;

export interface ClipInit {
  name?: string;
  length: number;
  color?: number;
  looping?: boolean;
  muted?: boolean;
  notes?: NoteInit[];
  /** Markers in beats, when not 0 and `length` (a copied clip keeps the original's). */
  markers?: ClipMarkers;
}

export interface ClipMarkers {
  loop_start: number;
  loop_end: number;
  start_marker: number;
  end_marker: number;
}

/** Live's MidiNote holds these as integers (mute as a bool, written int(mute)); the rest are floats. */
const INT_ATTRS: readonly (keyof MidiNote)[] = ["note_id", "pitch", "mute"];

function pythonNumber(value: number, isInt: boolean): string {
  if (isInt) return String(Math.trunc(value));
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

const NOTE_DEFAULTS = { velocity: 100, mute: 0, probability: 1, velocity_deviation: 0, release_velocity: 64 };

/** Where an Arrangement clip lies: its track and its start in song time (beats). */
export interface ArrangementPlace {
  track: Track;
  start: number;
}

export class Clip extends LiveObject {
  notes: MidiNote[] = [];
  private readonly session: ClipSlot | null;
  readonly arrangement: ArrangementPlace | null;

  constructor(core: LiveCore, home: ClipSlot | ArrangementPlace, init: ClipInit) {
    super(core);
    this.session = "start" in home ? null : home;
    this.arrangement = "start" in home ? home : null;
    const [numerator, denominator] = [core.song.num("signature_numerator"), core.song.num("signature_denominator")];
    Object.assign(this.values, {
      name: init.name ?? "",
      color: init.color ?? 0x3c9dff,
      color_index: 0,
      looping: init.looping === false ? 0 : 1,
      loop_start: 0,
      loop_end: init.length,
      start_marker: 0,
      end_marker: init.length,
      muted: init.muted ? 1 : 0,
      signature_numerator: numerator,
      signature_denominator: denominator,
      launch_mode: 0,
      launch_quantization: 0,
      legato: 0,
      velocity_amount: 0,
      is_playing: 0,
      is_recording: 0,
      is_triggered: 0,
      playing_position: 0,
      ...init.markers,
    });
    this.notes = (init.notes ?? []).map((n) => this.newNote(n));
  }

  get lom(): LomClass<LiveObject> {
    if (this.arrangement) return this.isMidi ? ARRANGEMENT_CLIP : ARRANGEMENT_AUDIO_CLIP;
    return this.isMidi ? CLIP : AUDIO_CLIP;
  }
  get parent(): LiveObject {
    return this.arrangement?.track ?? this.slot;
  }
  pathSegment(): string {
    return this.arrangement ? `arrangement_clips ${this.arrangement.track.arrangementClips.indexOf(this)}` : "clip";
  }
  /** Its Session slot; an Arrangement clip has none (launching one is not modelled). */
  get slot(): ClipSlot {
    if (this.session === null) throw new LiveError(`${this} is an arrangement clip: launching it is not modelled`);
    return this.session;
  }
  get track(): Track {
    return this.arrangement?.track ?? this.slot.track;
  }

  num(prop: string): number {
    return Number(this.values[prop]);
  }
  get isMidi(): boolean {
    return this.track.kind === "midi";
  }
  get looping(): boolean {
    return this.values.looping === 1;
  }
  /** "For looped clips: loop length in beats. Otherwise it's the length between start and end marker." */
  get length(): number {
    return this.looping ? this.num("loop_end") - this.num("loop_start") : this.num("end_marker") - this.num("start_marker");
  }

  /** Transport state (not an edit: kept out of undo). */
  setState(prop: "is_playing" | "is_recording" | "is_triggered" | "playing_position", value: Atom): void {
    this.core.setValue(this, prop, value, false);
  }

  /** Sets the clip's length (recording growth): loop end and end marker move together. */
  setRecordedLength(beats: number): void {
    this.core.setValue(this, "loop_end", beats, false);
    this.core.setValue(this, "end_marker", beats, false);
  }

  notesIn(range: NoteRange): MidiNote[] {
    return this.notes.filter(
      (n) =>
        n.pitch >= range.fromPitch &&
        n.pitch < range.fromPitch + range.pitchSpan &&
        n.start_time >= range.fromTime &&
        n.start_time < range.fromTime + range.timeSpan,
    );
  }

  notesById(ids: number[]): MidiNote[] {
    return this.notes.filter((n) => ids.includes(n.note_id));
  }

  /**
   * The dictionary as Live's bridge writes it: json.dumps({"notes": [...]}) with Python's separators
   * (", ", ": "), keys in MIDI_NOTE_ATTRS order, only `fields` when the call gave a `return` list
   * (_MxDCore/MxDCore.py _midi_note_vector_to_dict_output, LomTypes.py data_dict_to_json, NotesAPIUtils.py),
   * floats written as Python writes them (100.0), so a page is as long here as in Live.
   */
  notesJson(notes: MidiNote[], fields: readonly (keyof MidiNote)[] = NOTE_ATTRS): string {
    const wanted = NOTE_ATTRS.filter((field) => fields.includes(field));
    const note = (n: MidiNote) => `{${wanted.map((field) => `"${field}": ${pythonNumber(n[field], INT_ATTRS.includes(field))}`).join(", ")}}`;
    return `{"notes": [${notes.map(note).join(", ")}]}`;
  }

  /** Returns the new notes' ids ("add_new_notes ... Returns a list of note IDs of the added notes"). */
  addNotes(list: Record<string, unknown>[]): Atom[] {
    const added = list.map((raw) => this.newNote(checkNote(raw)));
    this.replaceNotes([...this.notes, ...added], `add ${added.length} notes to ${this}`);
    return added.map((n) => n.note_id);
  }

  removeNotes(notes: MidiNote[]): void {
    if (notes.length === 0) return;
    this.replaceNotes(this.notes.filter((n) => !notes.includes(n)), `remove ${notes.length} notes from ${this}`);
  }

  /** Changes notes by note_id; notes whose id the clip does not hold are ignored, as Live does. */
  modifyNotes(list: Record<string, unknown>[]): void {
    const byId = new Map(list.map((raw) => [Number(raw.note_id), raw]));
    const next = this.notes.map((n) => {
      const change = byId.get(n.note_id);
      if (!change) return n;
      const merged = { ...n };
      for (const key of Object.keys(NOTE_DEFAULTS).concat(["pitch", "start_time", "duration"]) as (keyof MidiNote)[]) {
        if (change[key] !== undefined) merged[key] = Number(change[key]);
      }
      return merged;
    });
    this.replaceNotes(next, `modify notes of ${this}`);
  }

  /** Clip.quantize (ClipQuantize.ts): one edit of the notes, one undo entry. */
  quantize(grid: number, amount: number): void {
    checkGrid(grid);
    if (!this.isMidi) return;
    this.replaceNotes(this.notes.map((n) => ({ ...n, start_time: quantizedStart(n.start_time, grid, amount) })), `quantize ${this}`);
  }

  /**
   * Clip.duplicate_loop (Live 12's API: "Make the loop two times longer and duplicates notes and envelopes.
   * Duplicates the clip start/end range if the clip is not looped"): the region's notes copied after it and
   * its end moved, one undo entry. That a looping clip's end marker follows its loop end (when it was not
   * past it already) is assumed, as Live's editor shows the doubled loop whole.
   */
  duplicateLoop(): void {
    const [startProp, endProp] = this.looping ? ["loop_start", "loop_end"] : ["start_marker", "end_marker"];
    const [start, end] = [this.num(startProp), this.num(endProp)];
    const length = end - start;
    const before = { ...this.values };
    const copies = this.notes.filter((n) => n.start_time >= start && n.start_time < end).map((n) => this.newNote({ ...n, start_time: n.start_time + length }));
    const notesBefore = this.notes;
    const notesAfter = [...this.notes, ...copies];
    const ends: Record<string, number> = { [endProp]: end + length };
    if (this.looping) ends.end_marker = Math.max(this.num("end_marker"), end + length);
    const apply = (notes: MidiNote[], values: Record<string, Atom>) => {
      this.notes = notes;
      for (const prop of Object.keys(ends)) this.core.setValue(this, prop, values[prop]!, false);
    };
    apply(notesAfter, ends);
    this.core.undo.record(`duplicate loop of ${this}`, () => apply(notesBefore, before), undefined, () => apply(notesAfter, ends));
  }

  describe(): ClipInit {
    return {
      name: String(this.values.name),
      length: this.length,
      color: this.num("color"),
      looping: this.looping,
      muted: this.values.muted === 1,
      notes: this.notes.map(({ note_id: _id, ...rest }) => rest),
      markers: {
        loop_start: this.num("loop_start"),
        loop_end: this.num("loop_end"),
        start_marker: this.num("start_marker"),
        end_marker: this.num("end_marker"),
      },
    };
  }

  private replaceNotes(next: MidiNote[], description: string): void {
    const before = this.notes;
    this.notes = next;
    this.core.undo.record(
      description,
      () => (this.notes = before),
      undefined,
      () => (this.notes = next),
    );
  }

  private newNote(init: NoteInit): MidiNote {
    return { ...NOTE_DEFAULTS, ...init, note_id: this.core.nextNoteId() };
  }
}

/** add_new_notes requires pitch, start_time and duration; the other keys are optional. */
function checkNote(raw: Record<string, unknown>): NoteInit {
  const note: Record<string, number> = {};
  for (const key of ["pitch", "start_time", "duration"]) {
    if (typeof raw[key] !== "number") throw new LiveError(`add_new_notes: each note needs a numeric ${key}`);
    note[key] = raw[key] as number;
  }
  for (const key of Object.keys(NOTE_DEFAULTS)) if (typeof raw[key] === "number") note[key] = raw[key] as number;
  if (note.pitch < 0 || note.pitch > 127) throw new LiveError(`add_new_notes: pitch ${note.pitch} out of range`);
  if (note.duration <= 0) throw new LiveError("add_new_notes: duration must be positive");
  return note as unknown as NoteInit;
}
