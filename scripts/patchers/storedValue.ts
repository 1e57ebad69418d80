// A value the device keeps for the script in a blob parameter Live saves with the set and its presets
// (mappingStorage.ts has the sources): the mapping, the snapshot slots, the actions folder.
import type { PatcherBuilder } from "./PatcherBuilder";
import type { Dispatch, ToNode } from "./mainCore";

export interface StoredValue {
  /** The [pattr]'s name. */
  name: string;
  longname: string;
  shortname: string;
  /** The selector every output of the [pattr] reaches the bundle with. */
  output: string;
  /** The bundle's messages: a read (a bang of the [pattr]), a store (`set`, which outputs nothing). */
  read: string;
  store: string;
}

/**
 * Stored Only ([pattr] type 3, visibility 1). Every output reaches the bundle with one selector, a read's
 * answer too: whatever must tell them apart does so in the bundle (the mapping: src/ui/StoredMappingReads.ts).
 * A read reaches the [pattr] as a bang ([route] outputs a bang for a selector without arguments).
 */
export function wireStoredValue(p: PatcherBuilder, dispatch: Dispatch, toNode: ToNode, value: StoredValue): void {
  const kept = p.paramObject(`pattr ${value.name}`, { longname: value.longname, shortname: value.shortname, type: 3, visibility: 1 });
  const output = p.obj(`prepend ${value.output}`);
  p.connect(kept, 0, output);
  toNode(output);
  p.connect(dispatch.box, dispatch.outlet(value.read), kept);
  const store = p.obj("prepend set");
  p.connect(dispatch.box, dispatch.outlet(value.store), store);
  p.connect(store, 0, kept);
}
