// What an action may need selected in Live, the model object each one resolves to, and the name the
// run receives it under.
import type { AbstractTrack } from "../model/AbstractTrack";
import type { Clip } from "../model/Clip";
import type { ClipSlot } from "../model/ClipSlot";
import type { Device } from "../model/Device";
import type { DeviceParameter } from "../model/DeviceParameter";
import type { Scene } from "../model/Scene";
import type { SimpleTrack } from "../model/SimpleTrack";

export interface NeedValues {
  currentTrack: AbstractTrack;
  selectedTrack: SimpleTrack;
  selectedClip: Clip;
  selectedClipSlot: ClipSlot;
  selectedScene: Scene;
  selectedDevice: Device;
  selectedParameter: DeviceParameter;
}

export type Need = keyof NeedValues;

export const NEED_KEYS = {
  currentTrack: "track",
  selectedTrack: "selectedTrack",
  selectedClip: "clip",
  selectedClipSlot: "slot",
  selectedScene: "scene",
  selectedDevice: "device",
  selectedParameter: "parameter",
} as const satisfies Record<Need, string>;

/** For warnings: "no selected clip". */
export const NEED_LABELS: Record<Need, string> = {
  currentTrack: "current track",
  selectedTrack: "selected track",
  selectedClip: "selected clip",
  selectedClipSlot: "selected clip slot",
  selectedScene: "selected scene",
  selectedDevice: "selected device",
  selectedParameter: "selected parameter",
};

export type Resolved<N extends Need> = { readonly [K in N as (typeof NEED_KEYS)[K]]: NeedValues[K] };

/** Finds what an action needs in Live now (read from the model); null when Live has none. */
export interface NeedResolver {
  resolve<N extends Need>(need: N): NeedValues[N] | null;
}
