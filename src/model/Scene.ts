import { LiveObject } from "./LiveObject";
import type { Clip } from "./Clip";
import type { ClipSlot } from "./ClipSlot";
import { loadChild, type Load } from "./Load";
import type { Mirror } from "../lom/Mirror";
import type { LiveObjects } from "./LiveObjects";

export class Scene extends LiveObject<"Scene"> {
  /** State the looping-scene action keeps; it survives scene inserts. */
  looping = false;

  constructor(
    id: number,
    mirror: Mirror,
    private readonly objects: LiveObjects,
  ) {
    super(id, mirror, "Scene");
  }

  /** Its row, in track order, while the row is held (the selected scene, a looping one); else empty. */
  get clipSlots(): ClipSlot[] {
    return this.childIds("clip_slots").map((id) => this.objects.clipSlot(id));
  }

  /** The clips of its row (while the row is loaded). */
  clips(): Clip[] {
    return this.clipSlots.map((slot) => slot.clip()).filter((clip): clip is Clip => clip !== null);
  }
  /** Its length in whole bars of `barBeats` beats: its longest clip's region; 0 without clips. */
  bars(barBeats: number): number {
    const beats = Math.max(0, ...this.clips().map((clip) => clip.region().end - clip.region().start));
    return Math.ceil(beats / barBeats - 1e-9);
  }
  /** Its row, loaded for whoever asks until released (the focus holds the selected scene's). */
  loadClipSlots(): Load {
    return loadChild(this.mirror, this.id, "clip_slots");
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
    return this.objects.view.selectScene(this);
  }
}
