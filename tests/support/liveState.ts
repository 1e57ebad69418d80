// Reading the simulated Live set the way a test asserts on it: by track and scene names, never through
// the bundle's mirror; and whether the status line warned.
import * as assert from "uvu/assert";
import type { Clip } from "../../src/sim/live/Clip";
import type { LiveSet } from "../../src/sim/live/LiveSet";
import type { Track } from "../../src/sim/live/Track";
import type { ActionRig } from "./ec4";

export function trackNamed(set: LiveSet, name: string): Track {
  const track = set.song.allTracks().find((t) => t.name === name);
  if (track === undefined) throw new Error(`no track "${name}" (tracks: ${set.song.allTracks().map((t) => t.name).join(", ")})`);
  return track;
}

/** The clip in `track`'s slot of scene `scene`, or null for an empty slot. */
export function clipAt(set: LiveSet, track: string, scene: number): Clip | null {
  return trackNamed(set, track).clipSlots[scene]?.clip ?? null;
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

/**
 * Every track's properties, mixer and device parameter values, every clip's properties and notes, the
 * scenes and the song's transport, without the playing position that moves with time: "nothing changed" checks.
 */
export function snapshot(set: LiveSet): string {
  const clipState = ({ playing_position: _moving, ...values }: Record<string, unknown>) => values;
  const mixer = (t: Track) => [t.mixer.volume, t.mixer.panning, ...t.mixer.sends].map((p) => p.values.value);
  return JSON.stringify({
    tracks: set.song.allTracks().map((t) => [
      t.name,
      { ...t.values },
      mixer(t),
      t.devices.map((d) => d.parameters.map((p) => p.values.value)),
      t.clipSlots.map((s) => (s.clip ? { ...clipState(s.clip.values), notes: s.clip.notes } : null)),
    ]),
    scenes: set.song.scenes.map((s) => ({ ...s.values })),
    song: { tempo: set.song.values.tempo, metronome: set.song.values.metronome, is_playing: set.song.values.is_playing },
  });
}

/** Whether the status line showed a warning containing `text`. */
export function warned(r: ActionRig, text: string): boolean {
  return r.statuses().some((line) => line.startsWith("warn") && line.includes(text));
}

/** Plays `actionId` expecting a refusal: a warning containing `text`, no undo step, Live unchanged. */
export async function assertRefused(r: ActionRig, actionId: string, text: string, steps?: number): Promise<void> {
  const before = snapshot(r.set);
  assert.is(await r.play(actionId, steps), 0, `${actionId} recorded no undo step`);
  assert.ok(warned(r, text), r.statuses().join("\n"));
  assert.is(snapshot(r.set), before, `${actionId} left Live unchanged`);
}
