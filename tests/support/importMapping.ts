// A mapping imported through the device, as a musician does: a file written, its path sent to the
// bundle as the Import button's dialog sends it (`mapping_import <path>`), the answer on the status line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MappingDocument } from "../../src/control/Mapping";
import type { Rig } from "../../src/sim/max/Rig";
import defaultMapping from "../../src/control/defaultMapping.json";

/** A fresh copy of the default mapping to change. */
export function defaultDocument(): MappingDocument {
  return JSON.parse(JSON.stringify(defaultMapping)) as MappingDocument;
}

/** Imports `doc` and returns the status lines it gave ("level text"). */
export async function importMapping(rig: Rig, doc: unknown): Promise<string[]> {
  const file = join(mkdtempSync(join(tmpdir(), "p0-map-")), "mapping.json");
  writeFileSync(file, JSON.stringify(doc, null, 2));
  const mark = rig.fromNode.length;
  rig.sendToNode("mapping_import", file);
  await rig.settle();
  return rig.fromNode.slice(mark).filter((atoms) => atoms[0] === "status").map((atoms) => atoms.slice(1).join(" "));
}

/** Binds `binding` to a knob of a group of `doc` (added at `position` when the group has none there). */
export function bind(doc: MappingDocument, group: string, position: number, gesture: "press" | "longPress" | "scroll", binding: unknown): MappingDocument {
  const target = doc.groups.find((g) => g.name === group)!;
  let encoder = target.encoders.find((e) => e.position === position);
  if (encoder === undefined) {
    encoder = { position, cc: position, label: `K${position}` };
    target.encoders.push(encoder);
  }
  (encoder as unknown as Record<string, unknown>)[gesture] = binding;
  return doc;
}
