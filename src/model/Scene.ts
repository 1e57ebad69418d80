import { LiveObject } from "./LiveObject";
import type { ClipSlot } from "./ClipSlot";
import type { Mirror } from "../lom/Mirror";

export class Scene extends LiveObject<"Scene"> {
  /** Rebuilt by the track mapper when tracks or scenes change; the slots themselves are reused. */
  clipSlots: ClipSlot[] = [];
  /** State the looping-scene action keeps; it survives scene inserts. */
  looping = false;

  constructor(id: number, mirror: Mirror) {
    super(id, mirror, "Scene");
  }

  get name(): string {
    return this.prop("name") ?? "";
  }
  get isTriggered(): boolean {
    return this.prop("is_triggered") ?? false;
  }
  get index(): number {
    return this.mirror.children(this.mirror.songId, "Song", "scenes").indexOf(this.id);
  }

  fire(): Promise<unknown> {
    return this.invoke("fire");
  }
  setName(name: string): Promise<unknown> {
    return this.write("name", name);
  }
  /** Makes it Live's selected scene (Song.View.selected_scene, https://docs.cycling74.com/apiref/lom/song_view/). */
  select(): Promise<unknown> {
    const view = this.mirror.child(this.mirror.songId, "Song", "view");
    return view === null ? Promise.resolve() : this.mirror.set(view, "selected_scene", ["id", this.id]);
  }
}
