// Song.View (https://docs.cycling74.com/apiref/lom/song_view/): the selection. The highlighted clip slot
// is the selected track's slot in the selected scene; detail_clip is its clip. Selection is not an edit:
// it never enters the undo history.
import type { LomClass } from "./LiveObject";
import { ClipSlot } from "./ClipSlot";
import { Chain, Device } from "./Device";
import type { LiveCore } from "./LiveCore";
import type { LiveObject as LiveObjectType } from "./LiveObject";
import { Clip } from "./Clip";
import { LiveError, LiveObject, child, field, idArg, lomClass } from "./LiveObject";
import { Scene } from "./Scene";
import { Track } from "./Track";

type Selection = "selected_track" | "selected_scene" | "selected_chain" | "selected_parameter";

/** A settable object reference: `set selected_track id 5`. */
const selectable = <T extends LiveObjectType>(prop: Selection, type: string, cls: abstract new (...args: never[]) => T, observe = true) => ({
  ...child<SongView>(type, (o) => o.selected(prop), observe),
  set: (o: SongView, args: unknown[]) => o.select(prop, o.lookup(args, prop, cls)),
});

const SONG_VIEW: LomClass<LiveObject> = lomClass<SongView>({
  name: "Song.View",
  description: "This class represents the view aspects of a Live document: the Session and Arrangement Views.",
  props: {
    selected_track: selectable("selected_track", "Track", Track),
    selected_scene: selectable("selected_scene", "Scene", Scene),
    selected_chain: selectable("selected_chain", "Chain", Chain),
    selected_parameter: child("DeviceParameter", (o) => o.selected("selected_parameter"), true),
    highlighted_clip_slot: {
      ...child<SongView>("ClipSlot", (o) => o.highlightedSlot()),
      set: (o, args) => o.highlight(o.lookup(args, "highlighted_clip_slot", ClipSlot)),
    },
    detail_clip: {
      ...child<SongView>("Clip", (o) => o.highlightedSlot()?.clip ?? null, true),
      set: (o, args) => o.highlight(o.lookup(args, "detail_clip", Clip).slot),
    },
    draw_mode: field("draw_mode", "bool", true, (_o, args) => (Number(args[0]) ? 1 : 0)),
    follow_song: field("follow_song", "bool", true, (_o, args) => (Number(args[0]) ? 1 : 0)),
  },
  fns: {
    select_device: {
      write: true,
      call: (o, args) => o.selectDevice(o.lookup(args, "select_device", Device)),
    },
  },
});

export class SongView extends LiveObject {
  private readonly selection: Record<Selection, LiveObjectType | null> = {
    selected_track: null,
    selected_scene: null,
    selected_chain: null,
    selected_parameter: null,
  };

  constructor(core: LiveCore) {
    super(core);
    this.values.draw_mode = 0;
    this.values.follow_song = 0;
  }

  get lom(): LomClass<LiveObject> {
    return SONG_VIEW;
  }
  get parent(): LiveObjectType {
    return this.core.song;
  }
  pathSegment(): string {
    return "view";
  }

  get selectedTrack(): Track | null {
    return this.selected("selected_track") as Track | null;
  }
  get selectedScene(): Scene | null {
    return this.selected("selected_scene") as Scene | null;
  }

  selected(prop: Selection): LiveObjectType | null {
    const o = this.selection[prop];
    return o && o.alive ? o : null;
  }

  highlightedSlot(): ClipSlot | null {
    const track = this.selectedTrack;
    const scene = this.selectedScene;
    return track && scene ? (track.clipSlots[scene.index] ?? null) : null;
  }

  select(prop: Selection, o: LiveObjectType | null): void {
    if (this.selection[prop] === o) return;
    // Live raises "The given Track is invisible" for a track inside a folded group
    // (https://github.com/hdavid/launchpad95/issues/83).
    if (o instanceof Track && !o.isVisible) throw new LiveError("The given Track is invisible");
    const slotBefore = this.highlightedSlot();
    this.selection[prop] = o;
    this.core.notify(this, prop);
    if (this.highlightedSlot() !== slotBefore) this.core.notify(this, "detail_clip");
  }

  highlight(slot: ClipSlot): void {
    this.select("selected_track", slot.track);
    const scene = this.core.song.scenes[slot.index];
    if (scene) this.select("selected_scene", scene);
  }

  /** Song.View.select_device: "Selects the given device object in its track. The track containing the device
   * will not be shown automatically." */
  selectDevice(device: Device): void {
    let host: LiveObjectType | null = device.host;
    while (host && !(host instanceof Track)) host = host.parent;
    if (host instanceof Track) host.view.select(device);
  }

  /** Selects a track Live just created or moved to; inside a folded group the visible group is selected instead. */
  selectVisible(track: Track | undefined): void {
    let visible: Track | null = track ?? null;
    while (visible && !visible.isVisible) visible = visible.groupTrack;
    if (visible) this.select("selected_track", visible);
  }

  lookup<T extends LiveObjectType>(args: unknown[], what: string, cls: abstract new (...args: never[]) => T): T {
    const o = this.core.object(idArg(args, what));
    if (!(o instanceof cls) || !o.alive) throw new LiveError(`${what}: invalid object ${JSON.stringify(args)}`);
    return o;
  }
}
