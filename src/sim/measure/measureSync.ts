// The budget figures of DESIGN.md ("Budgets") and issue 10 for the sync of one set, on a rig running the real
// bundle and shim: `npm run bench` prints them (scripts/bench.ts) and tests/budgets asserts the count budgets on
// them, from the same code. Every figure is a count: the ledger's, the symbol table's, the wire's.
import { LiveSet } from "../live/LiveSet";
import type { SetDescription } from "../live/LiveSet";
import { Rig } from "../max/Rig";
import { appOf, BENCH_SETS, ec4Of } from "./benchRig";
import { phaseFields, phaseMs, round } from "./ledgerFields";
import type { PhaseFields } from "./ledgerFields";
import { errorField, settleThrough, untilQuiet } from "./runPastFailures";
import type { ErrorFields } from "./runPastFailures";

export interface SyncFigure extends PhaseFields, ErrorFields {
  set: string;
  /** Live's counts (the bundle's are 0 when its sync failed). */
  tracks: number;
  scenes: number;
  mirroredTracks: number;
  maxAtomChars: number;
  /** Observers alive in Live once the sync is quiet. */
  observers: number;
  /**
   * Central modelled ms from the launch until (and with) the block in which the pressed knob changed Live, Task
   * slots' waits included; null if it never did.
   */
  modelledFirstActionMs: number | null;
  firstActionActed: boolean;
  newSymbols: number;
  virtualMs: number;
  cutAtoms: number;
}

/**
 * The sync of one set, from `ready` until the rig settles and a metro tick passes with no LiveAPI call
 * (so a sync sliced over Task slots is measured whole). The metronome knob is pressed as soon as the
 * script is ready: modelledFirstActionMs adds up the blocks until (and with) the one in which Live's
 * metronome changed; its own few calls are part of the sync's figures. Answers the rig, synced.
 */
export async function measureSync(name: string, description: SetDescription = BENCH_SETS[name]()): Promise<{ rig: Rig; figure: SyncFigure }> {
  const set = LiveSet.fromDescription(description);
  const rig = new Rig({ set });
  const symbolsBefore = rig.symbols.mark();
  const mark = rig.ledger.mark();
  const metronome = () => Number(set.read("live_set", "metronome")[0]);
  const metronomeBefore = metronome();
  let actedAt: number | null = null;
  rig.ledger.onBlock(() => {
    if (actedAt === null && metronome() !== metronomeBefore) actedAt = rig.ledger.mark();
  });
  // Pressed as soon as the device lets MIDI in (the script's p0_ready: earlier, the patcher drops it).
  rig.onScriptReady(() => {
    const ec4 = ec4Of(rig);
    const knob = ec4.knobFor("transport.metronome", "press");
    if (!knob) throw new Error("the default mapping has no metronome knob");
    // A quick push: the press is told from a long press on release.
    ec4.down(knob.group, knob.position);
    ec4.up(knob.group, knob.position);
  }, { once: true });
  rig.launch();
  const errors = await settleThrough(rig);
  errors.push(...(await untilQuiet(rig)));
  const figure: SyncFigure = {
    set: name,
    tracks: set.song.tracks.length,
    scenes: set.song.scenes.length,
    mirroredTracks: appOf(rig).song.simpleTracks().length,
    maxAtomChars: rig.wire.maxAtomChars,
    ...phaseFields(rig.ledger.since(mark), rig.ledger.blocks.slice(mark)),
    observers: set.observerCount,
    modelledFirstActionMs: actedAt === null ? null : round(phaseMs(rig.ledger.between(mark, actedAt))),
    // null above: Live's metronome never changed (e.g. the press acted on an unsynced mirror and Live refused it).
    firstActionActed: actedAt !== null,
    newSymbols: rig.symbols.since(symbolsBefore),
    virtualMs: rig.clock.now,
    cutAtoms: rig.wire.cutAtoms.length,
    ...errorField(errors),
  };
  return { rig, figure };
}
