// The main device's [pattr p0_mapping]: a blob parameter, Stored Only, whose value Live keeps (Live's
// stored copy of the mapping), as Live and Max treat it.
//
// What is documented, and modelled as documented:
// - A blob is "any type of data you can store with a pattr object: single values, lists, or strings"
//   (Cycling '74, Live parameters: https://docs.cycling74.com/userguide/m4l/live_parameters), saved with
//   the Live set and with a device preset like every stored parameter.
// - Set load: "When enabled [autorestore, the default], the pattr object will automatically output its
//   last-saved value when the patcher is loaded" (Cycling '74 pattr reference,
//   https://docs.cycling74.com/reference/pattr): `load` outputs the saved value.
// - `set` stores a value without output, `bang` outputs it (pattr reference, Messages).
// - Preset load: Live gives the parameter the preset's value, which the object outputs like any
//   parameter Live sets; then [live.thisdevice] bangs again ("a bang will be reported every time a new
//   preset is loaded", Cycling '74 live.thisdevice reference): `recall` and Rig.loadPreset.
//
// - The value is a list of atoms ("single values, lists, or strings"): the device stores a long mapping as
//   several text atoms (src/control/StoredChunks.ts), each one a symbol; saving the set and reopening it
//   gives the same list back (`load`). Whether Live's set file keeps a list of this length (a 600 KB
//   mapping is 10 to 20 atoms of 30,000 characters) is not documented: assumed, as for one atom.
//
// What is not documented, and modelled both ways: whether Live's undo of a change to a blob parameter
// makes the [pattr] output the value it restores (`UndoNotice`); what a bang of a [pattr] holding
// nothing does ("bang: Outputs the data maintained by the pattr object", pattr reference): an empty
// message, or nothing at all (`EmptyBang`). Live's undo history here holds the patcher's `set`s (one
// undo step each: an assumption too; a `set` that made no undo step would leave nothing to undo, which
// the device survives trivially). Presets are not in the model's undo history.
// The [dict] alternative (parameter_enable, Cycling '74 dict reference: "Enables use of this object
// with Max for Live Parameters") is not modelled: the device does not use it (README).

import type { Atom } from "../../wire/protocol";

/** Whether Live's undo makes the stored parameter output the value it restores, or restores it silently. */
export type UndoNotice = "outputs" | "silent";

/** Whether a bang of a [pattr] holding nothing outputs an empty message or nothing. */
export type EmptyBang = "outputs" | "nothing";

/** What Live and Max leave undocumented, chosen per rig (RigOptions). */
export interface StoredParameterOptions {
  undo?: UndoNotice;
  emptyBang?: EmptyBang;
}

/** A stored value: its list of atoms, or undefined when nothing was ever stored. */
export type StoredValue = readonly Atom[] | undefined;

/** A lone text is a list of one atom. */
export function storedValue(value: string | readonly Atom[] | undefined): StoredValue {
  return typeof value === "string" ? [value] : value === undefined ? undefined : [...value];
}

export class StoredParameter {
  private value: StoredValue;
  private readonly undos: StoredValue[] = [];
  private readonly redos: StoredValue[] = [];

  /** `output` is the [pattr]'s left outlet: undefined when nothing was ever stored (an empty message). */
  constructor(
    initial: string | readonly Atom[] | undefined,
    private readonly output: (value: StoredValue) => void,
    private readonly options: StoredParameterOptions = {},
  ) {
    this.value = storedValue(initial);
  }

  /** What Live would save with the set now. */
  get current(): StoredValue {
    return this.value;
  }

  /** Steps Live can undo / redo in this parameter. */
  get undoSteps(): number {
    return this.undos.length;
  }

  get redoSteps(): number {
    return this.redos.length;
  }

  /** `set <value>` from the patcher: stored, nothing output; one undo step in Live (assumed). */
  set(value: readonly Atom[]): void {
    this.undos.push(this.value);
    this.redos.length = 0;
    this.value = [...value];
  }

  /** `bang`: outputs the value; holding nothing, an empty message or nothing (`EmptyBang`). */
  bang(): void {
    if (this.value === undefined && this.options.emptyBang === "nothing") return;
    this.output(this.value);
  }

  /** The device loads with the set (or the device is saved and reloaded): autorestore outputs the saved value. */
  load(): void {
    this.output(this.value);
  }

  /** Live recalls a device preset: the parameter takes the preset's value and outputs it. */
  recall(value: string | readonly Atom[] | undefined): void {
    this.value = storedValue(value);
    this.output(this.value);
  }

  /** Live's undo (Ctrl+Z) of the last change: false when there is none. */
  undo(): boolean {
    return this.step(this.undos, this.redos);
  }

  /** Live's redo of the last undone change. */
  redo(): boolean {
    return this.step(this.redos, this.undos);
  }

  private step(from: StoredValue[], to: StoredValue[]): boolean {
    if (from.length === 0) return false;
    to.push(this.value);
    this.value = from.pop();
    if (this.options.undo !== "silent") this.output(this.value);
    return true;
  }
}
