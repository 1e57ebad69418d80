// A session clip of a Live Set file: its name, loop and markers, whether it is deactivated, and its notes.
// Paths are relative to the MidiClip / AudioClip element. Loop: LoopStart / LoopEnd are the loop while it is
// on and the start / end markers while it is off (HiddenLoopStart / HiddenLoopEnd keep the loop then);
// StartRelative is the start marker from LoopStart, OutMarker the end marker of a looping clip. Notes sit in
// one KeyTrack a pitch, whose MidiKey comes after its notes; times are beats from the clip's start.
import type { ClipInit, NoteInit } from "../live/Clip";

type Attributes = Record<string, string>;

const KEY_TRACK = "Notes/KeyTracks/KeyTrack";

export class ClipDraft {
  private readonly values = new Map<string, string>();
  private readonly notes: NoteInit[] = [];
  /** The notes of the key track being read, until its MidiKey names their pitch. */
  private pending: NoteInit[] = [];

  constructor(private readonly midi: boolean) {}

  element(path: string, attributes: Attributes): void {
    const value = attributes.Value;
    if (path === KEY_TRACK) this.pending = [];
    else if (path === `${KEY_TRACK}/Notes/MidiNoteEvent`) this.pending.push(note(attributes));
    else if (path === `${KEY_TRACK}/MidiKey` && value !== undefined) {
      for (const n of this.pending) this.notes.push({ ...n, pitch: Number(value) });
      this.pending = [];
    } else if (value !== undefined) this.values.set(path, value);
  }

  describe(): ClipInit {
    const num = (path: string): number => Number(this.values.get(path) ?? 0);
    const looping = this.values.get("Loop/LoopOn") === "true";
    const [first, last] = [num("Loop/LoopStart"), num("Loop/LoopEnd")];
    const start = first + num("Loop/StartRelative");
    const markers = looping
      ? { loop_start: first, loop_end: last, start_marker: start, end_marker: this.values.has("Loop/OutMarker") ? num("Loop/OutMarker") : last }
      : { loop_start: num("Loop/HiddenLoopStart"), loop_end: num("Loop/HiddenLoopEnd"), start_marker: start, end_marker: last };
    const clip: ClipInit = {
      name: this.values.get("Name") ?? "",
      length: looping ? last - first : markers.end_marker - markers.start_marker,
      looping,
      muted: this.values.get("Disabled") === "true",
      markers,
    };
    if (this.midi) clip.notes = this.notes;
    return clip;
  }
}

/** One MidiNoteEvent: Live 11 added Probability, VelocityDeviation and NoteId beside Live 9's attributes. */
function note(a: Attributes): NoteInit {
  const n: NoteInit = { pitch: 0, start_time: Number(a.Time), duration: Number(a.Duration), velocity: Number(a.Velocity ?? 100), mute: a.IsEnabled === "false" ? 1 : 0 };
  if (a.OffVelocity !== undefined) n.release_velocity = Number(a.OffVelocity);
  if (a.Probability !== undefined) n.probability = Number(a.Probability);
  if (a.VelocityDeviation !== undefined) n.velocity_deviation = Number(a.VelocityDeviation);
  return n;
}
