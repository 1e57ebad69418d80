// Every action a mapping may name, in the order of the original script's EC4 groups (Main, Cut, Set,
// Log, Test): the mapping schema's action list, the README's table and the device's menus come from it.
import type { IdOf } from "./Action";
import { ActionRegistry } from "./ActionRegistry";
import { CLIP_ACTIONS } from "./ClipActions";
import { CLIP_TOOL_ACTIONS } from "./ClipTools";
import { DEVICE_ACTIONS } from "./DeviceActions";
import { GLOBAL_ACTIONS } from "./GlobalActions";
import { MIXER_ACTIONS } from "./MixerActions";
import { NAVIGATION_ACTIONS } from "./NavigationActions";
import { RECORDING_ACTIONS } from "./RecordingActions";
import { REHEARSAL_ACTIONS } from "./RehearsalActions";
import { SCENE_ACTIONS } from "./SceneActions";
import { SET_ACTIONS } from "./SetActions";
import { SONG_ACTIONS } from "./SongActions";
import { SNAPSHOT_ACTIONS } from "./SnapshotActions";
import { TRACK_ACTIONS } from "./TrackActions";
import { TRACK_BY_NAME_ACTIONS } from "./TrackByName";
import { TRANSPORT_ACTIONS } from "./TransportActions";

export const ACTION_CATALOGUE = [
  ...TRANSPORT_ACTIONS,
  ...GLOBAL_ACTIONS,
  ...NAVIGATION_ACTIONS,
  ...TRACK_BY_NAME_ACTIONS,
  ...TRACK_ACTIONS,
  ...MIXER_ACTIONS,
  ...SCENE_ACTIONS,
  ...CLIP_ACTIONS,
  ...RECORDING_ACTIONS,
  ...SET_ACTIONS,
  ...CLIP_TOOL_ACTIONS,
  ...DEVICE_ACTIONS,
  ...SONG_ACTIONS,
  ...SNAPSHOT_ACTIONS,
  ...REHEARSAL_ACTIONS,
];

/** Every action id, as a type: code naming an action is checked against the definitions. */
export type ActionId = IdOf<(typeof ACTION_CATALOGUE)[number]>;

export function createActionRegistry(): ActionRegistry {
  return new ActionRegistry(ACTION_CATALOGUE);
}
