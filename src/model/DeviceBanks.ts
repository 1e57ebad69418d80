// The selected device's parameters in banks of 8, as the Device knobs turn them and the device's grid shows
// them. The selected device is the selected track's (Track.View.selected_device), not Song.appointed_device,
// which follows a control surface chosen in Live's preferences (Cycling '74's Song page: "the one used by a
// control surface"). Banks: a rack's visible macros; a Max device's own banks where it declares them
// (MaxDevice.get_bank_*, read once a device: Live ids are never reused); else the parameters in order
// without "Device On". Which bank the knobs turn is kept per device, as Push keeps it. Only the selected
// device's parameters are loaded and observed (the focus holds them): the knobs of another device have
// nothing to turn until it is selected.
import type { Mirror } from "../lom/Mirror";
import type { Unsubscribe } from "../events/EventBus";
import type { Device } from "./Device";
import type { DeviceParameter } from "./DeviceParameter";
import type { Load } from "./Load";
import type { SimpleTrack } from "./SimpleTrack";
import type { SongView } from "./SongView";

/** Knobs a bank: Live's own banks (MaxDevice.get_bank_parameters) and Push's hold 8. */
export const BANK_SIZE = 8;

export interface Bank {
  readonly name: string;
  /** BANK_SIZE slots at most; null where the bank leaves a knob empty. */
  readonly slots: readonly (DeviceParameter | null)[];
}

/** The bank the Device knobs turn now. */
export interface ShownBank {
  readonly device: Device;
  readonly bank: Bank;
  /** 0-based, of `count`. */
  readonly index: number;
  readonly count: number;
}

type Declared = readonly { name: string; indices: number[] }[];

/** `parameters` in banks of BANK_SIZE: "Macros 1–8", "Macros 9–16"… */
function inEights(parameters: readonly DeviceParameter[], label: string): Bank[] {
  const banks: Bank[] = [];
  for (let start = 0; start < parameters.length; start += BANK_SIZE) {
    const slots = parameters.slice(start, start + BANK_SIZE);
    banks.push({ name: `${label} ${start + 1}–${start + slots.length}`, slots });
  }
  return banks;
}

export class DeviceBanks {
  private readonly chosen = new Map<number, number>();
  private readonly declared = new Map<number, Declared>();
  private readonly reading = new Map<number, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  /** What is followed, by key, so a change re-points only what differs (an observer's re-pointing is a LiveAPI call). */
  private readonly watching = new Map<string, Unsubscribe>();

  constructor(
    private readonly mirror: Mirror,
    private readonly view: SongView,
    private readonly selectedTrack: () => SimpleTrack | null,
  ) {
    mirror.onSettled(() => this.changed());
  }

  /** The selected track's selected device. */
  selected(): Device | null {
    return this.selectedTrack()?.selectedDevice() ?? null;
  }

  /** The banks of `device` as loaded now. */
  banks(device: Device): Bank[] {
    const parameters = device.parameters();
    if (device.canHaveChains) return inEights(parameters.slice(1, 1 + device.visibleMacroCount), "Macros");
    const declared = this.declared.get(device.id) ?? [];
    if (declared.length > 0) return declared.map(({ name, indices }) => ({ name, slots: indices.slice(0, BANK_SIZE).map((i) => (i >= 0 ? (parameters[i] ?? null) : null)) }));
    return inEights(parameters.slice(1), "Parameters");
  }

  /** The selected device's bank the knobs turn; null without a selected device or a parameter to turn. */
  current(): ShownBank | null {
    const device = this.selected();
    if (!device?.exists) return null;
    const banks = this.banks(device);
    if (banks.length === 0) return null;
    const index = Math.min(this.chosen.get(device.id) ?? 0, banks.length - 1);
    return { device, bank: banks[index]!, index, count: banks.length };
  }

  /** The bank `steps` away (stopping at both ends) becomes the one the knobs turn. */
  page(steps: number): ShownBank | null {
    const shown = this.current();
    if (shown === null) return null;
    this.chosen.set(shown.device.id, Math.max(0, Math.min(shown.count - 1, shown.index + steps)));
    this.changed();
    return this.current();
  }

  /** What the banks of `device` need read: its parameters, and a Max device's declared banks. */
  load(device: Device): Load[] {
    const parameters = device.loadParameters();
    if (!device.isMaxDevice || this.declared.has(device.id)) return [parameters];
    return [parameters, { ready: false, loaded: this.readDeclared(device), release: () => undefined }];
  }

  /** Calls `listener` when what `current` answers may have changed: the selection, a bank, a value, a macro count. */
  onChange(listener: () => void): Unsubscribe {
    this.listeners.add(listener);
    this.watch();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.unwatch();
    };
  }

  private readDeclared(device: Device): Promise<void> {
    const known = this.reading.get(device.id);
    if (known) return known;
    const read = device.declaredBanks().then((banks) => {
      this.declared.set(device.id, banks);
      this.changed();
    });
    this.reading.set(device.id, read);
    return read;
  }

  private changed(): void {
    if (this.listeners.size === 0) return;
    this.watch();
    for (const listener of [...this.listeners]) listener();
  }

  /** Follows what `current` reads: the selection, and the shown bank's values and macro count. */
  private watch(): void {
    const wanted = new Map<string, () => Unsubscribe>();
    const { mirror } = this;
    wanted.set(`${this.view.id}.selected_track`, () => this.view.subscribe("selected_track", () => this.changed()));
    const trackView = this.selectedTrack()?.viewId() ?? null;
    if (trackView !== null) wanted.set(`${trackView}.selected_device`, () => mirror.subscribe(trackView, "TrackView", "selected_device", () => this.changed()));
    const device = this.selected();
    // A Max device's banks are read once it is selected, whoever looks.
    if (device?.exists && device.isMaxDevice && !this.declared.has(device.id)) void this.readDeclared(device);
    const shown = this.current();
    if (shown?.device.canHaveChains) {
      const id = shown.device.id;
      for (const prop of ["visible_macro_count", "variation_count"] as const) wanted.set(`${id}.${prop}`, () => mirror.subscribe(id, "Device", prop, () => this.changed()));
    }
    for (const parameter of shown?.bank.slots ?? [])
      if (parameter) wanted.set(`${parameter.id}.value`, () => mirror.subscribe(parameter.id, "DeviceParameter", "value", () => this.changed()));
    for (const [key, release] of this.watching)
      if (!wanted.has(key)) {
        this.watching.delete(key);
        release();
      }
    for (const [key, follow] of wanted) if (!this.watching.has(key)) this.watching.set(key, follow());
  }

  private unwatch(): void {
    for (const release of this.watching.values()) release();
    this.watching.clear();
  }
}
