// The bundle's reads of [pattr p0_mapping] and the parameter's outputs, told apart by their order: every
// output reaches the bundle as mapping_stored, whatever made it (scripts/patchers/mappingStorage.ts).
//
// Why order tells them apart: Max handles one event at a time, depth first ("a path in the network is
// always followed to its terminal node before messages will be sent down adjacent paths",
// https://docs.cycling74.com/userguide/scheduler/), and a bang makes the [pattr] output at once ("bang:
// Outputs the data maintained by the pattr object", https://docs.cycling74.com/reference/pattr); the
// messages between node.script and the patcher keep their order (assumed, as src/sim/max/Wire.ts does).
// So the answer to a read comes after every output Max made before the read reached it: the first
// output after a read is its answer, or an output of Live's that stands in for it. Both carry the
// parameter's value as it was then.
//
// Why nothing is lost: every output is applied, or followed by a read whose answer is; a store the bundle
// sent before seeing Live's output may reach the parameter after it, which a read after a change finds.
// Each output answers the oldest read still waiting, so an answer is judged by the stores made before its
// own read, never by a later read's (two reads crossing an edit, as a preset load's and the ready's, would
// otherwise bring the older copy back for a moment). An empty [pattr] may never answer a bang (not
// documented): its read then waits until Live's next output, which counts as its answer; if the bundle
// stored since, it is asked again, and the [pattr], not empty any more, answers. An empty output is the
// one value a read may never bring back, so it is applied even then: if it was the answer to a read made
// before the store, the read asked again brings the stored document back.
import type { Atom } from "../wire/protocol";
import { type StoredMapping, storesNothing } from "./StoredMapping";

export class StoredMappingReads {
  /** How many documents the bundle stored. */
  private stores = 0;
  /** For each read not answered yet, oldest first: how many documents had been stored when it asked. */
  private readonly waiting: number[] = [];

  /** `ask` sends mapping_read; `ignored` tells the log of an output not applied. */
  constructor(
    private readonly mapping: StoredMapping,
    private readonly ask: () => void,
    private readonly ignored: (text: string) => void,
  ) {}

  /** The bundle stored a document (mapping_store). */
  stored(): void {
    this.stores++;
  }

  /** Asks for the stored copy. */
  read(): void {
    this.waiting.push(this.stores);
    this.ask();
  }

  /** An output of the parameter: the oldest waiting read's answer, or Live's own when none waits. */
  output(atoms: readonly Atom[]): void {
    const storesAtRead = this.waiting.shift();
    if (storesAtRead !== undefined && this.stores > storesAtRead) {
      if (storesNothing(atoms)) this.mapping.apply(atoms);
      else this.ignored("stored mapping output while a read made before the last store waited: ignored, asked again");
      return this.read();
    }
    if (this.mapping.apply(atoms) && storesAtRead === undefined) this.read();
  }
}
