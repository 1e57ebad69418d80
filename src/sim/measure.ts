// The budget figures of DESIGN.md ("Budgets") and issue 10, measured on a rig running the real bundle and
// shim: `npm run bench` prints them (scripts/bench.ts) and tests/budgets asserts the count budgets on them,
// so both read the same numbers computed by the same code. Every figure comes from counts: the rig's
// LiveAPI ledger (calls, constructions, observers per [js] block, and the modelled time those counts give
// by src/wire/liveApiCosts.ts), its symbol table and its wire. None is a wall-clock time.
// A run that breaks a rule of real Max (an atom cut: Rig.settle throws) goes on, and the figure carries
// an `error` field (the first failure) and `errors` (how many).
import { generateLargeSet } from "./live/generateLargeSet";
import { generateMusicianSet } from "./live/generateMusicianSet";
import { LiveSet } from "./live/LiveSet";
import type { SetDescription } from "./live/LiveSet";
import type { LedgerBlock, LedgerSummary } from "./max/LiveApiLedger";
import { METRO_MS, Rig } from "./max/Rig";
import { VirtualEc4 } from "./VirtualEc4";
import type { Protocol0 } from "../host/Protocol0";

/** The sets the budgets are measured on, by the names the bench lines and budgets.mjs use. */
export const BENCH_SETS: Record<string, () => SetDescription> = {
  "8x4": () => generateLargeSet({ tracks: 8, scenes: 4, seed: 1 }),
  "32x16": () => generateLargeSet({ tracks: 32, scenes: 16, seed: 1 }),
  musician: () => generateMusicianSet(1),
  "128x64": () => generateLargeSet({ tracks: 128, scenes: 64, seed: 1 }),
  "256x128": () => generateLargeSet({ tracks: 256, scenes: 128, seed: 1 }),
};

/** Virtual time a sync may take (a sliced sync goes on in later Task slots) before the measure gives up on quiet. */
const SYNC_LIMIT_MS = 120_000;

export const round = (ms: number): number => Math.round(ms * 10) / 10;

export const appOf = (rig: Rig): Protocol0 => (rig.bundle as { app: Protocol0 }).app;

export function ec4Of(rig: Rig): VirtualEc4 {
  return new VirtualEc4(rig, () => appOf(rig).control.store.active);
}

/** `error` (the first failure) and `errors` (how many), or nothing when the run broke no rule. */
export interface ErrorFields {
  error?: string;
  errors?: number;
}

export function errorField(errors: readonly string[]): ErrorFields {
  if (errors.length === 0) return {};
  return { error: errors[0], errors: errors.length };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Settles, going on past failures (each cut atom throws once); answers the failures seen. */
export async function settleThrough(rig: Rig, rounds = 1000): Promise<string[]> {
  const errors: string[] = [];
  for (let i = 0; i < rounds; i++) {
    try {
      await rig.settle();
      return errors;
    } catch (error) {
      errors.push(messageOf(error));
    }
  }
  errors.push(`still failing after ${rounds} settles`);
  return errors;
}

/** Like rig.advance, going on past failures. */
export async function advanceThrough(rig: Rig, ms: number): Promise<string[]> {
  const until = rig.clock.now + ms;
  const errors: string[] = [];
  for (let i = 0; i < 1000 && rig.clock.now < until; i++) {
    try {
      await rig.advance(until - rig.clock.now);
    } catch (error) {
      errors.push(messageOf(error));
    }
  }
  errors.push(...(await settleThrough(rig)));
  return errors;
}

/**
 * Advances metro ticks until one passes with no LiveAPI call (work sliced over Task slots is then done),
 * for at most SYNC_LIMIT_MS of virtual time; answers the failures seen.
 */
export async function untilQuiet(rig: Rig): Promise<string[]> {
  const errors: string[] = [];
  for (let waited = 0; waited < SYNC_LIMIT_MS; waited += METRO_MS) {
    const tick = rig.ledger.mark();
    errors.push(...(await advanceThrough(rig, METRO_MS)));
    if (rig.ledger.since(tick).calls === 0) break;
  }
  return errors;
}

/** A figure measured on a rig that already failed is not a measurement of the design. */
function priorFailures(rig: Rig): string[] {
  return rig.failures.length > 0 ? [`measured on a rig that failed before: ${rig.failures[0]}`] : [];
}

/** The ledger's figures for a phase (a run of blocks), with the modelled rows besides the central one. */
export interface PhaseFields {
  liveApiCalls: number;
  liveApiObjects: number;
  /** The most LiveAPI calls one block made. */
  longestBlockCalls: number;
  /** The most LiveAPI objects one block constructed. */
  longestBlockNewObjects: number;
  /** The most observers one block created (pooled observers re-pointed are not created). */
  longestBlockNewObservers: number;
  /** The longest block's modelled time, central row. */
  modelledLongestBlockMs: number;
  /** The phase's modelled time, central row (the blocks added up). */
  modelledStartupMs: number;
  modelledMsRows: { optimistic: number; central: number; pessimistic: number };
  longestBlockSelector: string | null;
  observersCreatedAtSync: number;
  blocks: number;
}

export function phaseFields(phase: LedgerSummary, blocks: readonly LedgerBlock[]): PhaseFields {
  const { byCalls, byNewObjects, byCentralMs } = phase.longestBlock;
  return {
    liveApiCalls: phase.calls,
    liveApiObjects: phase.constructed,
    longestBlockCalls: byCalls?.calls ?? 0,
    longestBlockNewObjects: byNewObjects?.constructed ?? 0,
    longestBlockNewObservers: blocks.reduce((most, block) => Math.max(most, block.observersCreated), 0),
    modelledLongestBlockMs: round(byCentralMs?.ms.central ?? 0),
    modelledStartupMs: round(phase.ms.central),
    modelledMsRows: { optimistic: round(phase.ms.optimistic), central: round(phase.ms.central), pessimistic: round(phase.ms.pessimistic) },
    longestBlockSelector: byCalls ? `${byCalls.script} ${byCalls.selector}` : null,
    observersCreatedAtSync: phase.observersCreated,
    blocks: phase.blocks,
  };
}

/** The extremes of single blocks over a run, whatever phase they belong to. */
export interface LongestBlockFields {
  longestBlockCalls: number;
  longestBlockNewObjects: number;
  longestBlockNewObservers: number;
  modelledLongestBlockMs: number;
}

export function longestBlockFields(blocks: readonly LedgerBlock[]): LongestBlockFields {
  const most = { longestBlockCalls: 0, longestBlockNewObjects: 0, longestBlockNewObservers: 0, modelledLongestBlockMs: 0 };
  foldLongest(most, blocks);
  return most;
}

function foldLongest(most: LongestBlockFields, blocks: readonly LedgerBlock[], from = 0): void {
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i];
    most.longestBlockCalls = Math.max(most.longestBlockCalls, block.calls);
    most.longestBlockNewObjects = Math.max(most.longestBlockNewObjects, block.constructed);
    most.longestBlockNewObservers = Math.max(most.longestBlockNewObservers, block.observersCreated);
    most.modelledLongestBlockMs = Math.max(most.modelledLongestBlockMs, round(block.ms.central));
  }
}

export interface SyncFigure extends PhaseFields, ErrorFields {
  set: string;
  /** Live's counts (the bundle's are 0 when its sync failed). */
  tracks: number;
  scenes: number;
  mirroredTracks: number;
  maxAtomChars: number;
  /** Observers alive in Live once the sync is quiet. */
  observers: number;
  /** Central modelled ms of the blocks from `ready` until (and with) the one in which the pressed knob changed Live; null if it never did. */
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
    modelledFirstActionMs: actedAt === null ? null : round(centralMsBetween(rig, mark, actedAt)),
    // null above: Live's metronome never changed (e.g. the press acted on an unsynced mirror and Live refused it).
    firstActionActed: actedAt !== null,
    newSymbols: rig.symbols.since(symbolsBefore),
    virtualMs: rig.clock.now,
    cutAtoms: rig.wire.cutAtoms.length,
    ...errorField(errors),
  };
  return { rig, figure };
}

/** Central ms of the blocks in [from, to). */
function centralMsBetween(rig: Rig, from: number, to: number): number {
  let ms = 0;
  for (let i = from; i < to; i++) ms += rig.ledger.blocks[i].ms.central;
  return ms;
}

export interface StructureFigure extends ErrorFields, LongestBlockFields {
  set: string;
  liveApiCalls: number;
  newObservers: number;
  blocks: number;
  liveApiObjects: number;
  observersAliveChange: number;
  modelledMs: number;
  newSymbols: number;
}

/** What a phase on a synced rig cost, from `start` until the rig is quiet (see untilQuiet). */
interface QuietPhase {
  phase: LedgerSummary;
  blocks: readonly LedgerBlock[];
  newSymbols: number;
  errors: string[];
}

async function untilQuietAfter(rig: Rig, start: (errors: string[]) => void): Promise<QuietPhase> {
  const mark = rig.ledger.mark();
  const symbols = rig.symbols.mark();
  const errors = priorFailures(rig);
  start(errors);
  errors.push(...(await settleThrough(rig)));
  errors.push(...(await untilQuiet(rig)));
  return { phase: rig.ledger.since(mark), blocks: rig.ledger.blocks.slice(mark), newSymbols: rig.symbols.since(symbols), errors };
}

/** A structural change made in Live (as a user would) on a synced rig, measured until the rig is quiet. */
export async function measureStructure(rig: Rig, set: string, change: () => void): Promise<StructureFigure> {
  const observers = rig.set.observerCount;
  const { phase, blocks, newSymbols, errors } = await untilQuietAfter(rig, change);
  return {
    set,
    liveApiCalls: phase.calls,
    newObservers: phase.observersCreated,
    blocks: phase.blocks,
    liveApiObjects: phase.constructed,
    observersAliveChange: rig.set.observerCount - observers,
    modelledMs: round(phase.ms.central),
    newSymbols,
    ...longestBlockFields(blocks),
    ...errorField(errors),
  };
}

/** One MIDI track inserted in the middle of the set (index 128 of 256), as the user would in Live. */
export const addOneTrack = (rig: Rig, set: string): Promise<StructureFigure> =>
  measureStructure(rig, set, () => void rig.set.createTrack("midi", Math.floor(rig.set.song.tracks.length / 2), "added"));

/** One scene added at the end of the set, as the user would in Live. */
export const addOneScene = (rig: Rig, set: string): Promise<StructureFigure> =>
  measureStructure(rig, set, () => void rig.set.createScene(-1, "added"));

export interface ResyncFigure extends ErrorFields, LongestBlockFields {
  set: string;
  observersCreated: number;
  newSymbols: number;
  liveApiCalls: number;
  liveApiObjects: number;
  modelledMs: number;
  /** Whether the bundle's reinitialise() had resolved when the rig went quiet. */
  finished: boolean;
}

/** The bundle's re-initialise on a synced rig, until the rig is quiet: what it creates and interns. */
export async function measureResync(rig: Rig, set: string): Promise<ResyncFigure> {
  let finished = false;
  const { phase, blocks, newSymbols, errors } = await untilQuietAfter(rig, (errors) => {
    void appOf(rig)
      .reinitialise()
      .then(() => void (finished = true))
      .catch((error: unknown) => void errors.push(String(error)));
  });
  return {
    set,
    observersCreated: phase.observersCreated,
    newSymbols,
    liveApiCalls: phase.calls,
    liveApiObjects: phase.constructed,
    modelledMs: round(phase.ms.central),
    finished,
    ...longestBlockFields(blocks),
    ...errorField(errors),
  };
}

export interface KnobDetentFigure extends ErrorFields {
  action: string;
  set: string;
  liveApiCalls: number;
  liveApiObjects: number;
  blocks: number;
  newSymbols: number;
}

/** One detent of the default mapping's `action` scroll knob on a synced rig (a few quiet ticks before and after). */
export async function measureKnobDetent(rig: Rig, set: string, action = "track.volume"): Promise<KnobDetentFigure> {
  const ec4 = ec4Of(rig);
  const knob = ec4.knobFor(action, "scroll");
  if (!knob) throw new Error(`the default mapping has no ${action} knob`);
  const errors = [...priorFailures(rig), ...(await advanceThrough(rig, METRO_MS * 3))];
  const mark = rig.ledger.mark();
  const symbols = rig.symbols.mark();
  try {
    await ec4.turn(knob.group, knob.position, 1);
  } catch (error) {
    errors.push(messageOf(error));
  }
  errors.push(...(await advanceThrough(rig, METRO_MS * 3)));
  const phase = rig.ledger.since(mark);
  return {
    action,
    set,
    liveApiCalls: phase.calls,
    liveApiObjects: phase.constructed,
    blocks: phase.blocks,
    newSymbols: rig.symbols.since(symbols),
    ...errorField(errors),
  };
}

export interface PlaybackFigure extends ErrorFields, LongestBlockFields {
  set: string;
  minutes: number;
  newSymbols: number;
  detents: number;
  liveApiCalls: number;
  blocks: number;
  observersCreated: number;
  /** The longest string atom on any cord of this rig, sync included. */
  maxAtomChars: number;
  songTimeBeats: number;
}

/**
 * A set playing for `minutes` virtual minutes with one track.volume detent (alternately up and down)
 * every `detentEveryMs`; new symbols are counted from the moment playback starts, after the sync.
 */
export async function measurePlayback(name: string, minutes: number, detentEveryMs = 10_000): Promise<PlaybackFigure> {
  const set = LiveSet.fromDescription(BENCH_SETS[name]());
  const rig = new Rig({ set });
  rig.launch();
  const errors = await settleThrough(rig);
  const ec4 = ec4Of(rig);
  const knob = ec4.knobFor("track.volume", "scroll");
  if (!knob) throw new Error("the default mapping has no track.volume knob");
  set.callFunction("live_set", "start_playing");
  const before = rig.symbols.mark();
  const detents = Math.round((minutes * 60_000) / detentEveryMs);
  const most = longestBlockFields([]);
  let calls = 0;
  let blocks = 0;
  let observersCreated = 0;
  for (let detent = 0; detent < detents; detent++) {
    const mark = rig.ledger.mark();
    try {
      await ec4.turn(knob.group, knob.position, detent % 2 === 0 ? 1 : -1);
    } catch (error) {
      errors.push(messageOf(error));
    }
    errors.push(...(await advanceThrough(rig, detentEveryMs - METRO_MS)));
    // Memory stays bounded over the run: keep the sums, drop what the rig recorded.
    const phase = rig.ledger.since(mark);
    calls += phase.calls;
    blocks += phase.blocks;
    observersCreated += phase.observersCreated;
    foldLongest(most, rig.ledger.blocks, mark);
    rig.ledger.forget();
    rig.fromNode.length = 0;
    rig.console.length = 0;
    rig.named.length = 0;
  }
  return {
    set: name,
    minutes,
    newSymbols: rig.symbols.since(before),
    detents,
    liveApiCalls: calls,
    blocks,
    observersCreated,
    ...most,
    maxAtomChars: rig.wire.maxAtomChars,
    songTimeBeats: Number(set.read("live_set", "current_song_time")[0]),
    ...errorField(errors),
  };
}
