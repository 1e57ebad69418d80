// The mapping's storage in the device: a blob parameter Live saves with the set and its presets.
import type { PatcherBuilder } from "./PatcherBuilder";
import { TO_BUNDLE, FROM_BUNDLE } from "../../src/wire/DeviceMessages";
import type { Dispatch, ToNode } from "./mainCore";

/**
 * The mapping is a blob parameter of [pattr], which Live saves with the set and with device presets
 * ("blob: any type of data you can store with a pattr object", https://docs.cycling74.com/userguide/m4l/live_parameters),
 * and which outputs its value when the patcher loads (autorestore, https://docs.cycling74.com/reference/pattr).
 * Every output reaches the bundle, whatever made it: Live's own (a set or preset load, an undo) as
 * mapping_restore, the answer to the bundle's mapping_read as mapping_stored. A [gate 2 1] tells them
 * apart: the read switches it to its second outlet, bangs the [pattr] and switches back ([t] fires
 * right to left). The bundle stores with `set`, which sends nothing back (no store loop); a mapping
 * longer than an atom is a list of pieces (src/control/StoredChunks.ts), which [prepend] and [pattr] pass whole. While the
 * script is not ready the inbox [gate] drops an output: the bundle reads the stored copy at each start.
 *
 * Max must own the [pattr]: node.script runs its script as a separate process
 * (https://docs.cycling74.com/max8/vignettes/00_N4M_index, "Basic Concepts"), so nothing it holds is in
 * the set. The [gate 2 1] stays beside it: telling a read's answer from Live's own output needs the
 * [pattr]'s output to come back inside the call that banged it, which in the shim would be a re-entrant
 * call into the [js], a case Cycling '74's js pages do not describe.
 */
export function wireMappingStorage(p: PatcherBuilder, dispatch: Dispatch, toNode: ToNode): void {
  const mapping = p.paramObject("pattr p0_mapping", {
    longname: "Mapping",
    shortname: "Mapping",
    type: 3,
    visibility: 1,
  });
  const which = p.obj("gate 2 1");
  p.connect(mapping, 0, which, 1);
  const fromLive = p.obj(`prepend ${TO_BUNDLE.mappingRestore}`);
  p.connect(which, 0, fromLive);
  toNode(fromLive);
  const answer = p.obj(`prepend ${TO_BUNDLE.mappingStored}`);
  p.connect(which, 1, answer);
  toNode(answer);
  const onRead = p.obj("t b b b");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.mappingRead), onRead);
  const toAnswer = p.msg("2");
  const toLive = p.msg("1");
  p.connect(onRead, 2, toAnswer);
  p.connect(toAnswer, 0, which);
  p.connect(onRead, 1, mapping);
  p.connect(onRead, 0, toLive);
  p.connect(toLive, 0, which);
  const store = p.obj("prepend set");
  p.connect(dispatch.box, dispatch.outlet(FROM_BUNDLE.mappingStore), store);
  p.connect(store, 0, mapping);
}
