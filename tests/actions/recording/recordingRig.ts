// The recording tests' harness: the actions rig (tests/support/ec4.ts) with the knob played without
// extra settling time, so a test controls exactly how far the song moves, and the song advanced in bars.
import type { Clip } from "../../../src/sim/live/Clip";
import type { LiveOptions, SetDescription } from "../../../src/sim/live/LiveSet";
import type { Track } from "../../../src/sim/live/Track";
import { actionRig, type ActionRig } from "../../support/ec4";

export interface Recorder extends ActionRig {
  /** Plays the knob the active mapping binds to `actionId` (a scroll step when `scroll` is given). */
  gesture(actionId: string, scroll?: 1 | -1): Promise<void>;
  /** Advances the virtual clock by `count` bars of the set's tempo (4/4). */
  bars(count: number): Promise<void>;
  /** The latest status line text, if any. */
  lastStatus(): string;
}

export async function recorder(description: SetDescription, options: LiveOptions = {}): Promise<Recorder> {
  const rig = await actionRig(description, options);
  const tempo = description.tempo ?? 120;
  return Object.assign(rig, {
    async gesture(actionId: string, scroll?: 1 | -1) {
      await rig.ec4.play(actionId, scroll);
    },
    async bars(count: number) {
      const ms = (count * 4 * 60000) / tempo;
      // Small steps, as the metro ticks, so the bundle hears the song move as it would in Max.
      for (let elapsed = 0; elapsed < ms; elapsed += 50) await rig.rig.advance(Math.min(50, ms - elapsed));
    },
    lastStatus() {
      return rig.statuses().pop() ?? "";
    },
  });
}

/** The clip in a track's slot, read from the simulated Live set. */
export function clipAt(track: Track, scene: number): Clip | null {
  return track.clipSlots[scene]?.clip ?? null;
}

/**
 * What each undo entry since `from` changed, as "<verb> <Class>.<property>" without ids ("set Track.arm",
 * "create Clip"): with no undo steps in Live, each entry is one change a recording makes.
 */
export function entriesSince(r: Recorder, from: number): string[] {
  return r.set.undoHistory.slice(from).flatMap((step) => step.changes.map((change) => change.description.split(" ").slice(0, 2).join(" ").replace(/#\d+/g, "")));
}
