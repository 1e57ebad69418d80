// The compact JSON a simulated Live set is built from (tests/fixtures/*.json, generateLargeSet).
import type { ClipInit } from "./Clip";
import type { DeviceInit } from "./Device";
import type { SceneInit } from "./Scene";

export interface SetDescription {
  tempo?: number;
  /** [numerator, denominator]; 4/4 by default. */
  signature?: [number, number];
  /** A scene count (unnamed scenes) or the scenes themselves. */
  scenes?: number | SceneInit[];
  tracks: TrackDescription[];
  returns?: TrackDescription[];
  master?: { name?: string; devices?: DeviceInit[] };
  /** Indexes into the flattened track list / the scenes; the first track and scene by default. */
  selectedTrack?: number;
  selectedScene?: number;
  /** The arrangement's cue points, in beats (Song.cue_points' times). */
  cues?: number[];
}

export interface TrackDescription {
  name: string;
  /** Return tracks ignore this. */
  type: "midi" | "audio" | "group";
  color?: number;
  arm?: boolean;
  mute?: boolean;
  solo?: boolean;
  /** Group tracks only. */
  folded?: boolean;
  monitoring?: 0 | 1 | 2;
  /** Display names among the track's available input routings, e.g. "Ch. 2". */
  inputType?: string;
  inputChannel?: string;
  clips?: ClipDescription[];
  devices?: DeviceInit[];
  /** The tracks inside a group, in order (Live lists them right after the group). */
  tracks?: TrackDescription[];
}

export interface ClipDescription extends ClipInit {
  /** Scene index of the clip's slot. */
  slot: number;
}
