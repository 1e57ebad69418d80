// Live's Clip (https://docs.cycling74.com/apiref/lom/clip/): its markers and loop, read from the mirror;
// its notes, which are not observable, read when an edit needs them.
import type { Observable } from "../events/Observable";
import { Subscriptions } from "../events/Subscriptions";
import { LiveObject } from "./LiveObject";
import { makeMonophonic, scaleVelocities } from "./NoteEdits";

/** A MIDI note as Live 11+'s `get_notes_extended` / `add_new_notes` dictionaries carry it. */
export interface Note {
  note_id?: number;
  pitch: number;
  start_time: number;
  duration: number;
  velocity: number;
  mute?: boolean | number;
}

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
    const read = (): RecordingProgress => ({ recording: this.exists && this.isRecording, beats: this.loopEnd });
    return {
      get: read,
      subscribe: (listener) => {
        const subscriptions = new Subscriptions();
        for (const prop of ["is_recording", "loop_end"] as const) subscriptions.add(this.mirror.observable(this.id, "Clip", prop).subscribe(() => listener(read())));
        return () => subscriptions.dispose();
      },
    };
  }

  /**
   * Sets the playing region; a looping clip also starts playing at its loop start. The writes are
   * ordered from the region the mirror shows so Live never sees a start after an end (it refuses those).
   */
  setRegion(to: Region): Promise<unknown> {
    const writes: (() => Promise<unknown>)[] = [];
    const pair = (from: Region, setStart: (v: number) => Promise<unknown>, setEnd: (v: number) => Promise<unknown>) => {
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
    return Promise.all(writes.map((write) => write()));
  }

  setName(name: string): Promise<unknown> {
    return this.write("name", name);
  }
  setLooping(looping: boolean): Promise<unknown> {
    return this.write("looping", looping ? 1 : 0);
  }
  setLoopStart(beats: number): Promise<unknown> {
    return this.write("loop_start", beats);
  }
  setLoopEnd(beats: number): Promise<unknown> {
    return this.write("loop_end", beats);
  }
  setStartMarker(beats: number): Promise<unknown> {
    return this.write("start_marker", beats);
  }
  setEndMarker(beats: number): Promise<unknown> {
    return this.write("end_marker", beats);
  }
  fire(): Promise<unknown> {
    return this.invoke("fire");
  }
  stop(): Promise<unknown> {
    return this.invoke("stop");
  }

  /** Velocities times `factor` (NoteEdits.scaleVelocities), after the edits before it. */
  scaleVelocities(factor: number): Promise<unknown> {
    return this.editNotes((notes) => this.replaceNotes(scaleVelocities(notes, factor)));
  }

  /** One note at a time (NoteEdits.makeMonophonic), after the edits before it. */
  makeMonophonic(): Promise<unknown> {
    return this.editNotes(async (notes) => {
      const { kept, removed } = makeMonophonic(notes);
      const ids = removed.flatMap((note) => (note.note_id === undefined ? [] : [note.note_id]));
      if (ids.length > 0) await this.removeNotes(ids);
      await this.replaceNotes(kept);
    });
  }

  /** Runs `edit` on the clip's notes once the edits before it have been written. */
  private editNotes(edit: (notes: Note[]) => Promise<unknown>): Promise<unknown> {
    const next = this.lastEdit.then(() => this.notes().then(edit));
    this.lastEdit = next.catch(() => undefined);
    return next;
  }

  /** Notes are not mirrored (they are not observable); they are read when an action needs them. */
  private async notes(): Promise<Note[]> {
    const raw = await this.invoke("get_all_notes_extended");
    const json = Array.isArray(raw) ? raw.join(" ") : String(raw);
    return (JSON.parse(json) as { notes: Note[] }).notes;
  }

  private replaceNotes(notes: readonly Note[]): Promise<unknown> {
    return this.invoke("apply_note_modifications", JSON.stringify({ notes }));
  }

  /** Clip.remove_notes_by_id (Live 11.1+). */
  private removeNotes(noteIds: readonly number[]): Promise<unknown> {
    return this.invoke("remove_notes_by_id", ...noteIds);
  }
}
