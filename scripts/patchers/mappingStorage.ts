// The mapping's storage in the device: a blob parameter Live saves with the set and its presets.
import type { PatcherBuilder } from "./PatcherBuilder";
import { TO_BUNDLE, FROM_BUNDLE } from "../../src/wire/DeviceMessages";
import type { Dispatch, ToNode } from "./mainCore";
import { wireStoredValue } from "./storedValue";

/**
 * The mapping is a blob parameter of [pattr], which Live saves with the set and with device presets
 * ("blob: any type of data you can store with a pattr object", https://docs.cycling74.com/userguide/m4l/live_parameters),
 * and which outputs its value when the patcher loads (autorestore, https://docs.cycling74.com/reference/pattr).
 * Every output reaches the bundle as mapping_stored, whatever made it: Live's own (a set or preset load,
 * an undo) or the bang of the bundle's mapping_read. The bundle tells them apart by their order
 * (src/ui/StoredMappingReads.ts), so nothing here does. The bundle stores with `set`, which sends
 * nothing back (no store loop); a mapping longer than an atom is a list of pieces
 * (src/control/StoredChunks.ts), which [prepend] and [pattr] pass whole. While the script is not ready
 * the inbox [gate] drops an output: the bundle reads the stored copy at each start.
 *
 * Max must own the [pattr]: node.script runs its script as a separate process
 * (https://docs.cycling74.com/max8/vignettes/00_N4M_index, "Basic Concepts"), so nothing it holds is in the set.
 */
export function wireMappingStorage(p: PatcherBuilder, dispatch: Dispatch, toNode: ToNode): void {
  wireStoredValue(p, dispatch, toNode, {
    name: "p0_mapping",
    longname: "Mapping",
    shortname: "Mapping",
    output: TO_BUNDLE.mappingStored,
    read: FROM_BUNDLE.mappingRead,
    store: FROM_BUNDLE.mappingStore,
  });
}
