// The UI's composition step: the device's mapping UI over the encoder grid, and the musician's own
// actions with the folder they are loaded from.
import type { Host } from "../Host";
import type { Reports } from "./composeReports";
import type { Model } from "./composeModel";
import type { Control } from "./composeControl";
import { maxFiles, nativePath } from "../MaxFiles";
import { DeviceGrid } from "../../ui/DeviceGrid";
import { DeviceUi } from "../../ui/DeviceUi";
import { ActionsFolderUi } from "../../ui/ActionsFolderUi";
import { defaultActionsFolder, UserActions } from "../../actions/user/UserActions";

export interface Ui {
  /** The device's mapping UI: group selector, encoder grid, action editing, import/export/restore. */
  readonly deviceUi: DeviceUi;
  /** The musician's own actions, loaded from their folder and again when a file changes. */
  readonly userActions: UserActions;
  readonly actionsFolder: ActionsFolderUi;
}

export function composeUi(host: Host, { log, status }: Reports, model: Model, control: Control): Ui {
  const { registry, store } = control.input;
  const { ticks } = model.seq;
  const cells = new DeviceGrid(model.song.deviceBanks, ticks);
  const deviceUi = new DeviceUi({ host, store, registry, files: maxFiles, log, status, cells });
  const userActions = new UserActions({ registry, ticks, log, status, defaultFolder: defaultActionsFolder() });
  const actionsFolder = new ActionsFolderUi({ host, actions: userActions, registry, store, status, log, nativePath });
  return { deviceUi, userActions, actionsFolder };
}
