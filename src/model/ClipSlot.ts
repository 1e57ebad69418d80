import type { Answer } from "./Answer";
import { LiveObject } from "./LiveObject";
import type { Clip } from "./Clip";
import type { LiveObjects } from "./LiveObjects";
import type { Mirror } from "../lom/Mirror";

export class ClipSlot extends LiveObject<"ClipSlot"> {
  constructor(
    id: number,
    mirror: Mirror,
    private readonly objects: LiveObjects,
  ) {
    super(id, mirror, "ClipSlot");
  }

  get hasClip(): boolean {
    return this.prop("has_clip") ?? false;
  }
  /** Position in its track, which is also its scene's index. */
  get index(): number {
    const parent = this.mirror.node(this.mirror.node(this.id)?.parent);
    if (parent?.type === "Scene") return this.mirror.children(this.mirror.songId, "Song", "scenes").indexOf(parent.id);
    const track = this.trackId;
    return track === null ? -1 : this.mirror.children(track, "Track", "clip_slots").indexOf(this.id);
  }
  get isTriggered(): boolean {
    return this.trackProp("fired_slot_index") === this.index;
  }
  get isPlaying(): boolean {
    return this.hasClip && this.trackProp("playing_slot_index") === this.index;
  }

  /** Its track: the parent it was loaded through, or, for a slot loaded with a scene's row, the track at its position. */
  get trackId(): number | null {
    const parent = this.mirror.node(this.mirror.node(this.id)?.parent);
    if (parent?.type !== "Scene") return parent?.id ?? null;
    const position = this.mirror.children(parent.id, "Scene", "clip_slots").indexOf(this.id);
    return this.mirror.children(this.mirror.songId, "Song", "tracks")[position] ?? null;
  }
  private trackProp(prop: "fired_slot_index" | "playing_slot_index"): number | undefined {
    const track = this.trackId;
    return track === null ? undefined : this.mirror.get(track, "Track", prop);
  }

  clip(): Clip | null {
    const id = this.mirror.child(this.id, "ClipSlot", "clip");
    return id === null ? null : this.objects.clip(id);
  }

  /** On an empty slot of an armed track this records, for `recordLengthBeats` when given (Live 11+). */
  fire(recordLengthBeats?: number): Answer {
    return recordLengthBeats === undefined ? this.invoke("fire") : this.invoke("fire", recordLengthBeats);
  }
  stop(): Answer {
    return this.invoke("stop");
  }
  createClip(lengthBeats: number): Answer {
    return this.invoke("create_clip", lengthBeats);
  }
  deleteClip(): Answer {
    return this.invoke("delete_clip");
  }
  duplicateClipTo(target: ClipSlot): Answer {
    return this.invoke("duplicate_clip_to", "id", target.id);
  }
}
