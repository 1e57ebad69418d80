// Live's Clip (https://docs.cycling74.com/apiref/lom/clip/): its markers and loop, read from the mirror;
// its notes, which are not observable, read when an edit needs them.
import { ACCEPTED, Answer, type Outcome } from "./Answer";
import { derived, type Observable } from "../events/Observable";
import { LiveObject } from "./LiveObject";
import { makeMonophonic, pitchShiftWithin, scaleVelocities, spreadVelocities, transposeNotes, type Note } from "./NoteEdits";
import { notePageEnds, type NoteField } from "../wire/NotePages";

/** The part of a clip that plays, in beats: its loop when looping, else its start and end markers. */
export interface Region {
  start: number;
  end: number;
}

export interface RecordingProgress {
  recording: boolean;
  /** Beats recorded so far (the clip's loop end grows as Live records). */
  beats: number;
}

/** What a note edit did: Live's outcome, the clip's notes and how many it wrote (0: nothing to change, nothing sent). */
export interface NoteEdit {
  outcome: Outcome;
  notes: number;
  changed: number;
}

export class Clip extends LiveObject<"Clip"> {
  /** The note edit under way: the next one reads the notes it wrote, however fast the detents come. */
  private lastEdit: Promise<unknown> = Promise.resolve();

  get name(): string {
    return this.prop("name") ?? "";
  }
  get length(): number {
    return this.prop("length") ?? 0;
  }
  get looping(): boolean {
    return this.prop("looping") ?? false;
  }
  get loopStart(): number {
    return this.prop("loop_start") ?? 0;
  }
  get loopEnd(): number {
    return this.prop("loop_end") ?? 0;
  }
  get startMarker(): number {
    return this.prop("start_marker") ?? 0;
  }
  get endMarker(): number {
    return this.prop("end_marker") ?? 0;
  }
  get isMidi(): boolean {
    return this.prop("is_midi_clip") ?? false;
  }
  get isAudio(): boolean {
    return this.prop("is_audio_clip") ?? false;
  }
  get isRecording(): boolean {
    return this.prop("is_recording") ?? false;
  }
  get muted(): boolean {
    return this.prop("muted") ?? false;
  }

  region(): Region {
    return this.looping ? { start: this.loopStart, end: this.loopEnd } : { start: this.startMarker, end: this.endMarker };
  }

  /** Its recording state, observed: a deleted clip reads as not recording. */
  recordingProgress(): Observable<RecordingProgress> {
    return derived(
      () => ({ recording: this.exists && this.isRecording, beats: this.loopEnd }),
      (["is_recording", "loop_end"] as const).map((prop) => this.mirror.observable(this.id, "Clip", prop)),
    );
  }

  /**
   * Sets the playing region; a looping clip also starts playing at its loop start. The writes are
   * ordered from the region the mirror shows so Live never sees a start after an end (it refuses those).
   */
  setRegion(to: Region): Answer {
    const writes: (() => Answer)[] = [];
    const pair = (from: Region, setStart: (v: number) => Answer, setEnd: (v: number) => Answer) => {
      const start = () => setStart(to.start);
      const end = () => setEnd(to.end);
      writes.push(...(to.start >= from.end ? [end, start] : [start, end]));
    };
    if (this.looping) {
      pair(this.region(), (v) => this.setLoopStart(v), (v) => this.setLoopEnd(v));
      pair({ start: this.startMarker, end: this.endMarker }, (v) => this.setStartMarker(v), (v) => this.setEndMarker(v));
    } else {
      pair(this.region(), (v) => this.setStartMarker(v), (v) => this.setEndMarker(v));
    }
    return Answer.all(writes.map((write) => write()));
  }

  setName(name: string): Answer {
    return this.write("name", name);
  }
  setLooping(looping: boolean): Answer {
    return this.write("looping", looping ? 1 : 0);
  }
  setLoopStart(beats: number): Answer {
    return this.write("loop_start", beats);
  }
  setLoopEnd(beats: number): Answer {
    return this.write("loop_end", beats);
  }
  setStartMarker(beats: number): Answer {
    return this.write("start_marker", beats);
  }
  setEndMarker(beats: number): Answer {
    return this.write("end_marker", beats);
  }
  fire(): Answer {
    return this.invoke("fire");
  }
  stop(): Answer {
    return this.invoke("stop");
  }
  /** Clip.quantize: note starts to `grid` (Song.midi_recording_quantization's numbering), `amount` 0..1 of the way. */
  quantize(grid: number, amount: number): Answer {
    return this.invoke("quantize", grid, amount);
  }
  /** Clip.duplicate_loop: the loop twice as long, its notes copied into the new half. */
  duplicateLoop(): Answer {
    return this.invoke("duplicate_loop");
  }

  // A note edit reads the notes in pages and writes back the notes it changed in pages (protocol.ts
  // `notes`, `notes_write`), every dictionary within an atom. In Live each apply_note_modifications and
  // remove_notes_by_id call is an undo entry of its own (no undo grouping reaches Max for Live), so an
  // edit of n changed notes is ceil(n / notes a page) entries: about 880 notes a page of velocities, 1,100
  // of durations, 1,000 ids a removal (11 for the velocities of 10,000 notes). The simulator's undo steps
  // group them as one.

  /** Velocities times `factor` (NoteEdits.scaleVelocities), after the edits before it; answers Live's outcome, taken. */
  scaleVelocities(factor: number): Promise<Outcome> {
    return this.editNotes(["note_id", "velocity"], (notes) => this.modify(["velocity"], notes, scaleVelocities(notes, factor)).answer.take());
  }

  /** One note at a time (NoteEdits.makeMonophonic), after the edits before it; answers Live's outcome, taken. */
  makeMonophonic(): Promise<Outcome> {
    return this.editNotes(["note_id", "pitch", "start_time", "duration"], async (notes) => {
      const { kept, removed } = makeMonophonic(notes);
      const removal = await this.removeNotes(removed.map((note) => note.note_id)).take();
      return removal.kind === "accepted" ? this.modify(["duration"], notes, kept).answer.take() : removal;
    });
  }

  /** Every note `semitones` higher, as far as all of them stay in MIDI's range (`by`: the shift made). */
  transpose(semitones: number): Promise<NoteEdit & { by: number }> {
    return this.editNotes(["note_id", "pitch"], async (notes) => {
      const by = pitchShiftWithin(notes, semitones);
      return { ...(await this.written(notes, this.modify(["pitch"], notes, transposeNotes(notes, by)))), by };
    });
  }

  /** Velocities spread from their mean (`factor` > 1) or drawn towards it (< 1): NoteEdits.spreadVelocities. */
  spreadVelocities(factor: number): Promise<NoteEdit> {
    return this.editNotes(["note_id", "velocity"], (notes) => this.written(notes, this.modify(["velocity"], notes, spreadVelocities(notes, factor))));
  }

  private async written(notes: readonly unknown[], { answer, changed }: { answer: Answer; changed: number }): Promise<NoteEdit> {
    return { outcome: changed === 0 ? ACCEPTED : await answer.take(), notes: notes.length, changed };
  }

  /** Runs `edit` on the clip's notes once the edits before it have been written. */
  private editNotes<F extends NoteField, R>(fields: readonly F[], edit: (notes: Note<F>[]) => Promise<R>): Promise<R> {
    const next = this.lastEdit.then(() => this.notes(fields).then(edit));
    this.lastEdit = next.catch(() => undefined);
    return next;
  }

  /**
   * Notes are not mirrored (they are not observable); they are read when an action needs them, only the
   * fields it uses. A note Live answers in two pages counts once (Live's API does not say whether a range
   * holds the notes starting in it or those overlapping it).
   */
  private async notes<F extends NoteField>(fields: readonly F[]): Promise<Note<F>[]> {
    const flat = await this.mirror.notes(this.id, Math.max(this.loopEnd, this.endMarker), fields);
    const notes: Note<F>[] = [];
    const seen = new Set<number>();
    for (let at = 0; at < flat.length; at += fields.length) {
      const note = {} as Note<F>;
      fields.forEach((field, i) => (note[field] = flat[at + i]!));
      const id = (note as Partial<Note>).note_id;
      if (id !== undefined && seen.has(id)) continue;
      if (id !== undefined) seen.add(id);
      notes.push(note);
    }
    return notes;
  }

  /** Writes `fields` of the notes of `after` that differ from `before`, by note_id, a page a call; `changed`: how many. */
  private modify<N extends Note<"note_id">>(fields: readonly (keyof N & NoteField)[], before: readonly N[], after: readonly N[]): { answer: Answer; changed: number } {
    const was = new Map(before.map((note) => [note.note_id, note]));
    const written: NoteField[] = ["note_id", ...fields];
    const values: number[] = [];
    for (const note of after) {
      const old = was.get(note.note_id);
      if (old !== undefined && fields.every((field) => old[field] === note[field])) continue;
      for (const field of written) values.push(Number((note as Partial<Note>)[field]));
    }
    let from = 0;
    const pages = notePageEnds(written, values).map((end) => {
      const page = values.slice(from * written.length, end * written.length);
      from = end;
      return this.mirror.modifyNotes(this.id, written, page);
    });
    return { answer: Answer.all(pages), changed: values.length / written.length };
  }

  /** Clip.remove_notes_by_id (Live 11.1+), at most REMOVED_A_CALL ids a call. */
  private removeNotes(noteIds: readonly number[]): Answer {
    const calls: Answer[] = [];
    for (let from = 0; from < noteIds.length; from += REMOVED_A_CALL) calls.push(this.invoke("remove_notes_by_id", ...noteIds.slice(from, from + REMOVED_A_CALL)));
    return Answer.all(calls);
  }
}

/** Note ids a remove_notes_by_id call takes: numbers, so no atom limit, but a bounded message (protocol.ts MAX_MESSAGE_ATOMS). */
const REMOVED_A_CALL = 1000;
