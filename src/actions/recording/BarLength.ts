// The fixed length a recording takes, chosen by scrolling the REC knob (the original's recording bar
// length scroller, which starts at one bar). `null` records until stopped.
import type { ScrollStep } from "../Action";
import type { SavedState } from "../saved/SavedState";
import type { SavedValue } from "../saved/SavedValue";
import { convert, number } from "../saved/SavedSchema";
import { barsText } from "../../time/BarsText";

export const BAR_LENGTHS: readonly (number | null)[] = [1, 2, 4, 8, 16, 32, null];

export class BarLength {
  /** Its place in BAR_LENGTHS, kept across a Node restart. */
  private readonly index: SavedValue<number>;

  constructor(saved: SavedState) {
    const inList = (position: number): number | undefined => (Number.isInteger(position) && BAR_LENGTHS[position] !== undefined ? position : undefined);
    this.index = saved.declare({ key: "barLength", version: 1, schema: convert(number, inList, (position) => position), initial: 0 });
  }

  /** Bars to record, or null for unlimited. */
  get bars(): number | null {
    return BAR_LENGTHS[this.index.get()] ?? null;
  }

  get label(): string {
    const bars = this.bars;
    return bars === null ? "unlimited" : `${barsText(bars)}`;
  }

  /** One choice per scroll event whatever its speed (the list is short); stops at either end. */
  scroll(step: ScrollStep): void {
    this.index.set(Math.min(BAR_LENGTHS.length - 1, Math.max(0, this.index.get() + step.direction)));
  }
}
