// The script's life in its device, as a state machine. A bundle starts `loading` (its handlers registered,
// Live not heard yet); Live's ready starts the first sync (`syncing`); a first sync Live does not answer
// is tried again after a growing pause (`waiting for Live`: [live.thisdevice] has been seen to bang before
// live_set answers, src/sim/live/LiveSet.ts LiveOptions.liveSetLate); once it lands, what an earlier bundle
// had under way is picked up (`restarting`), then `ready`. A reloaded shim, a lost reply or the
// reinitialise action read the set again (`resyncing`); a resync that fails leaves the script `failed`
// until the next one lands. A second ready of a running device (a preset load) only checks the structure.
// Controller messages wait while a sync runs (HeldMidi.ts), and go through in every other state.
import type { HeldMidi } from "../control/HeldMidi";
import { messageOf } from "../log/ErrorText";
import type { Logger } from "../log/Logger";
import type { SyncProgress } from "../lom/MirrorNode";
import type { TickScheduler } from "../time/TickScheduler";
import type { StatusLineWriter } from "../ui/StatusLine";

export type LifecycleState = "loading" | "syncing" | "waiting for Live" | "restarting" | "ready" | "resyncing" | "failed";

/** The pauses before each new try of a first sync; the last one repeats. */
export const FIRST_SYNC_PAUSES_MS: readonly number[] = [250, 500, 1_000, 2_000, 4_000];

export const WAITING_FOR_LIVE: LifecycleState = "waiting for Live";

/** What the lifecycle drives (SetReading.ts, StateDict.ts, the device UI). */
export interface LifecycleParts {
  reading: {
    read(progress: SyncProgress): Promise<void>;
    landed(first: boolean): void;
    check(): Promise<void>;
  };
  /** After the bundle's first sync: what an earlier bundle had under way. */
  pickUp(): Promise<void>;
  /** A preset load may have changed the stored mapping without its parameter telling the bundle. */
  presetLoaded(): void;
  midi: HeldMidi;
  ticks: TickScheduler;
  log: Logger;
  status: StatusLineWriter;
  /** The status line's text once the device is ready. */
  readyText(): string;
}

export class Lifecycle {
  private current: LifecycleState = "loading";
  /** Syncs under way: a reinitialise may start one while another runs, and messages wait for the last. */
  private running = 0;
  /** How many full syncs have landed (a restarted bundle starts again at 0). */
  private landed = 0;
  /** First syncs that failed in a row. */
  private failures = 0;
  /** The last progress line this lifecycle showed. */
  private progress: string | undefined;

  constructor(private readonly parts: LifecycleParts) {}

  get state(): LifecycleState {
    return this.current;
  }

  get syncs(): number {
    return this.landed;
  }

  /** Live is ready ([live.thisdevice] banged and the shim answered); `fresh`: the shim has just loaded. */
  liveReady(fresh: boolean): void {
    // A second ready in a running device (a preset load) finds the set as it was: a structure check
    // repairs what differs, where a full resync would read it all again.
    if (fresh || this.landed === 0) return void this.sync();
    void this.parts.reading.check();
    this.parts.presetLoaded();
  }

  /** Replies the shim owed were lost (it was reloaded, a message dropped): the set is read again. */
  lostReply(): void {
    void this.sync();
  }

  /** Reads the whole set; the state says which sync this is, and where it ends. */
  async sync(): Promise<void> {
    const { midi, reading, log } = this.parts;
    midi.hold();
    this.running++;
    this.enter(this.landed === 0 ? "syncing" : "resyncing");
    let failed = false;
    try {
      await reading.read((read, total) => {
        if (read > 0 && read < total) this.showProgress(`Reading the set: ${read} / ${total} tracks`);
      });
      this.landed++;
      this.answered();
      reading.landed(this.landed === 1);
      if (this.landed === 1) {
        // Before the controller messages that waited: a cancel pressed meanwhile finds the recording.
        this.enter("restarting");
        await this.parts.pickUp();
      }
    } catch (error) {
      failed = true;
      if (this.landed === 0) this.waitForLive(error);
      else log.error("sync failed", error);
    } finally {
      if (--this.running === 0) {
        this.enter(this.landed === 0 ? "waiting for Live" : failed ? "failed" : "ready");
        midi.release();
      }
    }
  }

  private enter(next: LifecycleState): void {
    if (next === this.current) return;
    this.parts.log.debug(`lifecycle: ${this.current} → ${next}`);
    this.current = next;
    if (next !== "ready" && next !== "failed" && next !== WAITING_FOR_LIVE) return;
    // The reads have ended: a progress line still shown says ready instead.
    if (next === "ready" && this.progress !== undefined) this.parts.status.refine(this.progress, this.parts.readyText());
    this.progress = undefined;
  }

  private showProgress(text: string): void {
    this.progress = text;
    this.parts.status.state("info", text);
  }

  /** A first sync failed: one line a try, and the next try after a longer pause. */
  private waitForLive(error: unknown): void {
    const pause = FIRST_SYNC_PAUSES_MS[Math.min(this.failures, FIRST_SYNC_PAUSES_MS.length - 1)]!;
    this.failures++;
    this.parts.log.warn(`${WAITING_FOR_LIVE}: the set did not answer (try ${this.failures}: ${messageOf(error)}); trying again in ${pause} ms`);
    this.parts.status.state("warn", WAITING_FOR_LIVE);
    this.parts.ticks.waitMs(pause, () => void (this.landed === 0 && this.running === 0 && this.sync()));
  }

  /** A sync landed: after failed tries, the status line says the device is ready. */
  private answered(): void {
    if (this.failures === 0) return;
    this.parts.log.info(`Live answered after ${this.failures} ${this.failures === 1 ? "try" : "tries"}`);
    this.failures = 0;
    this.parts.status.state("info", this.parts.readyText());
  }
}
