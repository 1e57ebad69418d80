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
  get isTriggered(): boolean {
    return this.prop("is_triggered") ?? false;
  }

  clip(): Clip | null {
    const id = this.mirror.child(this.id, "ClipSlot", "clip");
    return id === null ? null : this.objects.clip(id);
  }

  fire(): Promise<unknown> {
    return this.invoke("fire");
  }
  stop(): Promise<unknown> {
    return this.invoke("stop");
  }
  createClip(lengthBeats: number): Promise<unknown> {
    return this.invoke("create_clip", lengthBeats);
  }
  deleteClip(): Promise<unknown> {
    return this.invoke("delete_clip");
  }
  duplicateClipTo(target: ClipSlot): Promise<unknown> {
    return this.invoke("duplicate_clip_to", "id", target.id);
  }
}
