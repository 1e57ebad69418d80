// Song (https://docs.cycling74.com/apiref/lom/song/), reached as `live_set`: tracks, scenes, transport and the
// track structure functions (its LOM table is SongLom.ts, its scene functions SongScenes.ts). Index arguments follow the
// page: "only valid between 0 and len(song.tracks); using -1 will add the new track at the end of the list" (create_*_track, create_scene).
import type { CuePoint } from "./CuePoint";
import type { LomClass } from "./LiveObject";
import type { LiveCore } from "./LiveCore";
import { LiveError, LiveObject } from "./LiveObject";
import type { Scene } from "./Scene";
import { SONG } from "./SongLom";
import { SongView } from "./SongView";
import type { Track } from "./Track";
import { buildTrack, buildTracks, describeTrack } from "./TrackBuilder";

export class Song extends LiveObject {
  readonly tracks: Track[] = [];
  readonly returnTracks: Track[] = [];
  master!: Track;
  readonly scenes: Scene[] = [];
  readonly view: SongView;
  /** The arrangement's cue points, in time order (SetDescription.cues, SongCues.ts). */
  readonly cuePoints: CuePoint[] = [];
  /** The visible track ids last notified (null before the set is loaded). */
  private visibleKey: string | null = null;

  /** The tempo Live plays: a live.remote~ holding the master's song_tempo overrides the stored one. */
  get playedTempo(): number {
    return this.master.mixer.songTempo?.played ?? Number(this.values.tempo);
  }

  constructor(core: LiveCore, tempo: number, signature: [number, number]) {
    super(core);
    core.song = this;
    Object.assign(this.values, {
      tempo,
      signature_numerator: signature[0],
      signature_denominator: signature[1],
      is_playing: 0,
      current_song_time: 0,
      start_time: 0,
      record_mode: 0,
      session_record: 0,
      session_record_status: 0,
      session_automation_record: 0,
      arrangement_overdub: 0,
      overdub: 0,
      metronome: 0,
      loop: 0,
      loop_start: 0,
      loop_length: 16,
      clip_trigger_quantization: 4,
      midi_recording_quantization: 0,
      groove_amount: 1,
      swing_amount: 0,
      back_to_arranger: 0,
      punch_in: 0,
      punch_out: 0,
      exclusive_arm: 1,
      exclusive_solo: 1,
      is_counting_in: 0,
      name: "Untitled",
      root_note: 0,
      scale_name: "Major",
      select_on_launch: 1,
    });
    this.view = new SongView(core);
  }

  get lom(): LomClass<LiveObject> {
    return SONG;
  }
  get parent(): LiveObject | null {
    return null;
  }
  pathSegment(): string {
    return "live_set";
  }

  num(prop: string): number {
    return Number(this.values[prop]);
  }

  allTracks(): Track[] {
    return [...this.tracks, ...this.returnTracks, this.master];
  }

  trackAt(index: number): Track {
    const track = this.tracks[index];
    if (!track) throw new LiveError(`track index ${index} out of range (${this.tracks.length} tracks)`);
    return track;
  }

  /** create_midi_track / create_audio_track: the new track joins the group both its neighbours are in, and is selected. */
  createTrack(kind: "midi" | "audio", index: number): Track {
    const at = this.insertionIndex(index, this.tracks.length, "track");
    const track = buildTrack(this.core, kind, { name: `${at + 1}-${kind === "midi" ? "MIDI" : "Audio"}` }, this.scenes.length);
    this.insertTracks([track], at, this.groupAt(at));
    this.view.selectVisible(track);
    return track;
  }

  createReturnTrack(): Track {
    const track = buildTrack(this.core, "return", { name: `${String.fromCharCode(65 + this.returnTracks.length)}-Return` }, 0);
    this.returnTracks.push(track);
    this.core.undo.record(`create ${track}`, () => this.deleteReturnTrack(this.returnTracks.indexOf(track)));
    this.core.markStructureChanged();
    this.core.notify(this, "return_tracks");
    return track;
  }

  deleteReturnTrack(index: number): void {
    const track = this.returnTracks[index];
    if (!track) throw new LiveError(`return track index ${index} out of range`);
    this.returnTracks.splice(index, 1);
    this.core.kill(track);
    this.core.notify(this, "return_tracks");
  }

  /** delete_track: a group goes with everything inside it. Live always keeps one audio or MIDI track. */
  deleteTrack(track: Track): void {
    const block = [track, ...(track.isGroup ? track.descendants() : [])];
    if (this.tracks.every((t) => block.includes(t) || t.isGroup)) throw new LiveError("delete_track: a set needs at least one audio or MIDI track");
    const index = this.tracks.indexOf(track);
    const desc = describeTrack(track);
    const group = track.groupTrack;
    const wasSelected = block.includes(this.view.selectedTrack as Track);
    for (const t of block) this.core.transport.forgetTrack(t);
    this.tracks.splice(index, block.length);
    for (const t of block) this.core.kill(t);
    this.core.undo.record(`delete ${track}`, () => {
      const restored = buildTracks(this.core, desc, group && group.alive ? group : null);
      this.insertTracks(restored, index, group && group.alive ? group : null, false);
    });
    this.structureChanged();
    if (wasSelected) this.view.selectVisible(this.tracks[Math.min(index, this.tracks.length - 1)]);
  }

  /**
   * duplicate_track: the copy (a group with its contents) lands right after the original and is selected.
   * "Duplicates a track and selects the new one. If the track is inside a folded group track, the group track
   * is unfolded" (Live 12 API inventory): every folded group around it unfolds, so the copy can be selected.
   */
  duplicateTrack(track: Track): void {
    const block = [track, ...(track.isGroup ? track.descendants() : [])];
    for (let g = track.groupTrack; g; g = g.groupTrack) g.setFoldState(0);
    const copy = buildTracks(this.core, describeTrack(track), track.groupTrack);
    this.insertTracks(copy, this.tracks.indexOf(track) + block.length, track.groupTrack);
    this.view.select("selected_track", copy[0]);
  }

  /** Inserts tracks built for this set (the first one gets `group`), notifying and recording the inverse. */
  insertTracks(block: Track[], index: number, group: Track | null, undoable = true): void {
    block[0].groupTrack = group;
    this.tracks.splice(index, 0, ...block);
    if (undoable) this.core.undo.record(`create ${block[0]}`, () => this.deleteTrack(block[0]));
    this.structureChanged();
  }

  /** Moves a track (with a group's contents) to `index` of the list without it; it joins the group found there. */
  moveTrack(track: Track, index: number): void {
    const block = [track, ...(track.isGroup ? track.descendants() : [])];
    const from = this.tracks.indexOf(track);
    const oldGroup = track.groupTrack;
    this.tracks.splice(from, block.length);
    const at = Math.max(0, Math.min(index, this.tracks.length));
    track.groupTrack = this.groupAt(at);
    this.tracks.splice(at, 0, ...block);
    this.core.undo.record(`move ${track}`, () => {
      this.tracks.splice(this.tracks.indexOf(track), block.length);
      this.tracks.splice(from, 0, ...block);
      track.groupTrack = oldGroup;
      this.structureChanged();
    });
    this.structureChanged();
  }

  /** Live's "Group Tracks" on adjacent sibling tracks: a new group track takes their place and holds them. */
  groupTracks(members: Track[], name: string): Track {
    const sorted = [...members].sort((a, b) => this.tracks.indexOf(a) - this.tracks.indexOf(b));
    const parent = sorted[0].groupTrack;
    const start = this.tracks.indexOf(sorted[0]);
    let next = start;
    for (const t of sorted) {
      if (t.groupTrack !== parent || this.tracks.indexOf(t) !== next) throw new LiveError("groupTracks: tracks must be adjacent siblings");
      next += 1 + (t.isGroup ? t.descendants().length : 0);
    }
    const group = buildTrack(this.core, "group", { name }, this.scenes.length);
    this.tracks.splice(start, 0, group);
    group.groupTrack = parent;
    for (const t of sorted) t.groupTrack = group;
    this.core.undo.record(`group ${sorted.join(", ")}`, () => this.ungroup(group));
    this.structureChanged();
    return group;
  }

  /** Live's "Ungroup Tracks": the group track goes, its tracks move up one level. */
  ungroup(group: Track): void {
    if (!group.isGroup) throw new LiveError(`ungroup: ${group.name} is not a group track`);
    const inner = group.groupedTracks();
    for (const t of inner) t.groupTrack = group.groupTrack;
    this.core.transport.forgetTrack(group);
    this.tracks.splice(this.tracks.indexOf(group), 1);
    this.core.kill(group);
    this.structureChanged();
    if (inner.length > 0) this.core.undo.record(`ungroup ${group}`, () => this.groupTracks(inner, group.name));
  }

  /** trigger_session_record: records into the selected scene's slot of each armed track. */
  triggerSessionRecord(recordLength?: number): void {
    this.setSessionRecord(true);
    const row = this.view.selectedScene?.index ?? 0;
    for (const t of this.tracks) {
      const slot = t.clipSlots[row];
      if (slot?.willRecordOnStart) this.core.transport.fire(slot, recordLength);
    }
  }

  setSessionRecord(on: boolean): void {
    this.core.setValue(this, "session_record", on ? 1 : 0, true);
    if (!on) this.core.transport.endRecordings();
  }

  /** The first cue point after the playhead (`direction` 1) or the last before it (-1). */
  nextCue(direction: 1 | -1): number | undefined {
    const now = this.num("current_song_time");
    const times = this.cuePoints.map((cue) => cue.time).filter((time) => (direction === 1 ? time > now : time < now));
    return direction === 1 ? times[0] : times[times.length - 1];
  }

  jumpToCue(direction: 1 | -1): void {
    const time = this.nextCue(direction);
    if (time !== undefined) this.core.transport.locate(time);
  }

  jumpBy(beats: number): void {
    this.core.transport.locate(Math.max(0, this.num("current_song_time") + beats));
  }

  /** The deepest group containing both neighbours of an insertion point. */
  groupAt(index: number): Track | null {
    const before = this.tracks[index - 1];
    const after = this.tracks[index];
    if (!before || !after) return null;
    for (let g = after.groupTrack; g; g = g.groupTrack) if (before === g || before.isInside(g)) return g;
    return null;
  }

  /** An index argument of create_*_track and create_scene, checked as the header says. */
  insertionIndex(index: number, length: number, what: string): number {
    if (index === -1) return length;
    if (!Number.isInteger(index) || index < 0 || index > length) throw new LiveError(`${what} index ${index} out of range (0..${length}, or -1)`);
    return index;
  }


  private structureChanged(): void {
    this.core.markStructureChanged();
    this.core.notify(this, "tracks");
    this.visibleTracksMayHaveChanged();
    for (const scene of this.scenes) this.core.notify(scene, "clip_slots");
  }

  /** Tracks outside any folded group, in song order ("is_visible: return False if the track is hidden within
   * a folded group track", Live 12 API inventory). */
  visibleTracks(): Track[] {
    return this.tracks.filter((t) => t.isVisible);
  }

  /** Remembers the visible track list as loaded, so the first change is compared with it. */
  rememberVisibleTracks(): void {
    this.visibleKey = this.visibleTracks().map((t) => t.id).join(" ");
  }

  /** Notifies visible_tracks when the list differs from the last one seen (fold, unfold, add, delete, move, group). */
  visibleTracksMayHaveChanged(): void {
    const key = this.visibleTracks().map((t) => t.id).join(" ");
    if (key === this.visibleKey) return;
    this.visibleKey = key;
    this.core.notify(this, "visible_tracks");
  }
}
