// What the musician is looking at, kept loaded and observed: the selected track (with the rest of
// an external synth it belongs to), the selected scene's row, the detail clip and the selected
// device's parameters. Everything else is read when an action needs it, so observers and the sync
// stay bounded by tracks, not by tracks × scenes (DESIGN.md, "What follows for the design").
import type { Mirror } from "../lom/Mirror";
import { lomClass, type PropName } from "../lom/LomClasses";
import type { SongFacade } from "./SongFacade";
import { Subscriptions } from "../events/Subscriptions";

type Hold = { release: () => void };

/** What a focused track observes beyond every track's name, arm and playing slot (LomClasses). */
const TRACK_FOCUS_PROPS = ["mute", "solo", "current_monitoring_state", "fired_slot_index"] as const;

export class Focus {
  private held = new Map<string, Hold>();
  private readonly viewSubscriptions = new Subscriptions();

  constructor(
    private readonly mirror: Mirror,
    private readonly song: SongFacade,
  ) {}

  start(): void {
    this.mirror.onSettled((change) => {
      if (change.added.has(this.mirror.songId)) this.followSelection();
      this.refresh();
    });
  }

  /** Re-reads the selection and holds what it shows; unchanged holds are kept as they are. */
  refresh(): void {
    const wanted = new Map<string, () => Hold>();
    const { mirror } = this;
    const tracks = new Set(this.song.selectedTrack() ? [this.song.selectedTrack()!] : []);
    const current = this.song.currentTrack();
    if (current && current.baseTrack !== this.song.selectedTrack()) {
      tracks.add(current.baseTrack);
      for (const sub of current.baseTrack.subTracks) tracks.add(sub);
    }
    for (const track of tracks) {
      for (const child of ["devices", "mixer_device", "view"] as const) wanted.set(`${track.id}:${child}`, () => mirror.hold(track.id, child));
      for (const prop of TRACK_FOCUS_PROPS) wanted.set(`${track.id}.${prop}`, () => mirror.listen(track.id, "Track", prop));
    }
    const scene = this.song.selectedScene();
    if (scene) wanted.set(`${scene.id}:clip_slots`, () => mirror.hold(scene.id, "clip_slots"));
    const clip = this.song.view.prop("detail_clip");
    if (clip != null) {
      wanted.set(`${clip}:*`, () => mirror.holdObject(clip, "Clip"));
      for (const [prop, spec] of Object.entries(lomClass("Clip").props))
        if (spec.observe === "onDemand") wanted.set(`${clip}.${prop}`, () => mirror.listen(clip, "Clip", prop as PropName<"Clip">));
    }
    const parameter = this.song.view.prop("selected_parameter");
    if (parameter != null) wanted.set(`${parameter}:*`, () => mirror.holdObject(parameter, "DeviceParameter"));
    const selected = this.song.selectedTrack();
    const trackView = selected?.viewId() ?? null;
    if (trackView !== null)
      wanted.set(`${trackView}.selected_device`, () => ({ release: mirror.subscribe(trackView, "TrackView", "selected_device", () => this.refresh()) }));
    const device = selected?.selectedDevice();
    if (device?.exists) wanted.set(`${device.id}:parameters`, () => mirror.hold(device.id, "parameters"));
    for (const [key, hold] of this.held)
      if (!wanted.has(key)) {
        this.held.delete(key);
        hold.release();
      }
    for (const [key, make] of wanted) if (!this.held.has(key)) this.held.set(key, make());
  }

  /** The selection props are observed: a new selection is held without waiting for other news. */
  private followSelection(): void {
    this.viewSubscriptions.dispose();
    for (const prop of ["selected_track", "selected_scene", "detail_clip", "selected_parameter"] as const)
      this.viewSubscriptions.add(this.song.view.subscribe(prop, () => this.refresh()));
  }
}
