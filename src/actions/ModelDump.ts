// The set as the model sees it, as readable lines (the original's LogService dump): tracks at the level
// the controller acts on, their clips and devices, scenes, and statistics.
import { AbstractGroupTrack } from "../model/AbstractGroupTrack";
import type { AbstractTrack } from "../model/AbstractTrack";
import { ExternalSynthTrack } from "../model/ExternalSynthTrack";
import type { SimpleTrack } from "../model/SimpleTrack";
import type { SongFacade } from "../model/SongFacade";
import { whileLoaded, type Load } from "../model/Load";
import type { Scene } from "../model/Scene";
import { barsText, beatsAsBars } from "../time/BarsText";
import { counted } from "../log/Counted";

const INDENT = "  ";

function flags(track: AbstractTrack): string {
  const base = track.baseTrack;
  const on = [
    track.isArmed && "armed",
    track.solo && "solo",
    track.mute && "muted",
    track.isFolded && "folded",
    base.role !== null && base.role,
  ].filter((flag): flag is string => typeof flag === "string");
  return on.length === 0 ? "" : ` [${on.join(", ")}]`;
}

function clipLines(track: SimpleTrack, barBeats: number, depth: string): string[] {
  return track.clipSlots().flatMap((slot, index) => {
    const clip = slot.clip();
    if (clip === null) return [];
    const kind = clip.isMidi ? "MIDI" : "audio";
    // Numbered from 1 and named as in Live's window; a recorded clip Live left unnamed still gets a name.
    const name = clip.name === "" ? "(no name)" : `"${clip.name}"`;
    return [`${depth}clip in scene ${index + 1}: ${name} ${kind}, ${beatsAsBars(clip.length, barBeats)}${clip.looping ? ", looping" : ""}${slot.isPlaying ? ", playing" : ""}`];
  });
}

/** One track and everything under it; clip lengths in bars of `barBeats` beats. */
export function dumpTrack(track: AbstractTrack, barBeats: number, depth = ""): string[] {
  // The master track has no index in a track list.
  const index = track.index >= 0 ? ` #${track.index + 1}` : "";
  const lines = [`${depth}${track.constructor.name} "${track.name}"${index}${flags(track)}`];
  const inner = depth + INDENT;
  if (track instanceof ExternalSynthTrack) lines.push(`${inner}monitoring the ${track.monitorsAudio ? "audio" : "MIDI"} path`);
  const devices = track.baseTrack.devices().map((device) => device.name);
  if (devices.length > 0) lines.push(`${inner}devices: ${devices.join(", ")}`);
  if (track instanceof AbstractGroupTrack) {
    for (const sub of track.subTracks) lines.push(...dumpTrack(sub, barBeats, inner));
  } else {
    lines.push(...clipLines(track.baseTrack, barBeats, inner));
  }
  return lines;
}

export interface SongStatistics {
  tracks: number;
  groups: number;
  externalSynths: number;
  scenes: number;
  clips: number;
  /** The scenes played one after the other, each as long as its longest clip. */
  totalBars: number;
  totalSeconds: number;
}

/**
 * Clip slots are loaded only for what is in focus, so the set is walked a scene at a time: each row is
 * held, read, and released before the next (the shim slices each read into short blocks).
 */
export async function eachScene<T>(song: SongFacade, visit: (scene: Scene) => T): Promise<T[]> {
  const out: T[] = [];
  for (const scene of [...song.scenes()]) out.push(await whileLoaded([scene.loadClipSlots()], () => visit(scene)));
  return out;
}

/** Holds one top-level track's lists (clip slots, devices) and flags, and those of its sub tracks, while `visit` reads them. */
export async function withTrackLoaded<T>(track: AbstractTrack, visit: () => T, more: (track: SimpleTrack) => Load[] = () => []): Promise<T> {
  const simple: SimpleTrack[] = [];
  const collect = (t: SimpleTrack): void => {
    simple.push(t);
    t.subTracks.forEach(collect);
  };
  collect(track.baseTrack);
  // Mute and solo are observed only in focus: the flags of the others are read for the dump.
  const loads = simple.flatMap((t) => [...t.loadClipSlots(), t.loadDevices(), ...t.loadFlags(), ...more(t)]);
  return whileLoaded(loads, visit);
}

export async function songStatistics(song: SongFacade): Promise<SongStatistics> {
  const tracks = song.simpleTracks();
  const rows = await eachScene(song, (scene) => ({ bars: scene.bars(song.barBeats()), clips: scene.clipSlots.filter((s) => s.hasClip).length }));
  const totalBars = rows.reduce((sum, row) => sum + row.bars, 0);
  return {
    tracks: tracks.length,
    groups: tracks.filter((t) => t.isFoldable).length,
    externalSynths: song.externalSynthTracks().length,
    scenes: song.scenes().length,
    clips: rows.reduce((sum, row) => sum + row.clips, 0),
    totalBars,
    totalSeconds: (totalBars * song.barBeats() * 60) / song.tempo(),
  };
}

export function describeStatistics(stats: SongStatistics): string {
  const minutes = Math.floor(stats.totalSeconds / 60);
  const seconds = Math.round(stats.totalSeconds % 60);
  return (
    `${counted(stats.tracks, "track")} (${counted(stats.groups, "group")}, ${counted(stats.externalSynths, "external synth")}), ${counted(stats.scenes, "scene")}, ` +
    `${counted(stats.clips, "clip")}, total length ${barsText(stats.totalBars)} (${minutes}:${String(seconds).padStart(2, "0")})`
  );
}

/** One track and everything under it, its lists read first when they are not in focus. */
export function dumpLoadedTrack(track: AbstractTrack, barBeats: number, depth = ""): Promise<string[]> {
  return withTrackLoaded(track, () => dumpTrack(track, barBeats, depth));
}

/** The whole set: transport, tracks, returns, master and scenes, read a track and a scene at a time. */
export async function dumpSet(song: SongFacade): Promise<string[]> {
  const playing = song.isPlaying() ? "playing" : "stopped";
  const lines = [`Set: ${song.tempo()} BPM ${song.signatureNumerator()}/${song.signatureDenominator()}, ${playing}`];
  const dumpAll = async (tracks: readonly AbstractTrack[]): Promise<string[]> => {
    const out: string[] = [];
    for (const track of tracks) out.push(...(await dumpLoadedTrack(track, song.barBeats(), INDENT)));
    return out;
  };
  lines.push("Tracks:", ...(await dumpAll(song.abstractTracks())));
  lines.push("Returns:", ...(await dumpAll(song.returnTracks())));
  const master = song.masterTrack();
  if (master !== null) lines.push("Master:", ...(await dumpAll([master])));
  const selected = song.selectedScene();
  const scenes = await eachScene(song, (scene) => {
    const marks = [scene === selected && "selected", scene.looping && "looping"].filter((m): m is string => typeof m === "string");
    return `${INDENT}${scene.index + 1} ${scene.name === "" ? "(no name)" : `"${scene.name}"`} ${barsText(scene.bars(song.barBeats()))}${marks.length > 0 ? ` [${marks.join(", ")}]` : ""}`;
  });
  lines.push("Scenes:", ...scenes);
  lines.push(`Statistics: ${describeStatistics(await songStatistics(song))}`);
  return lines;
}
