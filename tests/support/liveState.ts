// Reading the simulated Live set the way a test asserts on it: by track and scene names, never through
// the bundle's mirror.
import type { LiveSet } from "../../src/sim/live/LiveSet";
import type { Track } from "../../src/sim/live/Track";

export function trackNamed(set: LiveSet, name: string): Track {
  const track = set.song.allTracks().find((t) => t.name === name);
  if (track === undefined) throw new Error(`no track "${name}" (tracks: ${set.song.allTracks().map((t) => t.name).join(", ")})`);
  return track;
}

export function prop(set: LiveSet, target: number | string, name: string): number {
  return Number(set.read(target, name)[0]);
}

export function selectedTrackName(set: LiveSet): string | undefined {
  return set.song.view.selectedTrack?.name;
}

export function selectedSceneIndex(set: LiveSet): number {
  return set.song.view.selectedScene?.index ?? -1;
}

/** Every track's and clip's properties and notes, without the playing position that moves with time: "nothing changed" checks. */
export function snapshot(set: LiveSet): string {
  const clipState = ({ playing_position: _moving, ...values }: Record<string, unknown>) => values;
  return JSON.stringify({
    tracks: set.song.allTracks().map((t) => [
      t.name,
      { ...t.values },
      t.clipSlots.map((s) => (s.clip ? { ...clipState(s.clip.values), notes: s.clip.notes } : null)),
    ]),
    scenes: set.song.scenes.map((s) => ({ ...s.values })),
    song: { tempo: set.song.values.tempo, metronome: set.song.values.metronome },
  });
}
