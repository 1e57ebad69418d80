// The two-pass build of the notes. Pass 1 maps every Live track to its SimpleTrack (reused by
// id, re-indexed, re-parented); pass 2 maps every group to the AbstractGroupTrack its sub
// tracks call for. It runs whenever the mirror settles after a structural change, and when the devices
// of a group laid out as an external synth change (held here: they decide what the group is).
import type { Mirror, StructureChange } from "../lom/Mirror";
import type { EventBus } from "../events/EventBus";
import { Subscriptions } from "../events/Subscriptions";
import type { Logger } from "../log/Logger";
import type { AbstractGroupTrack } from "./AbstractGroupTrack";
import type { AbstractTrack } from "./AbstractTrack";
import { ExternalSynthTrack } from "./ExternalSynthTrack";
import { GroupBaseTrack } from "./GroupBaseTrack";
import type { LiveObjects } from "./LiveObjects";
import type { Load } from "./Load";
import { MasterTrack } from "./MasterTrack";
import {
  ClipCreatedEvent,
  ClipDeletedEvent,
  ScenesMappedEvent,
  SelectedTrackChangedEvent,
  TrackAddedEvent,
  TrackDeletedEvent,
  TracksMappedEvent,
} from "./ModelEvents";
import { ReturnTrack } from "./ReturnTrack";
import type { Scene } from "./Scene";
import { SimpleAudioTrack } from "./SimpleAudioTrack";
import { SimpleGroupTrack } from "./SimpleGroupTrack";
import { SimpleMidiTrack } from "./SimpleMidiTrack";
import type { SimpleTrack } from "./SimpleTrack";

export class TrackMapper {
  private readonly tracks = new Map<number, SimpleTrack>();
  private ordered: SimpleTrack[] = [];
  private returns: SimpleTrack[] = [];
  private master: SimpleTrack | null = null;
  private sceneList: Scene[] = [];
  private readonly selection = new Subscriptions();
  private selectionChanged = false;
  /** The device lists of the MIDI tracks of groups laid out as external synths, by track id. */
  private readonly synthDevices = new Map<number, Load>();
  /**
   * Groups mapped before the devices that decide their class had loaded (at sync, a block before they
   * land: a knob in between finds a plain group): their first re-map is no news.
   */
  private readonly provisional = new Set<number>();

  constructor(
    private readonly mirror: Mirror,
    private readonly objects: LiveObjects,
    private readonly bus: EventBus,
    private readonly log: Logger,
  ) {
    mirror.onSettled((change) => this.onSettled(change));
  }

  get simpleTracks(): readonly SimpleTrack[] {
    return this.ordered;
  }
  get returnTracks(): readonly SimpleTrack[] {
    return this.returns;
  }
  get masterTrack(): SimpleTrack | null {
    return this.master;
  }
  get scenes(): readonly Scene[] {
    return this.sceneList;
  }

  /** The wrapper of any track of the set (tracks, returns, master) by Live id. */
  track(id: number | null | undefined): SimpleTrack | null {
    if (id == null) return null;
    return this.tracks.get(id) ?? this.returns.find((t) => t.id === id) ?? (this.master?.id === id ? this.master : null);
  }

  /** Top-level tracks in their most specific form. */
  abstractTracks(): AbstractTrack[] {
    return this.ordered.filter((t) => t.groupTrack === null).map((t) => t.ownGroup ?? t);
  }

  private onSettled(change: StructureChange): void {
    if (change.tracks || [...change.devicesOf].some((id) => this.synthDevices.has(id))) this.mapTracks();
    if (change.returnTracks) this.mapReturnAndMaster();
    // A new track adds a slot to every row; a row held or released changes no scene.
    if (change.tracks || change.scenes) this.mapScenes();
    this.emitClipChanges(change.clipsOf);
    if (change.added.has(this.mirror.songId)) this.followSelection();
    else if (this.selectionChanged) this.emitSelection();
    this.objects.prune(change.removed);
    this.objects.prune(change.unloaded);
  }

  private mapTracks(): void {
    const ids = this.mirror.children(this.mirror.songId, "Song", "tracks");
    const previous = new Set(this.tracks.keys());
    const added: SimpleTrack[] = [];
    // Pass 1: SimpleTracks, reused by id.
    this.ordered = ids.map((id, index) => {
      let track = this.tracks.get(id);
      // A wrapper of the wrong kind (a track first read while Live was changing it) is made again.
      if (track && track.kind !== this.kindOf(id)) {
        track.ownGroup?.disconnect();
        track = undefined;
      }
      if (!track) {
        track = this.createTrack(id);
        this.tracks.set(id, track);
        added.push(track);
      }
      previous.delete(id);
      track.index = index;
      track.subTracks = [];
      return track;
    });
    for (const track of this.ordered) {
      track.groupTrack = this.tracks.get(this.mirror.get(track.id, "Track", "group_track") ?? -1) ?? null;
      track.groupTrack?.subTracks.push(track);
    }
    const deleted = [...previous].map((id) => this.tracks.get(id)!);
    for (const track of deleted) {
      this.tracks.delete(track.id);
      track.ownGroup?.disconnect();
      track.ownGroup = null;
      this.provisional.delete(track.id);
    }
    this.holdSynthDevices();
    // Pass 2: AbstractGroupTracks, children before parents so nested groups are ready.
    for (const track of [...this.ordered].reverse()) this.mapGroup(track);
    for (const track of this.ordered) if (!(track.groupTrack?.ownGroup instanceof ExternalSynthTrack)) track.role = null;
    for (const track of added) this.bus.emit(new TrackAddedEvent(track));
    for (const track of deleted) this.bus.emit(new TrackDeletedEvent(track));
    this.bus.emit(new TracksMappedEvent());
  }

  private kindOf(id: number): SimpleTrack["kind"] {
    return this.mirror.get(id, "Track", "is_foldable") ? "group" : this.mirror.get(id, "Track", "has_midi_input") ? "midi" : "audio";
  }

  /** Live never changes a track's kind, so the class chosen here holds for the track's life. */
  private createTrack(id: number): SimpleTrack {
    const kind = this.kindOf(id);
    const TrackClass = kind === "group" ? GroupBaseTrack : kind === "midi" ? SimpleMidiTrack : SimpleAudioTrack;
    return new TrackClass(id, this.mirror, this.objects);
  }

  /**
   * Holds the devices of the first track of every group laid out as an external synth (one list observer
   * each, no more): whether it holds an instrument decides the group's class, outside the focus too.
   */
  private holdSynthDevices(): void {
    const midiTracks = new Map(
      this.ordered.filter((t) => t.isFoldable && ExternalSynthTrack.laidOut(t.subTracks)).map((t) => [t.subTracks[0]!.id, t.subTracks[0]!]),
    );
    for (const [id, load] of this.synthDevices)
      if (!midiTracks.has(id)) {
        load.release();
        this.synthDevices.delete(id);
      }
    for (const [id, track] of midiTracks) if (!this.synthDevices.has(id)) this.synthDevices.set(id, track.loadDevices());
  }

  private mapGroup(track: SimpleTrack): void {
    if (!track.isFoldable) {
      track.ownGroup?.disconnect();
      track.ownGroup = null;
      return;
    }
    const wanted = ExternalSynthTrack.matches(track.subTracks) ? ExternalSynthTrack : SimpleGroupTrack;
    const wasProvisional = this.provisional.delete(track.id);
    if (ExternalSynthTrack.laidOut(track.subTracks) && !track.subTracks[0]!.devicesLoaded) this.provisional.add(track.id);
    if (!(track.ownGroup instanceof wanted)) {
      if (track.ownGroup && !wasProvisional) this.log.info(`${track.ownGroup} is now a ${wanted.name}`);
      track.ownGroup?.disconnect();
      track.ownGroup = new wanted(track) as AbstractGroupTrack;
    }
    track.ownGroup.link();
  }

  private mapReturnAndMaster(): void {
    const song = this.mirror.songId;
    const previous = new Map(this.returns.map((t) => [t.id, t]));
    this.returns = this.mirror
      .children(song, "Song", "return_tracks")
      .map((id) => previous.get(id) ?? new ReturnTrack(id, this.mirror, this.objects));
    this.returns.forEach((t, i) => (t.index = i));
    const masterId = this.mirror.child(song, "Song", "master_track");
    if (masterId !== null && this.master?.id !== masterId) this.master = new MasterTrack(masterId, this.mirror, this.objects);
  }

  private mapScenes(): void {
    this.sceneList = this.mirror.children(this.mirror.songId, "Song", "scenes").map((id) => this.objects.scene(id));
    this.bus.emit(new ScenesMappedEvent());
  }

  private emitClipChanges(slotIds: ReadonlySet<number>): void {
    for (const id of slotIds) {
      if (!this.mirror.has(id)) continue;
      const slot = this.objects.clipSlot(id);
      const clip = slot.clip();
      this.bus.emit(clip ? new ClipCreatedEvent(slot, clip) : new ClipDeletedEvent(slot));
    }
  }

  /** A new track is selected by Live as it is created: the event waits until the track is mapped. */
  private followSelection(): void {
    this.selection.dispose();
    this.selection.add(
      this.objects.view.subscribe("selected_track", () => {
        if (this.mirror.isSettled) this.emitSelection();
        else this.selectionChanged = true;
      }),
    );
  }

  private emitSelection(): void {
    this.selectionChanged = false;
    this.bus.emit(new SelectedTrackChangedEvent(this.track(this.objects.view.prop("selected_track"))));
  }
}
