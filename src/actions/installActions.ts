// Attaches every action group's implementation to the registry the mapping is validated against.
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import { installClipActions } from "./ClipActions";
import { installNavigationActions } from "./NavigationActions";
import { installRecordingActions } from "./RecordingActions";
import { installSceneActions } from "./SceneActions";
import { installSetActions } from "./SetActions";
import { installTrackActions } from "./TrackActions";
import { installTransportActions } from "./TransportActions";

export function installActions(registry: ActionRegistry, deps: ActionDeps): void {
  installTransportActions(registry, deps);
  installNavigationActions(registry, deps);
  installTrackActions(registry, deps);
  installSceneActions(registry, deps);
  installClipActions(registry, deps);
  installRecordingActions(registry, deps);
  installSetActions(registry, deps);
}
