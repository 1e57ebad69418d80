// Clip launching over the song clock (SongClock.ts). Fired slots launch on the next global quantization
// boundary (Song.clip_trigger_quantization, 1 bar by default, https://docs.cycling74.com/apiref/lom/song/).
// Firing an empty slot of an armed track records a new clip that grows with song time until stopped or until
// its record_length is reached, after which it plays on, looped (ClipSlot.fire record_length,
// https://docs.cycling74.com/apiref/lom/clipslot/).
import type { Clip } from "./Clip";
import type { ClipSlot } from "./ClipSlot";
import type { Scene } from "./Scene";
import { EPSILON, SongClock } from "./SongClock";
import type { Track } from "./Track";

interface Launch {
  track: Track;
  /** null: the track's stop button. */
  slot: ClipSlot | null;
  record: boolean;
  recordLength?: number;
  at: number;
}

interface Running {
  start: number;
  /** Beats still to record (null: until stopped); absent when the clip only plays. */
  recordLength?: number | null;
}

export class Transport extends SongClock {
  private readonly pending = new Map<Track, Launch>();
  private readonly running = new Map<Clip, Running>();
  /** A fired scene blinks (Scene.is_triggered) until its row launches, when its tempo (if any) applies. */
  private triggeredScene: { scene: Scene; at: number } | null = null;

  /** Fires a slot: its clip, a recording (armed track, empty slot, `mayRecord`), or the track's stop button. */
  fire(slot: ClipSlot, recordLength?: number, mayRecord = true): void {
    if (slot.track.isGroup) {
      for (const inner of slot.groupedSlots()) this.fire(inner, recordLength, false);
      return;
    }
    const record = slot.clip === null && mayRecord && slot.willRecordOnStart;
    if (!slot.clip && !record) {
      if (slot.values.has_stop_button === 1) this.stopTrack(slot.track);
      return;
    }
    if (!this.playing) this.setPlaying(true);
    const launch: Launch = { track: slot.track, slot, record, at: this.nextBoundary(this.time) };
    if (recordLength !== undefined) launch.recordLength = recordLength;
    this.schedule(launch);
  }

  /** Scene.fire: each track's slot in the row; empty slots of armed tracks do not record
   * ("Start Recording on Scene Launch" is off by default). */
  fireScene(scene: Scene): void {
    this.triggeredScene?.scene.setTriggered(false);
    this.triggeredScene = null;
    for (const slot of scene.clipSlots()) if (!slot.track.isGroup) this.fire(slot, undefined, false);
    const at = this.nextBoundary(this.time);
    if (!this.playing || at <= this.time) {
      this.applySceneSettings(scene);
      return;
    }
    scene.setTriggered(true);
    this.triggeredScene = { scene, at };
  }

  /**
   * A scene with its own tempo or time signature sets the song's when it launches: "the project will
   * automatically adjust to these parameters when the scene is launched" (Ableton's manual, Session View
   * chapter, on scene tempos; https://help.ableton.com/hc/en-us/articles/5595081962524 for Live 11's scene
   * tempo fields). Scene.tempo reads -1 while tempo_enabled (Live 12 inventory) is off: then nothing changes.
   * Modelled at the row's launch (the quantization boundary); a launch is not an edit, so no undo step.
   */
  private applySceneSettings(scene: Scene): void {
    const v = scene.values;
    if (v.tempo_enabled === 1) this.core.setValue(this.song, "tempo", Number(v.tempo), false);
    if (v.time_signature_enabled === 1) {
      this.core.setValue(this.song, "signature_numerator", Number(v.time_signature_numerator), false);
      this.core.setValue(this.song, "signature_denominator", Number(v.time_signature_denominator), false);
    }
  }

  /** Stops the track's clip at the next boundary (at once while the song is stopped); groups stop their tracks. */
  stopTrack(track: Track): void {
    if (track.isGroup) {
      for (const inner of track.descendants()) if (!inner.isGroup) this.stopTrack(inner);
      return;
    }
    const busy = track.clipSlots.some((s) => s.clip !== null && this.running.has(s.clip));
    if (!busy && !this.pending.has(track)) return;
    this.schedule({ track, slot: null, record: false, at: this.playing ? this.nextBoundary(this.time) : this.time });
  }

  /** The slot index waiting to launch, -2 for a fired stop button, -1 for none (Track.fired_slot_index). */
  firedSlotIndex(track: Track): number {
    const launch = this.pending.get(track);
    if (!launch) return -1;
    return launch.slot ? launch.slot.index : -2;
  }

  /** A clip leaves the set: it no longer plays or waits. */
  forget(clip: Clip): void {
    this.running.delete(clip);
    for (const [track, launch] of this.pending) if (launch.slot?.clip === clip) this.pending.delete(track);
  }

  forgetTrack(track: Track): void {
    this.pending.delete(track);
    for (const slot of track.clipSlots) if (slot.clip) this.running.delete(slot.clip);
  }

  /** Song.stop_playing: clips stop, recordings end, song time stays; stopping while stopped returns to 0. */
  stop(): void {
    if (!this.playing) {
      this.locate(0);
      return;
    }
    for (const launch of Array.from(this.pending.values())) this.untrigger(launch);
    this.pending.clear();
    // The scene's launch is cancelled with its clips': its tempo does not apply.
    this.triggeredScene?.scene.setTriggered(false);
    this.triggeredScene = null;
    for (const clip of Array.from(this.running.keys())) this.stopClip(clip);
    this.setPlaying(false);
  }

  /** Session record switched off: recordings end and their clips play on. */
  endRecordings(): void {
    for (const [clip, run] of this.running) if (run.recordLength !== undefined) this.finishRecording(clip, run);
  }

  advance(ms: number): void {
    this.nowMs += ms;
    if (!this.playing) return;
    const played = (ms / 60000) * this.song.playedTempo;
    const to = this.beats + played;
    this.runDue(to);
    for (const [clip, run] of Array.from(this.running)) this.progress(clip, run, to);
    this.beats = to;
    this.core.setValue(this.song, "current_song_time", this.songTimeAfter(played), false);
  }

  private schedule(launch: Launch): void {
    const previous = this.pending.get(launch.track);
    if (previous) this.untrigger(previous);
    this.pending.set(launch.track, launch);
    if (launch.slot) {
      launch.slot.setTriggered(true);
      launch.slot.clip?.setState("is_triggered", 1);
    }
    launch.track.notifySlotIndexes();
    this.runDue(this.time);
  }

  private untrigger(launch: Launch): void {
    if (!launch.slot) return;
    launch.slot.setTriggered(false);
    launch.slot.clip?.setState("is_triggered", 0);
  }

  private runDue(upTo: number): void {
    if (this.triggeredScene && this.triggeredScene.at <= upTo + EPSILON) {
      const scene = this.triggeredScene.scene;
      this.triggeredScene = null;
      scene.setTriggered(false);
      if (scene.alive) this.applySceneSettings(scene);
    }
    if (this.pending.size === 0) return;
    const due = Array.from(this.pending.values())
      .filter((l) => l.at <= upTo + EPSILON)
      .sort((a, b) => a.at - b.at);
    for (const launch of due) {
      this.pending.delete(launch.track);
      // The slot's scene was deleted while the launch waited.
      if (launch.slot && !launch.slot.alive) continue;
      this.untrigger(launch);
      this.launch(launch);
      launch.track.notifySlotIndexes();
    }
  }

  private launch(launch: Launch): void {
    for (const slot of launch.track.clipSlots) {
      if (slot.clip && slot !== launch.slot && this.running.has(slot.clip)) this.stopClip(slot.clip, launch.at);
    }
    const slot = launch.slot;
    if (!slot) return;
    if (launch.record) {
      if (slot.clip) return;
      const clip = slot.putClip({ length: 0 }, true);
      this.running.set(clip, { start: launch.at, recordLength: launch.recordLength ?? null });
      clip.setState("is_recording", 1);
      clip.setState("is_playing", 1);
    } else if (slot.clip) {
      this.running.set(slot.clip, { start: launch.at });
      slot.clip.setState("is_playing", 1);
    }
    slot.notifyStatus();
  }

  private progress(clip: Clip, run: Running, to: number): void {
    const elapsed = Math.max(0, to - run.start);
    if (run.recordLength !== undefined) {
      if (run.recordLength === null || elapsed < run.recordLength) {
        clip.setRecordedLength(elapsed);
        return;
      }
      this.finishRecording(clip, run, run.recordLength);
    }
    const length = clip.length;
    if (length <= 0) return;
    const loopStart = clip.num(clip.looping ? "loop_start" : "start_marker");
    if (!clip.looping && elapsed >= length) {
      this.stopClip(clip);
      return;
    }
    clip.setState("playing_position", loopStart + (elapsed % length));
  }

  /** Ends a recording at `length` beats, or (stopped early) at the recorded length rounded up to whole beats. */
  private finishRecording(clip: Clip, run: Running, length?: number, at = this.time): void {
    clip.setRecordedLength(length ?? Math.max(1, Math.ceil(at - run.start - EPSILON)));
    delete run.recordLength;
    clip.setState("is_recording", 0);
    clip.slot.notifyStatus();
  }

  private stopClip(clip: Clip, at = this.time): void {
    const run = this.running.get(clip);
    if (run && run.recordLength !== undefined) this.finishRecording(clip, run, undefined, at);
    this.running.delete(clip);
    clip.setState("is_playing", 0);
    clip.setState("playing_position", 0);
    clip.slot.notifyStatus();
    clip.slot.track.notifySlotIndexes();
  }
}
