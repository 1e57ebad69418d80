// Builds tracks (a group with everything inside it, flattened in Live's order) from descriptions, and
// describes existing ones back: used to load a set, duplicate tracks and re-create deleted ones on undo.
import { Device } from "./Device";
import type { LiveCore } from "./LiveCore";
import type { TrackDescription } from "./SetDescription";
import { Track } from "./Track";
import type { TrackKind } from "./Track";

/** The tracks of one description: the track itself, then (for a group) its contents, depth first. */
export function buildTracks(core: LiveCore, desc: TrackDescription, group: Track | null, out: Track[] = []): Track[] {
  const track = buildTrack(core, desc.type, desc, core.song.scenes.length);
  track.groupTrack = group;
  out.push(track);
  if (desc.type === "group") for (const inner of desc.tracks ?? []) buildTracks(core, inner, track, out);
  else if (desc.tracks?.length) throw new Error(`track ${desc.name}: only group tracks contain tracks`);
  return out;
}

export function buildTrack(core: LiveCore, kind: TrackKind, desc: Omit<TrackDescription, "type">, sceneCount: number): Track {
  const track = new Track(
    core,
    kind,
    {
      kind,
      name: desc.name,
      ...(desc.color !== undefined && { color: desc.color }),
      ...(desc.arm !== undefined && { arm: desc.arm }),
      ...(desc.mute !== undefined && { mute: desc.mute }),
      ...(desc.solo !== undefined && { solo: desc.solo }),
      ...(desc.folded !== undefined && { foldState: desc.folded ? 1 : 0 }),
      ...(desc.monitoring !== undefined && { monitoring: desc.monitoring }),
      ...(desc.inputType !== undefined && { inputType: desc.inputType }),
      ...(desc.inputChannel !== undefined && { inputChannel: desc.inputChannel }),
      sends: core.song.returnTracks.length,
    },
    sceneCount,
  );
  for (const d of desc.devices ?? []) track.addDevice(new Device(core, track, d));
  for (const c of desc.clips ?? []) {
    const slot = track.clipSlots[c.slot];
    if (!slot) throw new Error(`track ${desc.name}: no clip slot ${c.slot}`);
    if (kind === "group") throw new Error(`track ${desc.name}: group slots hold no clips`);
    const { slot: _slot, ...clip } = c;
    slot.putClip(clip, false);
  }
  return track;
}

/** The description of a track and (for a group) everything inside it. */
export function describeTrack(track: Track): TrackDescription {
  const v = track.values;
  const desc: TrackDescription = {
    name: track.name,
    type: track.kind === "group" ? "group" : track.kind === "audio" ? "audio" : "midi",
    color: Number(v.color),
    arm: v.arm === 1,
    mute: v.mute === 1,
    solo: v.solo === 1,
    monitoring: Number(v.current_monitoring_state) as 0 | 1 | 2,
    devices: track.devices.map((d) => d.describe()),
    clips: track.clipSlots.flatMap((s, slot) => (s.clip ? [{ slot, ...s.clip.describe() }] : [])),
  };
  if (track.canBeArmed) {
    desc.inputType = track.routing.input_routing_type.display_name;
    desc.inputChannel = track.routing.input_routing_channel.display_name;
  }
  if (track.isGroup) {
    desc.folded = v.fold_state === 1;
    desc.tracks = track.groupedTracks().map(describeTrack);
  }
  return desc;
}
