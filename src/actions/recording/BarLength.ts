// The fixed length a recording takes, chosen by scrolling the REC knob (the original's recording bar
// length scroller, which starts at one bar). `null` records until stopped.
import type { ScrollStep } from "../Action";

export const BAR_LENGTHS: readonly (number | null)[] = [1, 2, 4, 8, 16, 32, null];

export class BarLength {
  private index = 0;

  /** Bars to record, or null for unlimited. */
  get bars(): number | null {
    return BAR_LENGTHS[this.index] ?? null;
  }

  get label(): string {
    const bars = this.bars;
    return bars === null ? "unlimited" : `${bars} bar${bars === 1 ? "" : "s"}`;
  }

  /** One choice per scroll event whatever its speed (the list is short); stops at either end. */
  scroll(step: ScrollStep): void {
    this.choose(this.index + step.direction);
  }

  /** Its place in BAR_LENGTHS, which is what a restarted bundle takes back (InFlight). */
  get position(): number {
    return this.index;
  }

  choose(position: number): void {
    this.index = Math.min(BAR_LENGTHS.length - 1, Math.max(0, Math.round(position)));
  }
}
