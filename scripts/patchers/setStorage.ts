// What the set keeps for the script (the snapshot slots): a second blob parameter beside the mapping's.
import type { PatcherBuilder } from "./PatcherBuilder";
import { TO_BUNDLE, FROM_BUNDLE } from "../../src/wire/DeviceMessages";
import type { Dispatch, ToNode } from "./mainCore";
import { wireStoredValue } from "./storedValue";

/**
 * [pattr p0_set], Stored Only, saved with the set and device presets like [pattr p0_mapping]
 * (mappingStorage.ts has the sources). Every output reaches the bundle as set_restore, a read's answer
 * too: the bundle takes both alike (src/host/StoredSet.ts). The bundle stores with `set`, which sends
 * nothing back; `set_read` reaches the [pattr] as a bang ([route] outputs a bang for a selector without
 * arguments).
 */
export function wireSetStorage(p: PatcherBuilder, dispatch: Dispatch, toNode: ToNode): void {
  wireStoredValue(p, dispatch, toNode, {
    name: "p0_set",
    longname: "Kept with the set",
    shortname: "Kept",
    output: TO_BUNDLE.setRestore,
    read: FROM_BUNDLE.setRead,
    store: FROM_BUNDLE.setStore,
  });
}
