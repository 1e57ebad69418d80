// Running a rig on past the failures a rule of real Max raises (an atom cut: Rig.settle throws), so a
// budget figure is still measured and carries an `error` field (the first failure) and `errors` (how many).
import type { LedgerBlock, LedgerSummary } from "../max/LiveApiLedger";
import { METRO_MS } from "../max/Rig";
import type { Rig } from "../max/Rig";
import { messageOf } from "../../log/ErrorText";

/** Virtual time a sync may take (a sliced sync goes on in later Task slots) before the measure gives up on quiet. */
const SYNC_LIMIT_MS = 120_000;

/** `error` (the first failure) and `errors` (how many), or nothing when the run broke no rule. */
export interface ErrorFields {
  error?: string;
  errors?: number;
}

export function errorField(errors: readonly string[]): ErrorFields {
  if (errors.length === 0) return {};
  return { error: errors[0], errors: errors.length };
}

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
export function priorFailures(rig: Rig): string[] {
  return rig.failures.length > 0 ? [`measured on a rig that failed before: ${rig.failures[0]}`] : [];
}

/** What a phase on a synced rig cost, from `start` until the rig is quiet (see untilQuiet). */
interface QuietPhase {
  phase: LedgerSummary;
  blocks: readonly LedgerBlock[];
  newSymbols: number;
  errors: string[];
}

export async function untilQuietAfter(rig: Rig, start: (errors: string[]) => void): Promise<QuietPhase> {
  const mark = rig.ledger.mark();
  const symbols = rig.symbols.mark();
  const errors = priorFailures(rig);
  start(errors);
  errors.push(...(await settleThrough(rig)));
  errors.push(...(await untilQuiet(rig)));
  return { phase: rig.ledger.since(mark), blocks: rig.ledger.blocks.slice(mark), newSymbols: rig.symbols.since(symbols), errors };
}
