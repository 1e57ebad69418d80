// What a turned parameter shows on the status line: at once its value as the script can say it (an
// item's name or a share of its range, no LiveAPI call), and when the turn has ended Live's own text
// for it (DeviceParameter.str_for_value: "Volume Prophet -6.0 dB"), unless the status line has shown
// something else meanwhile. One call a turn, not one a detent, so a detent keeps to its LiveAPI budget.
import type { ActionServices } from "./ActionServices";
import type { DeviceParameter } from "../model/DeviceParameter";
import type { Cancellable } from "../time/ScheduledCallback";

import { TURN_END_MS } from "./TurnEnd";

export class ParameterText {
  private pending: Cancellable | null = null;

  constructor(private readonly services: ActionServices) {}

  /** The text to show now for `label` and `parameter`; Live's text follows once the turn ends. */
  show(label: string, parameter: DeviceParameter): string {
    this.pending?.cancel();
    const { runtime, status } = this.services;
    const now = `${label} ${parameter.shortText}`;
    this.pending = runtime.sequences.ticks.waitMs(TURN_END_MS, () => {
      this.pending = null;
      if (!parameter.exists || status.shown() !== now) return;
      void parameter.displayText().then((text) => status.refine(now, `${label} ${text}`));
    });
    return now;
  }
}
