// Song (https://docs.cycling74.com/apiref/lom/song/), reached as `live_set`: tracks, scenes, transport and
// the structure functions. Index arguments follow the page: "only valid between 0 and len(song.tracks);
// using -1 will add the new track at the end of the list" (create_*_track, create_scene).
import type { LomClass } from "./LiveObject";
import type { LiveCore } from "./LiveCore";
import type { Atom } from "./LiveObject";
import {
  LiveError,
  LiveObject,
  asBool,
  asNumberIn,
  child,
  children,
  computed,
  field,
  lomClass,
  numberArg,
  without,
  optionalNumberArg,
  ref,
} from "./LiveObject";
import { Scene } from "./Scene";
import type { SceneInit } from "./Scene";
import { SongView } from "./SongView";
import type { Track } from "./Track";
import { buildTrack, buildTracks, describeTrack } from "./TrackBuilder";

const fn = (write: boolean, call: (o: Song, args: unknown[]) => Atom[] | string | void) => ({ write, call });

const SONG: LomClass<LiveObject> = lomClass<Song>({
  name: "Song",
  description: "This class represents a Live set.",
  props: {
    tracks: children("Track", (o) => o.tracks, true),
    // Listenable, unlike Track.is_visible and fold_state (a probe of Live 12.4, in shared/DESIGN.md "What Max
    // and Live charge"): it notifies when a fold, an unfold or a structure change alters the list.
    visible_tracks: children("Track", (o) => o.visibleTracks(), true),
    return_tracks: children("Track", (o) => o.returnTracks, true),
    master_track: child("Track", (o) => o.master),
    scenes: children("Scene", (o) => o.scenes, true),
    cue_points: children("CuePoint", () => [], true),
    view: child("Song.View", (o) => o.view),
    tempo: field("tempo", "float", true, asNumberIn(20, 999, false)),
    signature_numerator: field("signature_numerator", "int", true, asNumberIn(1, 99, true)),
    signature_denominator: field("signature_denominator", "int", true, (_o, args) => {
      const d = numberArg(args, 0, "signature_denominator");
      if (![1, 2, 4, 8, 16].includes(d)) throw new LiveError(`signature_denominator: ${d} is not 1, 2, 4, 8 or 16`);
      return d;
    }),
    is_playing: field("is_playing", "bool", true),
    current_song_time: {
      ...field<Song>("current_song_time", "float", true),
      set: (o, args) => o.core.transport.locate(Number(asNumberIn(0, Number.MAX_SAFE_INTEGER, false)(o, args))),
    },
    start_time: field("start_time", "float", true, asNumberIn(0, Number.MAX_SAFE_INTEGER, false)),
    song_length: computed("float", true, (o) => [Math.max(Number(o.values.loop_start) + Number(o.values.loop_length), 0)]),
    record_mode: field("record_mode", "bool", true, asBool),
    session_record: {
      ...field<Song>("session_record", "bool", true, asBool),
      set: (o, args) => o.setSessionRecord(asBool(o, args) === 1),
    },
    session_record_status: field("session_record_status", "int", true),
    session_automation_record: field("session_automation_record", "bool", true),
    arrangement_overdub: field("arrangement_overdub", "bool", true, asBool),
    overdub: field("overdub", "bool", true),
    metronome: field("metronome", "bool", true, asBool),
    loop: field("loop", "bool", true, asBool),
    loop_start: field("loop_start", "float", true, asNumberIn(0, Number.MAX_SAFE_INTEGER, false)),
    loop_length: field("loop_length", "float", true, asNumberIn(1e-6, Number.MAX_SAFE_INTEGER, false)),
    clip_trigger_quantization: field("clip_trigger_quantization", "int", true, asNumberIn(0, 13, true)),
    midi_recording_quantization: field("midi_recording_quantization", "int", true, asNumberIn(0, 8, true)),
    groove_amount: field("groove_amount", "float", true, asNumberIn(0, 1.3125, false)),
    swing_amount: field("swing_amount", "float", true, asNumberIn(0, 1, false)),
    back_to_arranger: field("back_to_arranger", "bool", true, asBool),
    punch_in: field("punch_in", "bool", true, asBool),
    punch_out: field("punch_out", "bool", true, asBool),
    exclusive_arm: field("exclusive_arm", "bool", false),
    exclusive_solo: field("exclusive_solo", "bool", false),
    is_counting_in: field("is_counting_in", "bool", true),
    can_undo: computed("bool", false, (o) => [o.core.undo.canUndo ? 1 : 0]),
    can_redo: computed("bool", false, () => [0]),
    name: field("name", "symbol", true),
    root_note: field("root_note", "int", true),
    scale_name: field("scale_name", "symbol", true),
    select_on_launch: field("select_on_launch", "bool", false),
  },
  fns: {
    start_playing: fn(true, (o) => o.core.transport.start()),
    stop_playing: fn(true, (o) => o.core.transport.stop()),
    continue_playing: fn(true, (o) => o.core.transport.continuePlaying()),
    stop_all_clips: fn(true, (o) => o.tracks.forEach((t) => o.core.transport.stopTrack(t))),
    tap_tempo: fn(true, (o) => o.core.transport.tap()),
    jump_by: fn(true, (o, args) => o.jumpBy(numberArg(args, 0, "jump_by"))),
    create_midi_track: fn(true, (o, args) => ref(o.createTrack("midi", optionalNumberArg(args, 0, "index") ?? -1))),
    create_audio_track: fn(true, (o, args) => ref(o.createTrack("audio", optionalNumberArg(args, 0, "index") ?? -1))),
    create_return_track: fn(true, (o) => ref(o.createReturnTrack())),
    delete_track: fn(true, (o, args) => o.deleteTrack(o.trackAt(numberArg(args, 0, "delete_track")))),
    delete_return_track: fn(true, (o, args) => o.deleteReturnTrack(numberArg(args, 0, "delete_return_track"))),
    duplicate_track: fn(true, (o, args) => o.duplicateTrack(o.trackAt(numberArg(args, 0, "duplicate_track")))),
    create_scene: fn(true, (o, args) => ref(o.createScene(numberArg(args, 0, "create_scene"), {}))),
    delete_scene: fn(true, (o, args) => o.deleteScene(o.sceneAt(numberArg(args, 0, "delete_scene")))),
    duplicate_scene: fn(true, (o, args) => o.duplicateScene(o.sceneAt(numberArg(args, 0, "duplicate_scene")))),
    trigger_session_record: fn(true, (o, args) => o.triggerSessionRecord(optionalNumberArg(args, 0, "record_length"))),
    begin_undo_step: fn(false, (o) => o.core.undo.begin()),
    end_undo_step: fn(false, (o) => o.core.undo.end()),
    undo: fn(true, (o) => {
      o.core.undo.undo();
    }),
  },
});

/**
 * The Song of a Live without begin_undo_step / end_undo_step. Cycling '74's Song page does not list them
 * (Live 12's Python API has them: shared/reference/live12-python-api-inventory.json), so a Live whose
 * LOM lacks them is modelled too (LiveOptions.undoSteps false): `info` then names neither, and a call is
 * refused as any unknown function is.
 */
const SONG_WITHOUT_UNDO_STEPS: LomClass<LiveObject> = without(SONG, "Song", ["begin_undo_step", "end_undo_step"]);

export class Song extends LiveObject {
  /** Whether the LOM offers begin_undo_step / end_undo_step (LiveOptions.undoSteps). */
  undoSteps = true;
  readonly tracks: Track[] = [];
  readonly returnTracks: Track[] = [];
  master!: Track;
  readonly scenes: Scene[] = [];
  readonly view: SongView;
  /** The visible track ids last notified (null before the set is loaded). */
  private visibleKey: string | null = null;

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
    return this.undoSteps ? SONG : SONG_WITHOUT_UNDO_STEPS;
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

  sceneAt(index: number): Scene {
    const scene = this.scenes[index];
    if (!scene) throw new LiveError(`scene index ${index} out of range (${this.scenes.length} scenes)`);
    return scene;
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

  createScene(index: number, init: SceneInit): Scene {
    const at = this.insertionIndex(index, this.scenes.length, "scene");
    const scene = new Scene(this.core, init);
    this.scenes.splice(at, 0, scene);
    for (const t of this.tracks) t.addSlot(at);
    this.core.undo.record(`create ${scene}`, () => this.deleteScene(scene));
    this.scenesChanged();
    return scene;
  }

  /** delete_scene; undo re-creates the scene and its clips (with new ids). */
  deleteScene(scene: Scene): void {
    if (this.scenes.length === 1) throw new LiveError("delete_scene: a set needs at least one scene");
    const index = scene.index;
    const init = scene.describe();
    const clips = this.tracks.map((t) => t.clipSlots[index].clip?.describe() ?? null);
    const wasSelected = this.view.selectedScene === scene;
    for (const t of this.tracks) t.removeSlot(index);
    this.scenes.splice(index, 1);
    this.core.kill(scene);
    this.core.undo.record(`delete ${scene}`, () => {
      this.createScene(index, init);
      this.tracks.forEach((t, i) => {
        const clip = clips[i];
        if (clip && !t.isGroup) t.clipSlots[index].putClip(clip, false);
      });
    });
    this.scenesChanged();
    if (wasSelected) this.view.select("selected_scene", this.scenes[Math.min(index, this.scenes.length - 1)]);
  }

  /** duplicate_scene: a copy of the scene and its clips right below it. */
  duplicateScene(scene: Scene): void {
    const index = scene.index;
    const copy = this.createScene(index + 1, scene.describe());
    for (const t of this.tracks) {
      const clip = t.clipSlots[index].clip;
      if (clip) t.clipSlots[index + 1].putClip(clip.describe(), true);
    }
    this.view.select("selected_scene", copy);
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

  private insertionIndex(index: number, length: number, what: string): number {
    if (index === -1) return length;
    if (!Number.isInteger(index) || index < 0 || index > length) throw new LiveError(`${what} index ${index} out of range (0..${length}, or -1)`);
    return index;
  }

  /** A scene came or went: the scene list and every track's slot list changed, the track list did not. */
  private scenesChanged(): void {
    this.core.markStructureChanged();
    this.core.notify(this, "scenes");
    for (const t of this.tracks) this.core.notify(t, "clip_slots");
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
