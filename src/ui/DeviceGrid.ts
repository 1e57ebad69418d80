// The Device knobs' cells of the device's grid: while a group with Device knobs is shown, a parameter knob's
// cell shows its parameter's name and its value as Live writes it (DeviceParameter.str_for_value), and the
// bank knob's cell the device and bank names; they follow the selection, the bank and each value. Live's
// text is asked only for what a shown cell needs: at once for a bank that appears, once a turned value has
// rested (TURN_END_MS), the script's own text (an item, a share of the range) meanwhile, so a detent costs no
// LiveAPI call. Name and value travel as separate atoms: a name is one symbol however its value moves.
import { TURN_END_MS } from "../actions/TurnEnd";
import type { EncoderMapping } from "../control/Mapping";
import { BANK_SIZE, type DeviceBanks } from "../model/DeviceBanks";
import type { DeviceParameter } from "../model/DeviceParameter";
import type { Cancellable } from "../time/ScheduledCallback";
import { type CellPart, NO_GESTURE, PART_SEPARATOR } from "../wire/GridCell";

/** Parts of Live's texts: no gesture word before them. */
const said = (...texts: string[]): CellPart[] => texts.map((text) => ({ gesture: NO_GESTURE, text }));

/** Cells that show Live's state instead of their actions' titles, and when they change. */
export interface LiveCells {
  /** What the knob's cell shows instead of its actions; undefined for a knob with nothing of Live's to show. */
  cell(encoder: EncoderMapping): CellPart[] | undefined;
  onChange(listener: () => void): void;
}

/** What times Live's texts and gathers a tick's changes into one redraw (the TickScheduler). */
export interface GridTimer {
  waitMs(ms: number, callback: () => void): Cancellable;
}

/** Live's text for a value, and the value it is for. */
interface Said {
  value: number;
  text: string;
}

export class DeviceGrid implements LiveCells {
  private readonly said = new Map<number, Said>();
  private readonly asking = new Map<number, Cancellable>();
  private readonly listeners: (() => void)[] = [];
  private redraw: Cancellable | null = null;

  constructor(
    private readonly banks: DeviceBanks,
    private readonly timer: GridTimer,
  ) {
    banks.onChange(() => this.changed());
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  cell(encoder: EncoderMapping): CellPart[] | undefined {
    if (encoder.scroll === "device.bank") {
      const shown = this.banks.current();
      return shown === null ? said("no device") : said(shown.device.name, PART_SEPARATOR, shown.bank.name, `${shown.index + 1}/${shown.count}`);
    }
    if (encoder.scroll !== "device.parameter" || encoder.position > BANK_SIZE) return undefined;
    const parameter = this.banks.current()?.bank.slots[encoder.position - 1];
    return parameter ? said(parameter.name, this.valueText(parameter)) : said("-");
  }

  /** Live's text when it is for the value shown, else the script's while Live is asked. */
  private valueText(parameter: DeviceParameter): string {
    const said = this.said.get(parameter.id);
    if (said?.value === parameter.value) return said.text;
    // A value that moved is being turned: Live is asked once it rests; a new one at once.
    this.ask(parameter, said === undefined ? 0 : TURN_END_MS);
    return parameter.shortText;
  }

  private ask(parameter: DeviceParameter, afterMs: number): void {
    this.asking.get(parameter.id)?.cancel();
    const asked = this.timer.waitMs(afterMs, () => {
      const value = parameter.value;
      if (!parameter.exists) return;
      void parameter.displayText().then((text) => {
        if (this.asking.get(parameter.id) === asked) this.asking.delete(parameter.id);
        this.said.set(parameter.id, { value, text });
        this.changed();
      });
    });
    this.asking.set(parameter.id, asked);
  }

  /** One redraw a tick, whatever changed in it. */
  private changed(): void {
    this.redraw ??= this.timer.waitMs(0, () => {
      this.redraw = null;
      for (const listener of this.listeners) listener();
    });
  }
}
