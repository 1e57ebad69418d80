// Live's Song.View (https://docs.cycling74.com/apiref/lom/song_view/): what is selected, and selecting.
// The one place that finds the view and writes the selection. Selecting is not an edit: Live records
// no undo step for it.
import type { Mirror, TypedPropListener } from "../lom/Mirror";
import type { PropName, PropValue } from "../lom/LomClasses";
import type { Unsubscribe } from "../events/EventBus";
import type { Device } from "./Device";
import type { Scene } from "./Scene";
import type { SimpleTrack } from "./SimpleTrack";

export class SongView {
  constructor(private readonly mirror: Mirror) {}

  /** Null until the set is read. */
  get id(): number | null {
    return this.mirror.child(this.mirror.songId, "Song", "view");
  }

  prop<P extends PropName<"SongView">>(prop: P): PropValue<"SongView", P> | undefined {
    const id = this.id;
    return id === null ? undefined : this.mirror.get(id, "SongView", prop);
  }
  /** Follows `prop`; before the set is read there is nothing to follow. */
  subscribe<P extends PropName<"SongView">>(prop: P, listener: TypedPropListener<"SongView", P>): Unsubscribe {
    const id = this.id;
    return id === null ? () => undefined : this.mirror.subscribe(id, "SongView", prop, listener);
  }

  selectTrack(track: SimpleTrack): Promise<unknown> {
    return this.write("selected_track", track.id);
  }
  selectScene(scene: Scene): Promise<unknown> {
    return this.write("selected_scene", scene.id);
  }
  /**
   * Song.View.select_device makes it the track view's selected_device (read-only itself): shown
   * pending, so the next detent moves on from it.
   */
  selectDevice(track: SimpleTrack, device: Device): Promise<unknown> {
    const view = this.id;
    if (view === null) return Promise.resolve();
    const trackView = track.viewId();
    const effects = trackView === null ? [] : [{ id: trackView, prop: "selected_device", value: ["id", device.id] }];
    return this.mirror.call(view, "SongView", "select_device", ["id", device.id], effects);
  }

  private write(prop: "selected_track" | "selected_scene", id: number): Promise<unknown> {
    const view = this.id;
    return view === null ? Promise.resolve() : this.mirror.set(view, "SongView", prop, ["id", id]);
  }
}
