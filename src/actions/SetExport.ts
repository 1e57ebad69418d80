// The set as the device sees it, written as a set description (the shape of src/sim/live/SetDescription.ts,
// which `npm start` and the REPL open): read a top-level track at a time, each held while it is read, and
// a scene row at a time, as log.set reads them (ModelDump.ts), so the shim slices the read into short blocks.
// What the model does not read is left out: notes (loaded only while a clip is edited), scene tempos,
// device parameters, colours of clips; an input track's routing is what its Protocol0 Input reports.
import type { Clip } from "../model/Clip";
import type { DeviceType } from "../model/Device";
import type { SimpleTrack } from "../model/SimpleTrack";
import type { SongFacade } from "../model/SongFacade";
import { eachScene, withTrackLoaded } from "./ModelDump";

export interface ExportedDevice {
  name: string;
  className: string;
  type?: DeviceType;
}

export interface ExportedClip {
  slot: number;
  name: string;
  length: number;
  looping: boolean;
  muted: boolean;
  markers: { loop_start: number; loop_end: number; start_marker: number; end_marker: number };
}

export interface ExportedTrack {
  name: string;
  type: "midi" | "audio" | "group";
  color: number;
  arm?: boolean;
  mute: boolean;
  solo: boolean;
  folded?: boolean;
  monitoring?: 0 | 1 | 2;
  inputType?: string;
  inputChannel?: string;
  devices: ExportedDevice[];
  clips: ExportedClip[];
  tracks?: ExportedTrack[];
}

export interface ExportedSet {
  tempo: number;
  signature: [number, number];
  scenes: { name: string }[];
  tracks: ExportedTrack[];
  returns: ExportedTrack[];
  master: { devices: ExportedDevice[] };
  selectedTrack?: number;
  selectedScene?: number;
}

/** The EC4's port as the simulated Live names it, and Live's names of a MIDI input channel. */
const EC4_PORT = "FaderFox EC4";
const channelName = (channel: number): string => (channel === 0 ? "All Channels" : `Ch. ${channel}`);

/** The channel the Protocol0 Input on a track reports (0 All Channels), when it reported one. */
export type InputChannelOf = (trackId: number) => number | undefined;

function clipOf(clip: Clip, slot: number): ExportedClip {
  const markers = { loop_start: clip.loopStart, loop_end: clip.loopEnd, start_marker: clip.startMarker, end_marker: clip.endMarker };
  return { slot, name: clip.name, length: clip.length, looping: clip.looping, muted: clip.muted, markers };
}

function trackOf(track: SimpleTrack, inputChannel: InputChannelOf): ExportedTrack {
  const devices = track.devices().map((d): ExportedDevice => ({ name: d.name, className: d.className, ...(d.deviceType !== undefined && { type: d.deviceType }) }));
  const clips = track.clipSlots().flatMap((slot, index) => {
    const clip = slot.clip();
    return clip === null ? [] : [clipOf(clip, index)];
  });
  const exported: ExportedTrack = { name: track.name, type: track.kind === "group" || track.kind === "midi" ? track.kind : "audio", color: track.color, mute: track.mute, solo: track.solo, devices, clips };
  if (track.canBeArmed) Object.assign(exported, { arm: track.isArmed, monitoring: track.monitoring as 0 | 1 | 2 });
  const channel = inputChannel(track.id);
  if (track.holdsInput && channel !== undefined) Object.assign(exported, { inputType: EC4_PORT, inputChannel: channelName(channel) });
  if (track.isFoldable) Object.assign(exported, { folded: track.isFolded, tracks: track.subTracks.map((sub) => trackOf(sub, inputChannel)) });
  return exported;
}

async function loadedTrack(track: SimpleTrack, inputChannel: InputChannelOf): Promise<ExportedTrack> {
  return withTrackLoaded(track.abstractTrack, () => trackOf(track, inputChannel), (t) => t.loadMonitoring());
}

export async function exportSet(song: SongFacade, inputChannel: InputChannelOf): Promise<ExportedSet> {
  const top = song.simpleTracks().filter((t) => t.groupTrack === null);
  const tracks: ExportedTrack[] = [];
  for (const track of top) tracks.push(await loadedTrack(track, inputChannel));
  const returns: ExportedTrack[] = [];
  for (const track of song.returnTracks()) returns.push(await loadedTrack(track, inputChannel));
  const master = song.masterTrack();
  const masterDevices = master === null ? [] : (await loadedTrack(master, inputChannel)).devices;
  const scenes = await eachScene(song, (scene) => ({ name: scene.name }));
  const selectedTrack = song.selectedTrack();
  const selectedScene = song.selectedScene();
  const flat = song.simpleTracks();
  return {
    tempo: song.tempo(),
    signature: [song.signatureNumerator(), song.signatureDenominator()],
    scenes,
    tracks,
    returns: returns.map(({ name, color, mute, solo, devices, clips }) => ({ name, type: "audio", color, mute, solo, devices, clips })),
    master: { devices: masterDevices },
    ...(selectedTrack !== null && flat.includes(selectedTrack) && { selectedTrack: flat.indexOf(selectedTrack) }),
    ...(selectedScene !== null && { selectedScene: selectedScene.index }),
  };
}
