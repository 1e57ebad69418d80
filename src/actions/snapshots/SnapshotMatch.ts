// A snapshot against the set as it is now: which track, device and parameters it still names. An object is
// found by its id while its name is unchanged (ids hold while the set is open), else by its name: a set
// Live reopened, a device replaced by one of its kind (Live gives the new one new ids). What no longer
// matches is counted and said, and the rest is recalled.
import type { Device } from "../../model/Device";
import type { DeviceParameter } from "../../model/DeviceParameter";
import type { Load } from "../../model/Load";
import type { SimpleTrack } from "../../model/SimpleTrack";
import type { SongFacade } from "../../model/SongFacade";
import { mixerParameters, type Named, type Snapshot, type StoredValue } from "./Snapshot";

/** A parameter and the value the snapshot gives it. */
export interface Change {
  readonly parameter: DeviceParameter;
  readonly to: number;
}

/** The snapshot's objects found in the set now. */
export interface Found {
  readonly track: SimpleTrack | null;
  readonly deviceTrack: SimpleTrack | null;
}

export interface Match {
  /** What to write, only parameters whose value differs from the snapshot's. */
  readonly changes: Change[];
  /** Stored values nothing in the set matches any more. */
  readonly missing: number;
  /** What the musician should know: a track or device gone or replaced. */
  readonly notes: string[];
}

/** By id while the name is the same, else the one of that name (none when two share it). */
function byIdOrName<T extends Named>(items: readonly T[], named: Named): T | null {
  const same = items.find((item) => item.id === named.id);
  if (same && same.name === named.name) return same;
  const byName = items.filter((item) => item.name === named.name);
  return byName.length === 1 ? byName[0]! : null;
}

export function findTracks(song: SongFacade, snapshot: Snapshot): Found {
  const master = song.masterTrack();
  const tracks = [...song.simpleTracks(), ...song.returnTracks(), ...(master ? [master] : [])];
  return { track: byIdOrName(tracks, snapshot.track), deviceTrack: byIdOrName(tracks, snapshot.device.track) };
}

/** What the first reading needs: the tracks' mixers and device lists. */
export function trackLoads({ track, deviceTrack }: Found): Load[] {
  return [...(track ? [track.loadMixer()] : []), ...(deviceTrack ? [deviceTrack.loadDevices()] : [])];
}

/** The device the snapshot names on its track: the same one, else one of its kind and name (replaced). */
function findDevice(deviceTrack: SimpleTrack | null, snapshot: Snapshot): Device | null {
  const stored = snapshot.device;
  const kind = deviceTrack?.devices().filter((device) => device.className === stored.className) ?? [];
  return byIdOrName(kind, stored);
}

/** What the second reading needs, once the first is in: pan, sends and the device's parameters. */
export function parameterLoads(found: Found, snapshot: Snapshot): Load[] {
  const device = findDevice(found.deviceTrack, snapshot);
  return [...(found.track?.loadPanAndSends() ?? []), ...(device ? [device.loadParameters()] : [])];
}

/** Each stored value's parameter now (by id, else by name among those left); those found whose value differs. */
function matchValues(stored: readonly StoredValue[], current: readonly DeviceParameter[]): { changes: Change[]; missing: number } {
  const left = [...current];
  const changes: Change[] = [];
  let missing = 0;
  for (const value of stored) {
    const parameter = byIdOrName(left, value);
    if (parameter === null) {
      missing++;
      continue;
    }
    left.splice(left.indexOf(parameter), 1);
    if (parameter.value !== value.value) changes.push({ parameter, to: value.value });
  }
  return { changes, missing };
}

/** The snapshot matched against the set, once both readings are in. */
export function matchSnapshot(found: Found, snapshot: Snapshot): Match {
  const notes: string[] = [];
  const mixer = found.track ? matchValues(snapshot.mixer, mixerParameters(found.track)) : { changes: [], missing: snapshot.mixer.length };
  if (!found.track) notes.push(`track ${snapshot.track.name} is gone`);
  const device = findDevice(found.deviceTrack, snapshot);
  const stored = snapshot.device;
  if (device === null) notes.push(`${stored.name} is gone`);
  // Another id on the same track: the device was replaced (the whole set reopened gives the track a new id too).
  else if (device.id !== stored.id && found.deviceTrack?.id === stored.track.id) notes.push(`${stored.name} was replaced`);
  const parameters = device ? matchValues(stored.parameters, device.parameters()) : { changes: [], missing: stored.parameters.length };
  const missing = mixer.missing + parameters.missing;
  if (missing > 0) notes.push(`${missing} of ${snapshot.mixer.length + stored.parameters.length} values no longer match`);
  return { changes: [...mixer.changes, ...parameters.changes], missing, notes };
}
