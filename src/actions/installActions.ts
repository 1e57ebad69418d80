// Attaches every implemented action to the registry the mapping is validated against.
import type { ActionDeps } from "./ActionDeps";
import type { ActionRegistry } from "./ActionRegistry";
import { installRecordingActions } from "./RecordingActions";

export function installActions(registry: ActionRegistry, deps: ActionDeps): void {
  installRecordingActions(registry, deps);
}
