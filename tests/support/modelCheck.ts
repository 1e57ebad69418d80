// Compares what the bundle believes (mirror, SimpleTracks, AbstractGroupTracks) with what the
// simulated Live holds, read the way LiveAPI reads it. Returns every divergence as a line.
import type { Protocol0 } from "../../src/host/Protocol0";
import type { LiveSet } from "../../src/sim/live/LiveSet";

type Atom = string | number;

function ids(raw: Atom[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i] === "id" && Number(raw[i + 1]) !== 0) out.push(Number(raw[i + 1]));
  return out;
}

const one = (raw: Atom[]): number | null => ids(raw)[0] ?? null;
const flag = (raw: Atom[]): boolean => Number(raw[0]) === 1;
const text = (raw: Atom[]): string => raw.map(String).join(" ");

/** An instrument (Device.type 1) other than the External Instrument, which plays hardware. */
function soundSource(set: LiveSet, device: number): boolean {
  return Number(set.read(device, "type")[0]) === 1 && text(set.read(device, "class_name")) !== "ProxyInstrumentDevice";
}

/** The ExternalSynthTrack rule, computed from Live's data alone. */
function expectedGroupClass(set: LiveSet, children: number[]): string {
  const kinds = children.map((id) => (flag(set.read(id, "is_foldable")) ? "group" : flag(set.read(id, "has_midi_input")) ? "midi" : "audio"));
  const [first, second, ...rest] = kinds;
  const laidOut = first === "midi" && second === "audio" && rest.every((k) => k === "audio");
  return laidOut && !ids(set.read(children[0]!, "devices")).some((d) => soundSource(set, d)) ? "ExternalSynthTrack" : "SimpleGroupTrack";
}

export function divergences(app: Protocol0, set: LiveSet): string[] {
  const out: string[] = [];
  const check = (what: string, expected: unknown, actual: unknown): void => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) out.push(`${what}: Live ${JSON.stringify(expected)}, bundle ${JSON.stringify(actual)}`);
  };
  const { mirror, song } = app;
  const songId = mirror.songId;
  const trackIds = ids(set.read("live_set", "tracks"));
  const sceneIds = ids(set.read("live_set", "scenes"));
  check("tracks", trackIds, mirror.children(songId, "Song", "tracks"));
  check("scenes", sceneIds, mirror.children(songId, "Song", "scenes"));
  check("return tracks", ids(set.read("live_set", "return_tracks")), song.returnTracks().map((t) => t.id));
  check("selected track", one(set.read("live_set view", "selected_track")), song.selectedTrack()?.id ?? null);
  check("selected scene", one(set.read("live_set view", "selected_scene")), song.selectedScene()?.id ?? null);
  for (const prop of ["tempo", "is_playing", "signature_numerator"] as const) check(`song ${prop}`, Number(set.read("live_set", prop)[0]), Number(mirror.songProp(prop)));

  // Mirror and first layer, track by track.
  check("simple tracks", trackIds, song.simpleTracks().map((t) => t.id));
  for (const id of trackIds) {
    const track = song.simpleTracks().find((t) => t.id === id);
    if (!track) continue;
    const foldable = flag(set.read(id, "is_foldable"));
    check(`track ${id} name`, text(set.read(id, "name")), track.name);
    // Mute and solo are loaded while the track is in focus (or a dump reads them): then they are Live's.
    for (const prop of ["mute", "solo"] as const) {
      const loaded = mirror.get(id, "Track", prop);
      if (loaded !== undefined) check(`track ${id} ${prop}`, flag(set.read(id, prop)), loaded);
    }
    // Live raises on `arm` where a track cannot be armed (ideoforms/AbletonOSC#115).
    if (flag(set.read(id, "can_be_armed"))) check(`track ${id} arm`, flag(set.read(id, "arm")), mirror.get(id, "Track", "arm"));
    check(`track ${id} foldable`, foldable, track.isFoldable);
    // fold_state is not listenable: the mirror re-reads it when visible_tracks changes, which folding a
    // group with no tracks does not do (the healer repairs that one later).
    const hasTracks = trackIds.some((child) => one(set.read(child, "group_track")) === id);
    if (foldable && hasTracks) check(`track ${id} folded`, flag(set.read(id, "fold_state")), track.isFolded);
    check(`track ${id} kind`, foldable ? "group" : flag(set.read(id, "has_midi_input")) ? "midi" : "audio", track.kind);
    check(`track ${id} group`, one(set.read(id, "group_track")), track.groupTrack?.id ?? null);
    // Clip slots are loaded only while held (the focus, a recording, a dump): what is loaded equals Live.
    if (!mirror.isLoaded(id, "clip_slots")) continue;
    const slots = ids(set.read(id, "clip_slots"));
    check(`track ${id} clip slots`, slots, track.clipSlots().map((s) => s.id));
    for (const slot of slots) {
      const clip = one(set.read(slot, "clip"));
      check(`slot ${slot} clip`, clip, track.clipSlots().find((s) => s.id === slot)?.clip()?.id ?? null);
      if (clip !== null) check(`clip ${clip} name`, text(set.read(clip, "name")), app.objects.clip(clip).name);
    }
  }

  // Second layer: every group as the AbstractGroupTrack its sub tracks call for.
  for (const id of trackIds) {
    const track = song.simpleTracks().find((t) => t.id === id);
    if (!track) continue;
    const children = trackIds.filter((child) => one(set.read(child, "group_track")) === id);
    check(`track ${id} sub tracks`, children, track.subTracks.map((t) => t.id));
    if (!flag(set.read(id, "is_foldable"))) {
      check(`track ${id} abstract group`, null, track.ownGroup?.constructor.name ?? null);
      continue;
    }
    check(`track ${id} abstract group`, expectedGroupClass(set, children), track.ownGroup?.constructor.name ?? null);
    check(`group ${id} connected`, true, track.ownGroup?.isConnected ?? false);
    check(`group ${id} abstract sub tracks`, children, track.ownGroup?.subTracks.map((t) => t.id) ?? []);
  }
  const topLevel = trackIds.filter((id) => one(set.read(id, "group_track")) === null);
  check("abstract tracks", topLevel, song.abstractTracks().map((t) => t.id));

  // A held scene row (the selected scene's) is Live's row, in track order.
  check("visible tracks", ids(set.read("live_set", "visible_tracks")), song.visibleTracks().map((t) => t.id));
  song.scenes().forEach((scene, index) => {
    if (!mirror.isLoaded(scene.id, "clip_slots")) return;
    check(`scene ${scene.id} slots`, trackIds.map((t) => ids(set.read(t, "clip_slots"))[index]), scene.clipSlots.map((s) => s.id));
    for (const slot of scene.clipSlots) check(`slot ${slot.id} has clip`, flag(set.read(slot.id, "has_clip")), slot.hasClip);
  });
  const selected = one(set.read("live_set view", "selected_scene"));
  if (selected !== null) check("selected scene row loaded", true, mirror.isLoaded(selected, "clip_slots"));
  const track = one(set.read("live_set view", "selected_track"));
  if (track !== null) check("selected track's mute loaded", true, mirror.get(track, "Track", "mute") !== undefined || mirror.get(track, "ReturnTrack", "mute") !== undefined || mirror.node(track)?.type === "MasterTrack");
  return out;
}
