// An in-memory Live set: the Song and everything under it, the transport, and the LiveAPI class scripts use.
// Besides LiveAPI, tests act on the set directly, as a Live user would in the UI (create, delete, move and
// group tracks, select, change properties): those changes notify observers and enter the undo history
// like LOM edits, but are never refused as writes from a notification.
import { Application, LIVE_11_VERSION, SIMULATED_LIVE_VERSION } from "./Application";
import { Bridge, type BridgeOptions } from "./Bridge";
import type { LiveVersion } from "./Application";
import type { ClipInit } from "./Clip";
import { CuePoint } from "./CuePoint";
import { insertDevice, type DeviceInit } from "./Device";
import { LiveCore } from "./LiveCore";
import type { LiveApiStats, LiveApiSymbolSink } from "./LiveCore";
import type { Atom, LiveObject } from "./LiveObject";
import { LiveError } from "./LiveObject";
import { liveApiClass } from "./LiveApi";
import type { LiveApiConstructor } from "./LiveApiInstance";
import { resolvePath } from "./paths";
import type { SetDescription } from "./SetDescription";
import { Scene } from "./Scene";
import { Song } from "./Song";
import { addCue } from "./SongCues";
import { createScene, deleteScene } from "./SongScenes";
import type { Track } from "./Track";
import { buildTrack, buildTracks } from "./TrackBuilder";
import { Transport } from "./Transport";
import type { UndoStep } from "./UndoHistory";

export type { SetDescription, TrackDescription, ClipDescription } from "./SetDescription";
export type { LiveApiConstructor, LiveApiInstance, LiveApiCallback } from "./LiveApiInstance";
export type { Atom } from "./LiveObject";
export type { LiveApiStats, LiveApiSymbolSink } from "./LiveCore";
export type { UndoStep, UndoChange } from "./UndoHistory";
export type { LiveVersion } from "./Application";

/**
 * What the simulated Live application is, besides the set: its version and what its Max for Live bridge
 * exposes (`live`: 12.0 by default, or 11.2; `bridgeAdds`: a hypothetical bridge's extra names, src/sim/live/Bridge.ts).
 */
export interface LiveOptions extends BridgeOptions {
  /** What Application.get_major / minor / bugfix_version answer; SIMULATED_LIVE_VERSION (12.1.5) by default, 11.2.11 under `live: "11.2"`. */
  version?: LiveVersion;
  /**
   * How many LiveAPI lookups of a `live_set` path answer id 0 after [live.thisdevice] has banged (0 by
   * default). Cycling '74 says the bang comes once the device is initialised, LiveAPI included
   * (live.thisdevice reference; "jsliveapi"), yet devices load as their set opens, and public devices
   * guard their first LiveAPI reads with a delay for that reason (Ableton/maxdevtools#23, on
   * initialisation order; issue 18 of this project reports live_set not answering at the first bang).
   */
  liveSetLate?: number;
}

export class LiveSet {
  private readonly core = new LiveCore();
  readonly song: Song;
  /** `live_app`. */
  readonly application: Application;
  private readonly apiClasses = new Map<number, LiveApiConstructor>();

  private constructor(desc: SetDescription, options: LiveOptions) {
    this.core.bridge = new Bridge(options);
    this.song = new Song(this.core, desc.tempo ?? 120, desc.signature ?? [4, 4]);
    for (const time of desc.cues ?? []) addCue(this.song, new CuePoint(this.core, time), false);
    this.core.liveSetLate = options.liveSetLate ?? 0;
    this.core.transport = new Transport(this.core);
    const scenes = typeof desc.scenes === "number" ? Array.from({ length: desc.scenes }, () => ({})) : (desc.scenes ?? [{}]);
    if (scenes.length === 0) throw new Error("a Live set has at least one scene");
    for (const s of scenes) this.song.scenes.push(new Scene(this.core, s));
    for (const r of desc.returns ?? []) this.song.returnTracks.push(buildTrack(this.core, "return", r, 0));
    this.song.master = buildTrack(this.core, "master", { name: desc.master?.name ?? "Master", devices: desc.master?.devices ?? [] }, 0);
    for (const t of desc.tracks) this.song.tracks.push(...buildTracks(this.core, t, null));
    if (!this.song.tracks.some((t) => !t.isGroup)) throw new Error("a Live set has at least one audio or MIDI track");
    this.song.rememberVisibleTracks();
    this.song.view.select("selected_track", this.song.tracks[desc.selectedTrack ?? 0] ?? this.song.tracks[0]);
    this.song.view.select("selected_scene", this.song.scenes[desc.selectedScene ?? 0] ?? this.song.scenes[0]);
    // Made last, so the set's ids are what they were before the application was modelled.
    this.application = new Application(this.core, options.version ?? (options.live === "11.2" ? LIVE_11_VERSION : SIMULATED_LIVE_VERSION));
  }

  static fromDescription(desc: SetDescription, options: LiveOptions = {}): LiveSet {
    return new LiveSet(desc, options);
  }

  /** LiveAPI objects constructed, LiveAPI operations made (get/set/call/getcount/getstring/info, id, path and property assignments), observers created, re-pointed and torn down. */
  get stats(): Readonly<LiveApiStats> {
    return this.core.stats;
  }

  /** Receives the path strings and observer teardowns that make Max intern symbols (the rig's symbol table). */
  set symbolSink(sink: LiveApiSymbolSink | null) {
    this.core.symbolSink = sink;
  }

  /** What LiveAPI posted to the Max window (Live's refusals), oldest first. */
  /** How many LiveAPI observers are registered on live objects (inspection only). */
  get observerCount(): number {
    return this.core.listenerCount;
  }

  get errors(): readonly string[] {
    return this.core.errors;
  }

  /** Receives each posted error as it happens (e.g. to show it in a fake Max console). */
  set onError(sink: ((text: string) => void) | null) {
    this.core.onError = sink;
  }

  /** Every name LiveAPI was asked to get, set, call, count or observe, by the bridge's type of the object. */
  get bridgeNamesAsked(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.core.bridge.asked;
  }

  /** Closed undo steps, oldest first; each lists its changes. */
  get undoHistory(): readonly UndoStep[] {
    return this.core.undo.steps;
  }

  /**
   * The next `lookups` LiveAPI lookups of a `live_set` path answer id 0, as LiveOptions.liveSetLate makes
   * the first ones at load do (its sources there): a resync that finds the set not answering.
   */
  answerLate(lookups: number): void {
    this.core.liveSetLate = lookups;
  }

  /** Moves time: song time and clips while playing, launches due, recordings grow; observers hear it. */
  advance(ms: number): void {
    this.core.transport.advance(ms);
    this.core.flushStructure();
  }

  /**
   * The LiveAPI class of this set, for a script inside the device `thisDevice` (id or path) when given:
   * the path `this_device` then names it. One class per device, so `instanceof` holds across calls.
   */
  liveApiClass(thisDevice?: number | string): LiveApiConstructor {
    const device = thisDevice === undefined ? null : this.require(thisDevice);
    if (device && !["Device", "RackDevice", "MaxDevice"].includes(device.lom.name)) throw new Error(`${thisDevice} is not a device`);
    const key = device ? device.id : 0;
    let cls = this.apiClasses.get(key);
    if (!cls) this.apiClasses.set(key, (cls = liveApiClass(this.core, device)));
    return cls;
  }

  objectById(id: number): LiveObject | null {
    const o = this.core.object(id);
    return o && o.alive ? o : null;
  }

  /** The canonical path of a live object, or null for a dead or unknown id. */
  pathOf(id: number): string | null {
    return this.objectById(id)?.canonicalPath() ?? null;
  }

  /** The object at a path (`live_set tracks 2`) or `id N`, or null. */
  resolve(path: string): LiveObject | null {
    return resolvePath(this.core, path);
  }

  /** Reads a property as LiveAPI.get would, without counting a call; throws when Live would refuse. */
  read(target: number | string, prop: string): Atom[] {
    const o = this.require(target);
    const spec = o.lom.props[prop];
    if (!spec) throw new Error(`${o.lom.name} has no property ${prop}`);
    return spec.get(o);
  }

  /** The object at an id or path; throws when there is none. */
  require(target: number | string): LiveObject {
    const o = typeof target === "number" ? this.objectById(target) : this.resolve(target);
    if (!o) throw new Error(`no live object at ${target}`);
    return o;
  }

  track(target: number | string): Track {
    const o = typeof target === "number" ? this.objectById(target) : this.resolve(target);
    if (!o || !this.song.allTracks().includes(o as Track)) throw new Error(`no track at ${target}`);
    return o as Track;
  }

  // --- user-level changes (as made in Live's UI) ---

  /** Changes a property as the UI would (notifies observers, one undo step); Live's validation applies. */
  setProperty(target: number | string, prop: string, ...value: unknown[]): void {
    const o = this.require(target);
    const spec = o.lom.props[prop];
    if (!spec?.set) throw new Error(`${o.lom.name}.${prop} is not settable`);
    this.user(() => spec.set!(o, value));
  }

  /** Calls a LOM function as the UI would (e.g. `fire`, `stop`, `create_clip`). */
  callFunction(target: number | string, fn: string, ...args: unknown[]): Atom[] | string | void {
    const o = this.require(target);
    const spec = o.lom.fns[fn];
    if (!spec) throw new Error(`${o.lom.name} has no function ${fn}`);
    return this.user(() => spec.call(o, args));
  }

  createTrack(kind: "midi" | "audio", index = -1, name?: string): Track {
    return this.user(() => {
      const track = this.song.createTrack(kind, index);
      if (name !== undefined) track.values.name = name;
      return track;
    });
  }

  deleteTrack(target: number | string): void {
    this.user(() => this.song.deleteTrack(this.track(target)));
  }

  /** Drags a track (a group with its contents) to `index` of the list without it. */
  moveTrack(target: number | string, index: number): void {
    this.user(() => this.song.moveTrack(this.track(target), index));
  }

  /** Groups adjacent sibling tracks under a new group track, which it returns. */
  groupTracks(targets: (number | string)[], name = "Group"): Track {
    return this.user(() => this.song.groupTracks(targets.map((t) => this.track(t)), name));
  }

  ungroup(target: number | string): void {
    this.user(() => this.song.ungroup(this.track(target)));
  }

  createScene(index = -1, name?: string): Scene {
    return this.user(() => createScene(this.song, index, name === undefined ? {} : { name }));
  }

  deleteScene(target: number | string): void {
    const o = this.require(target);
    if (!(o instanceof Scene)) throw new Error(`no scene at ${target}`);
    this.user(() => deleteScene(this.song, o));
  }

  /** Puts a clip in a slot (tracks and scenes by index), as recording or drawing one would. */
  createClip(trackIndex: number, sceneIndex: number, init: ClipInit): LiveObject {
    const slot = this.song.trackAt(trackIndex).clipSlots[sceneIndex];
    if (!slot) throw new Error(`no clip slot ${sceneIndex} on track ${trackIndex}`);
    if (slot.clip) throw new Error("the clip slot is not empty");
    return this.user(() => slot.putClip(init, true));
  }

  /** Drops a device from the browser onto a track (at the end unless `index` is given). */
  addDevice(target: number | string, init: DeviceInit, index?: number): LiveObject {
    return this.user(() => insertDevice(this.track(target), init, index));
  }

  selectTrack(target: number | string): void {
    this.song.view.select("selected_track", this.track(target));
  }

  selectScene(target: number | string): void {
    const o = this.require(target);
    if (!(o instanceof Scene)) throw new Error(`no scene at ${target}`);
    this.song.view.select("selected_scene", o);
  }

  /** Clicking a parameter in a device (Song.View.selected_parameter is read-only through the LOM). */
  selectParameter(target: number | string | null): void {
    this.song.view.select("selected_parameter", target === null ? null : this.require(target));
  }

  /** One UI gesture: one undo step; Live's refusals surface as exceptions to the test. */
  private user<T>(body: () => T): T {
    this.core.undo.begin();
    try {
      return body();
    } catch (error) {
      if (error instanceof LiveError) throw new Error(error.message);
      throw error;
    } finally {
      this.core.undo.end();
      this.core.flushStructure();
    }
  }
}
