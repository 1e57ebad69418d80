// The set as the model sees it, as readable lines (the original's LogService dump): tracks at the level
// the controller acts on, their clips and devices, scenes, and statistics.
import { AbstractGroupTrack } from "../model/AbstractGroupTrack";
import type { AbstractTrack } from "../model/AbstractTrack";
import { ExternalSynthTrack } from "../model/ExternalSynthTrack";
import type { SimpleTrack } from "../model/SimpleTrack";
import type { SongFacade } from "../model/SongFacade";
import { sceneBars } from "./SceneLength";

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

function clipLines(track: SimpleTrack, depth: string): string[] {
  return track.clipSlots().flatMap((slot, index) => {
    const clip = slot.clip();
    if (clip === null) return [];
    const kind = clip.isMidi ? "MIDI" : "audio";
    return [`${depth}clip ${index}: "${clip.name}" ${kind}, ${clip.length} beats${clip.looping ? ", looping" : ""}${slot.isPlaying ? ", playing" : ""}`];
  });
}

/** One track and everything under it. */
export function dumpTrack(track: AbstractTrack, depth = ""): string[] {
  // The master track has no index in a track list.
  const index = track.index >= 0 ? ` #${track.index}` : "";
  const lines = [`${depth}${track.constructor.name} "${track.name}"${index}${flags(track)}`];
  const inner = depth + INDENT;
  if (track instanceof ExternalSynthTrack) lines.push(`${inner}monitoring the ${track.monitorsAudio ? "audio" : "MIDI"} path`);
  const devices = track.baseTrack.devices().map((device) => device.name);
  if (devices.length > 0) lines.push(`${inner}devices: ${devices.join(", ")}`);
  if (track instanceof AbstractGroupTrack) {
    for (const sub of track.subTracks) lines.push(...dumpTrack(sub, inner));
  } else {
    lines.push(...clipLines(track.baseTrack, inner));
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

export function songStatistics(song: SongFacade): SongStatistics {
  const tracks = song.simpleTracks();
  const totalBars = song.scenes().reduce((sum, scene) => sum + sceneBars(song, scene), 0);
  return {
    tracks: tracks.length,
    groups: tracks.filter((t) => t.foldable).length,
    externalSynths: song.externalSynthTracks().length,
    scenes: song.scenes().length,
    clips: tracks.reduce((sum, t) => sum + t.clipSlots().filter((s) => s.hasClip).length, 0),
    totalBars,
    totalSeconds: (totalBars * song.barBeats() * 60) / song.tempo(),
  };
}

export function describeStatistics(stats: SongStatistics): string {
  const minutes = Math.floor(stats.totalSeconds / 60);
  const seconds = Math.round(stats.totalSeconds % 60);
  return (
    `${stats.tracks} tracks (${stats.groups} groups, ${stats.externalSynths} external synths), ${stats.scenes} scenes, ` +
    `${stats.clips} clips, total length ${stats.totalBars} bars (${minutes}:${String(seconds).padStart(2, "0")})`
  );
}

/** The whole set: transport, tracks, returns, master and scenes. */
export function dumpSet(song: SongFacade): string[] {
  const playing = song.isPlaying() ? "playing" : "stopped";
  const lines = [`Set: ${song.tempo()} BPM ${song.signatureNumerator()}/${song.signatureDenominator()}, ${playing}`];
  lines.push("Tracks:", ...song.abstractTracks().flatMap((track) => dumpTrack(track, INDENT)));
  lines.push("Returns:", ...song.returnTracks().flatMap((track) => dumpTrack(track, INDENT)));
  const master = song.masterTrack();
  if (master !== null) lines.push("Master:", ...dumpTrack(master, INDENT));
  const selected = song.selectedScene();
  lines.push(
    "Scenes:",
    ...song.scenes().map((scene, index) => {
      const marks = [scene === selected && "selected", scene.looping && "looping"].filter((m): m is string => typeof m === "string");
      return `${INDENT}${index} "${scene.name}" ${sceneBars(song, scene)} bars${marks.length > 0 ? ` [${marks.join(", ")}]` : ""}`;
    }),
  );
  lines.push(`Statistics: ${describeStatistics(songStatistics(song))}`);
  return lines;
}
