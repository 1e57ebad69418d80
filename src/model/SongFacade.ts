// Read access to the set at the right level of abstraction, for actions and the controller.
import type { Mirror } from "../lom/Mirror";
import type { AbstractTrack } from "./AbstractTrack";
import type { Clip } from "./Clip";
import type { ClipSlot } from "./ClipSlot";
import type { Device } from "./Device";
import { DeviceBanks } from "./DeviceBanks";
import { CuePoint } from "./CuePoint";
import type { DeviceParameter } from "./DeviceParameter";
import { ExternalSynthTrack } from "./ExternalSynthTrack";
import { loadChild, type Load } from "./Load";
import type { LiveObjects } from "./LiveObjects";
import type { Scene } from "./Scene";
import type { SimpleTrack } from "./SimpleTrack";
import type { TrackMapper } from "./TrackMapper";
import { Song } from "./Song";
import type { SongView } from "./SongView";

/**
 * The song as the controller sees it: Live's Song (transport, scenes) with the model's tracks at the
 * right level of abstraction, and the selection (`view`).
 */
export class SongFacade extends Song {
  readonly view: SongView;
  /** The selected device's parameters in banks, and the bank the Device knobs turn. */
  readonly deviceBanks: DeviceBanks;

  constructor(
    mirror: Mirror,
    private readonly mapper: TrackMapper,
    private readonly objects: LiveObjects,
  ) {
    super(mirror, objects.turns);
    this.view = objects.view;
    this.deviceBanks = new DeviceBanks(mirror, this.view, () => this.selectedTrack());
  }

  /** The track with this Live id, if the model maps one (a restarted bundle's kept ids). */
  track(id: number | null | undefined): SimpleTrack | null {
    return this.mapper.track(id);
  }
  /** The arrangement's cue points while loaded (loadCuePoints), as Live lists them. */
  cuePoints(): CuePoint[] {
    return this.mirror.children(this.mirror.songId, "Song", "cue_points").map((id) => new CuePoint(id, this.mirror));
  }
  loadCuePoints(): Load {
    return loadChild(this.mirror, this.mirror.songId, "cue_points");
  }
  /** The parameter with this Live id (kept across a restart; `exists` says whether it still is). */
  parameter(id: number): DeviceParameter {
    return this.objects.parameter(id);
  }

  /** Every Live track of the set (not returns nor master), in order. */
  simpleTracks(): readonly SimpleTrack[] {
    return this.mapper.simpleTracks;
  }
  /**
   * The tracks the session view shows (none of their groups folded), from Song.visible_tracks: Live
   * observes that list, unlike Track.fold_state and is_visible (Cycling '74 Song and Track pages).
   */
  visibleTracks(): SimpleTrack[] {
    const visible = new Set(this.mirror.songProp("visible_tracks") ?? []);
    return this.simpleTracks().filter((track) => visible.has(track.id));
  }
  /** Top-level tracks in their most specific form. */
  abstractTracks(): AbstractTrack[] {
    return this.mapper.abstractTracks();
  }
  selectedTrack(): SimpleTrack | null {
    return this.mapper.track(this.view.prop("selected_track"));
  }
  /**
   * The selected track at the level the controller acts on: a group's AbstractGroupTrack when
   * the group track is selected, the ExternalSynthTrack when one of its sub tracks is, else the track.
   */
  currentTrack(): AbstractTrack | null {
    return this.selectedTrack()?.abstractTrack ?? null;
  }
  currentExternalSynthTrack(): ExternalSynthTrack | null {
    const current = this.currentTrack();
    return current instanceof ExternalSynthTrack ? current : null;
  }
  externalSynthTracks(): ExternalSynthTrack[] {
    return this.simpleTracks()
      .map((t) => t.ownGroup)
      .filter((g): g is ExternalSynthTrack => g instanceof ExternalSynthTrack);
  }
  masterTrack(): SimpleTrack | null {
    return this.mapper.masterTrack;
  }
  returnTracks(): readonly SimpleTrack[] {
    return this.mapper.returnTracks;
  }
  armedTracks(): SimpleTrack[] {
    return this.simpleTracks().filter((t) => t.isArmed);
  }

  scenes(): readonly Scene[] {
    return this.mapper.scenes;
  }
  selectedScene(): Scene | null {
    const id = this.view.prop("selected_scene");
    return id == null ? null : this.objects.scene(id);
  }
  /** The scene most tracks are playing a clip of (the lowest index on a tie); null when none plays. */
  playingScene(): Scene | null {
    const counts = new Map<number, number>();
    for (const track of this.simpleTracks()) {
      const index = track.playingSlotIndex;
      if (index >= 0) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    let best: [number, number] | null = null;
    for (const entry of counts) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
    return best ? (this.scenes()[best[0]] ?? null) : null;
  }
  /**
   * The slot at the selected track and scene (Live's highlighted_clip_slot, which is not observable):
   * the selected scene's row, held by the focus, is in track order.
   */
  selectedClipSlot(): ClipSlot | null {
    const track = this.selectedTrack();
    const index = track === null ? -1 : this.simpleTracks().indexOf(track);
    return index < 0 ? null : (this.selectedScene()?.clipSlots[index] ?? null);
  }
  selectedClip(): Clip | null {
    const id = this.view.prop("detail_clip");
    return id == null ? (this.selectedClipSlot()?.clip() ?? null) : this.objects.clip(id);
  }
  /** The selected track's selected device (Track.View.selected_device), whose parameters the focus keeps observed. */
  selectedDevice(): Device | null {
    return this.deviceBanks.selected();
  }
  selectedParameter(): DeviceParameter | null {
    const id = this.view.prop("selected_parameter");
    return id == null ? null : this.objects.parameter(id);
  }
}
