// A recall ramped in song time (ClyphX Pro's RECALL RAMP): the parameters glide from their values to the
// snapshot's and land on a beat, `beats` beats after the beat nearest the press, so a ramp pressed just
// before or just after a beat ends on the same one. Song time is the BeatScheduler's estimate between
// Live's positions (src/time/SongTimeEstimate.ts), read each metro tick; the landing is a beat wait, so it
// falls on the tick the song reaches that beat.
//
// Undo: each glide goes through a [live.remote~] (ParameterTurns.glide: no undo entry, a value a tick and no
// LiveAPI call), and each parameter lands with one write: one undo entry a parameter a ramp. The pool has
// 8 remotes and keeps 2 for the knobs, so at most 6 parameters glide; the others (and every quantized
// parameter, whose items a glide would step through) change once, on the landing beat.
import type { ActionServices } from "../ActionServices";
import { Answer } from "../../model/Answer";
import { tellAnswer } from "../Action";
import type { Cancellable } from "../../time/ScheduledCallback";
import type { Change } from "./SnapshotMatch";

interface Glide extends Change {
  readonly from: number;
}

/** A ramp under way. */
interface Running {
  readonly changes: readonly Change[];
  readonly landing: Cancellable;
  readonly stopTicks: () => void;
  /** What the status line says once Live took the landing, and the title a refusal is said under. */
  readonly said: RampTexts;
}

export interface RampTexts {
  readonly title: string;
  readonly landed: string;
}

export class SnapshotRamp {
  private running: Running | null = null;

  constructor(private readonly services: ActionServices) {}

  /** Writes every change at once: one undo entry a parameter. */
  static now(changes: readonly Change[]): Answer {
    return Answer.all(changes.map(({ parameter, to }) => parameter.land(to)));
  }

  get underWay(): boolean {
    return this.running !== null;
  }

  /**
   * Starts gliding `changes` to land `beats` beats after the nearest beat; `said.landed` is said on the
   * status line once Live took the landing, a refusal under `said.title`. Answers the song time it lands at and how many glide, or null while the
   * song is stopped (no song time to ramp in).
   */
  start(changes: readonly Change[], beats: number, said: RampTexts): { landsAt: number; gliding: number } | null {
    this.land();
    const { song, runtime } = this.services;
    const { beats: scheduler, ticks } = runtime.sequences;
    const position = scheduler.position;
    if (position === null) return null;
    const beat = 4 / song.signatureDenominator();
    const landsAt = (Math.round(position / beat) + beats) * beat;
    const length = landsAt - position;
    const startedAt = scheduler.played;
    let glides: Glide[] = changes.filter(({ parameter }) => !parameter.isQuantized).map((change) => ({ ...change, from: change.parameter.value }));
    const step = (): void => {
      const share = Math.min(1, (scheduler.played - startedAt) / length);
      glides = glides.filter(({ parameter, from, to }) => parameter.glide(from + (to - from) * share) !== null);
    };
    step();
    const gliding = glides.length;
    const stopTicks = ticks.everyTick(step);
    const landing = scheduler.waitBeats(length / beat, () => this.land(), () => this.land());
    this.running = { changes, landing, stopTicks, said };
    return { landsAt, gliding };
  }

  /** The ramp under way lands now (its beat came, the song stopped, or another recall starts). */
  land(): void {
    const running = this.running;
    if (running === null) return;
    this.running = null;
    running.stopTicks();
    running.landing.cancel();
    tellAnswer(this.services.status, running.said.title, SnapshotRamp.now(running.changes), running.said.landed);
  }
}
