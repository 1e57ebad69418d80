// The recording state the REC knobs share: the chosen bar length and the recording under way (one at a
// time, as in the original's TrackRecorderService).
import type { ActionServices } from "../ActionServices";
import { tellRefusal } from "../Action";
import type { Sequence } from "../../sequence/Sequence";
import { BarLength } from "./BarLength";
import { TakeQuantize } from "./TakeQuantize";
import { Recording } from "./Recording";
import type { RecordingPlan } from "./RecordingPlan";
import { savedRecordingSchema, type SavedRecording } from "./SavedRecording";
import type { SavedValue } from "../saved/SavedValue";

export class RecordingSession {
  readonly barLength: BarLength;
  readonly takeQuantize: TakeQuantize;
  private current: Recording | null = null;
  /** The recording under way, kept across a Node restart (Recording replaces it as it goes). */
  private readonly saved: SavedValue<SavedRecording>;

  constructor(private readonly services: ActionServices) {
    const { saved } = services.runtime;
    this.barLength = new BarLength(saved);
    this.takeQuantize = new TakeQuantize(saved);
    const schema = savedRecordingSchema(services.song);
    this.saved = saved.declare({ key: "recording", version: 1, schema, initial: null, restored: (kept) => kept && this.resume(kept) });
  }

  /**
   * What an earlier bundle was recording when Node restarted: its clip slots are read again, then a
   * launched take is followed to its end, one not yet launched put back.
   */
  private resume({ plan, progress }: NonNullable<SavedRecording>): void {
    const holds = [...plan.takes.map((take) => take.track), ...plan.replays].flatMap((track) => track.loadClipSlots());
    const ready = Promise.all(holds.map((hold) => hold.loaded)).then(() => undefined);
    const recording = new Recording(plan, this.services, this.saved, { progress, ready });
    // Started at once, so the record and cancel knobs know it while its slots are read again.
    this.current = recording;
    const { launched } = progress;
    this.services.log.info(`${plan.title}: ${launched ? "followed to its end" : "put back"} after the restart`);
    recording.start();
    this.quantizeAfter(recording);
    // After start(): its own end (which may undo the take, and needs the slots) runs first. No action
    // runner follows a resumed take: its end ("Recorded … on …") goes to the status line from here.
    recording.sequence.onEnd((ended) => {
      holds.forEach((hold) => hold.release());
      if (typeof ended.result === "string") this.services.status.show("info", ended.result);
      else tellRefusal(this.services.status, plan.title, ended);
    });
    if (!launched) recording.cancel("Node restarted before the take began");
  }

  /** The recording under way, if any. */
  get active(): Recording | null {
    return this.current !== null && this.current.sequence.isStarted ? this.current : null;
  }

  start(plan: RecordingPlan): Sequence<unknown> {
    const recording = new Recording(plan, this.services, this.saved);
    this.current = recording;
    this.services.log.info(`${plan.title} on ${plan.takes.map((take) => take.track.name).join(", ")}`);
    const sequence = recording.start();
    this.quantizeAfter(recording);
    return sequence;
  }

  /**
   * With the switch on, the takes a recording kept are quantized once it has ended (heard before the
   * record knob lets the takes' clip slots go, so they are still loaded).
   */
  private quantizeAfter(recording: Recording): void {
    recording.sequence.onEnd((ended) => {
      if (!ended.isTerminated) return;
      const scene = recording.progress.scene?.index ?? -1;
      void this.takeQuantize.takes(this.services.song, recording.plan.takes.map((take) => take.track.clipSlots()[scene]?.clip() ?? null));
    });
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
