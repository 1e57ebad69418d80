// The device's choice of the folder holding the musician's own actions: the Actions button's folder
// dialog, and the choice stored with the set in [pattr p0_actions] as the mapping is (a blob parameter
// Live saves with the set and its presets, which a Node restart leaves alone: the bundle reads it at
// each start, before the stored mapping, so a mapping naming user actions finds them loaded). Not the
// saved state of src/actions/saved: that [dict] is what is under way, and Live does not save it.
import type { UserActions } from "../actions/user/UserActions";
import type { MappingStore } from "../control/MappingStore";
import type { Logger } from "../log/Logger";
import type { DevicePort } from "../wire/DevicePort";
import { FROM_BUNDLE, TO_BUNDLE } from "../wire/DeviceMessages";
import type { Atom } from "../wire/protocol";
import { USER_AREA, type ActionRegistry } from "../actions/ActionRegistry";
import { unknownStatus } from "./MappingReport";
import { joined } from "./DialogPaths";
import type { StatusLineWriter } from "./StatusLine";

export interface ActionsFolderUiOptions {
  host: DevicePort;
  actions: UserActions;
  registry: ActionRegistry;
  store: MappingStore;
  status: StatusLineWriter;
  log: Logger;
  /** A path as Max's dialogs give it, made native (src/host/MaxFiles.ts). */
  nativePath(maxPath: string): string;
}

export class ActionsFolderUi {
  constructor(private readonly options: ActionsFolderUiOptions) {}

  start(): void {
    const { host, registry } = this.options;
    registry.onChange(() => this.notLoaded());
    host.on(TO_BUNDLE.actionsFolder, (...path) => this.chosen(joined(path)));
    host.on(TO_BUNDLE.actionsFolderStored, (...atoms) => this.stored(atoms));
  }

  /** Asks the patcher for the stored folder (answered as actions_folder_stored). */
  readStored(): void {
    this.options.host.send(FROM_BUNDLE.actionsFolderRead);
  }

  /** The musician chose a folder: loaded, and stored with the set. */
  private chosen(path: string): void {
    if (path.trim() === "") return this.options.status.show("warn", "actions folder: no folder chosen");
    this.options.host.send(FROM_BUNDLE.actionsFolderStore, path);
    this.load(path);
  }

  /** What the stored parameter holds: nothing (or a lone 0, as an empty [pattr] may say) is the default folder. */
  private stored(atoms: Atom[]): void {
    const path = joined(atoms).trim();
    this.load(path === "" || path === "0" ? undefined : path);
  }

  private load(path: string | undefined): void {
    try {
      this.options.actions.use(path === undefined ? undefined : this.options.nativePath(path));
    } catch (error) {
      this.options.log.error("loading the user actions failed", error);
    }
  }

  /** A mapping naming a user action no file defines: told each time the folder is loaded, the mapping kept. */
  private notLoaded(): void {
    const active = this.options.store.active;
    if (active === undefined) return;
    const checked = this.options.store.check(active);
    const missing = checked.ok ? checked.unknown.filter((entry) => entry.id.startsWith(USER_AREA)) : [];
    if (missing.length === 0) return;
    const text = unknownStatus(active, missing);
    this.options.status.show("warn", text);
    this.options.log.warn(text);
  }
}
