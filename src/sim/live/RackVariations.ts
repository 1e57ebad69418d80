// A rack's macro variations (Cycling '74's RackDevice page, "Available since Live 11.0"): variation_count
// (observe, read-only), selected_variation_index ("Get/set the currently selected variation"; Live 12's
// inventory: "Throws an exception if the index is out of range"), store_variation ("Stores a new variation
// of the values of all currently mapped macros"), recall_selected_variation ("Recalls the currently
// selected macro variation. Does nothing if there are no variations"). The macros are the parameters after
// "Device On", at most 16 (Live 11's racks have 16). A recall is one edit: one undo step, as a recall in
// Live's rack is.
import type { DeviceParameter } from "./DeviceParameter";
import type { LiveObject } from "./LiveObject";
import { LiveError } from "./LiveObject";

/** Racks hold up to 16 macros (Live 11+). */
const MACROS = 16;

export class RackVariations {
  /** The stored variations, each the macros' values in order. */
  private readonly stored: number[][];

  constructor(
    private readonly rack: LiveObject,
    private readonly parameters: readonly DeviceParameter[],
    init: readonly number[][] = [],
  ) {
    this.stored = init.map((values) => [...values]);
    rack.values.selected_variation_index = this.stored.length > 0 ? 0 : -1;
  }

  /** -1 when none is selected. */
  get selected(): number {
    return Number(this.rack.values.selected_variation_index);
  }

  get count(): number {
    return this.stored.length;
  }

  private get macros(): readonly DeviceParameter[] {
    return this.parameters.slice(1, 1 + MACROS);
  }

  select(index: number): void {
    if (!Number.isInteger(index) || index < -1 || index >= this.stored.length) throw new LiveError(`selected_variation_index: index ${index} out of range`);
    this.rack.core.setValue(this.rack, "selected_variation_index", index, true);
  }

  store(): void {
    const values = this.macros.map((macro) => macro.value);
    this.stored.push(values);
    const { core } = this.rack;
    core.undo.record(`store variation ${this.stored.length} of ${this.rack}`, () => {
      this.stored.splice(this.stored.indexOf(values), 1);
      core.notify(this.rack, "variation_count");
    });
    core.notify(this.rack, "variation_count");
  }

  recall(): void {
    const values = this.stored[this.selected];
    if (values === undefined) return;
    // Not flagged as a parameter's write: the macros' changes join the call's one step.
    this.macros.forEach((macro, i) => {
      const value = values[i];
      if (value !== undefined) this.rack.core.setValue(macro, "value", value, true);
    });
  }

  describe(): number[][] {
    return this.stored.map((values) => [...values]);
  }
}
