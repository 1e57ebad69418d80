// The stored mapping at its largest (DESIGN.md "Budgets": a valid 600 KB mapping survives reopening the set;
// no atom over 30,000): imported from a file of MAX_MAPPING_CHARS, stored in pieces (src/control/StoredChunks.ts),
// the set saved and reopened, the mapping back and a knob of it acting, all through the EC4's bytes.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MappingDocument } from "../../control/Mapping";
import { MAX_MAPPING_CHARS } from "../../control/MappingBounds";
import { MAPPING_VERSION } from "../../control/MappingMigrations";
import type { Atom } from "../../wire/protocol";
import { LiveSet, type SetDescription } from "../live/LiveSet";
import { Rig } from "../max/Rig";
import { DEMO_SET } from "../Demo";
import { Ec4Port } from "../Ec4Port";
import { VirtualEc4 } from "../VirtualEc4";
import { appOf } from "./benchRig";
import { temporaryFolder } from "../TemporaryFolder";

/** The knob of the large mapping that acts: group "Main", knob 1, on the demo's input channel 4. */
export const ACTING = { group: "Main", action: "transport.metronome" } as const;

const text = (prefix: string, length: number): string => (prefix + "x".repeat(length)).slice(0, length);

/**
 * The largest mapping the schema lets a document be: 64 groups (16 channels, four groups sharing each by
 * ccRange and noteRange), 16 knobs each, every label 32 characters and every gesture an action id of 64
 * (ids no action has are kept and do nothing); the first knob of "Main" presses the metronome.
 */
export function largestMapping(): MappingDocument {
  const groups: MappingDocument["groups"] = [];
  for (let g = 0; g < 64; g++) {
    const channel = (g % 16) + 1;
    const base = Math.floor(g / 16) * 32;
    const encoders = Array.from({ length: 16 }, (_, k) => ({
      position: k + 1,
      cc: base + k,
      note: base + 16 + k,
      label: text(`G${g}K${k}`, 32),
      press: text(`unknown.press.g${g}k${k}.`, 64),
      longPress: text(`unknown.long.g${g}k${k}.`, 64),
      scroll: text(`unknown.scroll.g${g}k${k}.`, 64),
    }));
    groups.push({ name: g === 3 ? ACTING.group : text(`Group ${g} `, 32), addressing: { channel, ccRange: { from: base, to: base + 31 }, noteRange: { from: base, to: base + 31 } }, encoders });
  }
  // Group 3 is on channel 4, CCs 0..31: the demo has an input track on channel 4.
  groups[3]!.encoders[0]!.press = ACTING.action;
  return { version: MAPPING_VERSION, relativeEncoding: "twosComplement", longPressMs: 250, groups } as MappingDocument;
}

/** The mapping as a file of exactly MAX_MAPPING_CHARS characters: indented JSON, then blank space. */
export function largestMappingFile(doc: MappingDocument): string {
  const json = JSON.stringify(doc, null, 2);
  return json + "\n".padEnd(MAX_MAPPING_CHARS - json.length, " ");
}

export interface StoredMappingFigure {
  /** The mapping imported: its file, in kB (the validator's bound, MAX_MAPPING_CHARS). */
  kB: number;
  /**
   * What [pattr p0_mapping] holds, in kB: the validated mapping as compact JSON (the file's indentation and
   * blank space are not kept; the schema's bounds make a mapping at most about 330 kB so).
   */
  storedKB: number;
  /** How many atoms [pattr p0_mapping] holds. */
  atoms: number;
  maxAtomChars: number;
  restored: boolean;
  /** Whether a knob of the restored mapping ran its action (the metronome toggled). */
  acted: boolean;
}

export function demoSet(): SetDescription {
  return JSON.parse(readFileSync(DEMO_SET, "utf8")) as SetDescription;
}

/** The demo set opened with `stored` in [pattr p0_mapping], its input devices loaded; the EC4 plays into them. */
export async function openDemo(stored?: readonly Atom[]): Promise<{ rig: Rig; ec4: VirtualEc4 }> {
  const rig = new Rig({ set: LiveSet.fromDescription(demoSet()), storedMapping: stored });
  await rig.start();
  const port = Ec4Port.connect(rig);
  await rig.advance(100);
  return { rig, ec4: new VirtualEc4(rig, () => appOf(rig).control.store.active, (...message) => port.send(...message)) };
}

/** Imports the largest mapping, saves and reopens the set, and plays the acting knob of what came back. */
export async function measureStoredMapping(): Promise<{ figure: StoredMappingFigure; saved: Rig; reopened: Rig }> {
  const doc = largestMapping();
  const file = join(temporaryFolder("p0-mapping"), "largest.json");
  const content = largestMappingFile(doc);
  writeFileSync(file, content);
  const { rig: saved } = await openDemo();
  saved.sendToNode("mapping_import", file);
  await saved.settle();
  const stored = saved.storedAtoms ?? [];
  const { rig: reopened, ec4 } = await openDemo(stored);
  const restored = JSON.stringify(appOf(reopened).control.store.active) === JSON.stringify(doc);
  const metronome = () => reopened.set.read("live_set", "metronome")[0];
  const before = metronome();
  await ec4.play(ACTING.action);
  await reopened.advance(200);
  const chars = stored.reduce<number>((sum, atom) => sum + String(atom).length, 0);
  return {
    figure: {
      kB: Math.round(content.length / 100) / 10,
      storedKB: Math.round(chars / 100) / 10,
      atoms: stored.length,
      maxAtomChars: Math.max(saved.wire.maxAtomChars, reopened.wire.maxAtomChars),
      restored,
      acted: metronome() !== before,
    },
    saved,
    reopened,
  };
}
