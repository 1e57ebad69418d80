import { LiveObject } from "./LiveObject";

/** A MIDI note as Live 11+'s `get_notes_extended` / `add_new_notes` dictionaries carry it. */
export interface Note {
  note_id?: number;
  pitch: number;
  start_time: number;
  duration: number;
  velocity: number;
  mute?: boolean | number;
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

  /** Runs `edit` on the clip's notes once the edits before it have been written. */
  editNotes(edit: (notes: Note[]) => Promise<unknown>): Promise<unknown> {
    const next = this.lastEdit.then(() => this.notes().then(edit));
    this.lastEdit = next.catch(() => undefined);
    return next;
  }

  /** Notes are not mirrored (they are not observable); they are read when an action needs them. */
  async notes(): Promise<Note[]> {
    const raw = await this.invoke("get_all_notes_extended");
    const json = Array.isArray(raw) ? raw.join(" ") : String(raw);
    return (JSON.parse(json) as { notes: Note[] }).notes;
  }

  replaceNotes(notes: readonly Note[]): Promise<unknown> {
    return this.invoke("apply_note_modifications", JSON.stringify({ notes }));
  }

  /** Clip.remove_notes_by_id (Live 11.1+). */
  removeNotes(noteIds: readonly number[]): Promise<unknown> {
    return this.invoke("remove_notes_by_id", ...noteIds);
  }
}
