// What a turned parameter shows on the status line: at once its value as the script can say it (an
// item's name or a share of its range, no LiveAPI call), and when the turn has ended Live's own text
// for it (DeviceParameter.str_for_value: "Volume Prophet -6.0 dB"). One call a turn, not one a detent,
// so a detent keeps to its three LiveAPI calls (DESIGN.md, "Budgets").
import type { ActionServices } from "./ActionServices";
import type { DeviceParameter } from "../model/DeviceParameter";
import type { Cancellable } from "../time/ScheduledCallback";

/** A turn has ended when no detent came for this long (Live's own gestures end after about half a second). */
const TURN_END_MS = 500;

export class ParameterText {
  private pending: Cancellable | null = null;

  constructor(private readonly services: ActionServices) {}

  /** The text to show now for `label` and `parameter`; Live's text follows once the turn ends. */
  show(label: string, parameter: DeviceParameter): string {
    this.pending?.cancel();
    const { runtime, status } = this.services;
    this.pending = runtime.sequences.ticks.waitMs(TURN_END_MS, () => {
      this.pending = null;
      if (!parameter.exists) return;
      void parameter.displayText().then((text) => status.show("info", `${label} ${text}`));
    });
    return `${label} ${parameter.shortText}`;
  }
}
