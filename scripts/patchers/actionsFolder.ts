// The folder of the musician's own actions (src/actions/user/): the Actions button opens a folder
// dialog whose path goes to the bundle, and the bundle stores its choice in a blob parameter Live saves
// with the set and its presets, beside the mapping (mappingStorage.ts has the sources).
import type { PatcherBuilder } from "./PatcherBuilder";
import { FROM_BUNDLE, TO_BUNDLE } from "../../src/wire/DeviceMessages";
import type { Dispatch, NodeInbox, ToNode } from "./mainCore";
import { ACTIONS_RECT, TEXT } from "./mainLayout";
import { wireStoredValue } from "./storedValue";

/**
 * [pattr p0_actions]: `set` from the bundle stores without output; every output (autorestore when the
 * set loads, Live's undo, the bang of a read) goes to the bundle as actions_folder_stored, which loads
 * that folder whatever made the output: nothing needs telling a read's answer apart.
 */
export function wireActionsFolderStorage(p: PatcherBuilder, dispatch: Dispatch, toNode: ToNode): void {
  wireStoredValue(p, dispatch, toNode, {
    name: "p0_actions",
    longname: "Actions folder",
    shortname: "Actions",
    output: TO_BUNDLE.actionsFolderStored,
    read: FROM_BUNDLE.actionsFolderRead,
    store: FROM_BUNDLE.actionsFolderStore,
  });
}

/**
 * The Actions button: [opendialog fold] asks for a folder ("To choose a folder, use the "fold" type",
 * Cycling '74 opendialog reference, https://docs.cycling74.com/reference/opendialog) and reports its
 * whole path, which goes to the bundle as `actions_folder <path>`.
 */
export function wireActionsButton(p: PatcherBuilder, node: NodeInbox): void {
  const name = "Actions";
  const text = "Chooses the folder of your own actions (JavaScript files); saved with the set. Default: Documents/Protocol0/actions.";
  const button = p.param(
    "live.text",
    ACTIONS_RECT,
    { longname: name, shortname: name, type: 2, visibility: 2, enums: ["off", "on"], info: { name, text } },
    { mode: 0, text: name, texton: name, ...TEXT },
  );
  const dialog = p.obj("opendialog fold");
  const toNode = p.obj(`prepend ${TO_BUNDLE.actionsFolder}`);
  p.connect(button, 0, dialog);
  p.connect(dialog, 0, toNode);
  p.connect(toNode, 0, node.box, node.inlet);
}
