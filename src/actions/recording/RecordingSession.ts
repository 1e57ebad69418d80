// The recording state the REC knobs share: the chosen bar length and the recording under way (one at a
// time, as in the original's TrackRecorderService).
import type { ActionDeps } from "../ActionDeps";
import type { Sequence } from "../../sequence/Sequence";
import { BarLength } from "./BarLength";
import { Recording } from "./Recording";
import type { RecordingPlan } from "./RecordingPlan";

export class RecordingSession {
  readonly barLength = new BarLength();
  private current: Recording | null = null;

  constructor(private readonly deps: ActionDeps) {}

  /** The recording under way, if any. */
  get active(): Recording | null {
    return this.current !== null && this.current.sequence.isStarted ? this.current : null;
  }

  start(plan: RecordingPlan): Sequence {
    this.current = new Recording(plan, this.deps);
    this.deps.log.info(`${plan.title} on ${plan.takes.map((take) => take.track.trackName).join(", ")}`);
    return this.current.start();
  }

  /**
   * A record knob pressed during a recording: an unlimited one ends (its clips kept), a fixed one is
   * cancelled, as the original did for any second record press.
   */
  interrupt(): void {
    const active = this.active;
    if (active === null) return;
    if (active.isUnlimited) active.stopTakes();
    else active.cancel("record pressed again");
  }
}
