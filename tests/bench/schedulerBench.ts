// Scheduler cost per tick with few against many pending waits (DESIGN.md budgets: cost per tick
// proportional to what is due, not to what waits). Each measured tick runs one due callback in both
// cases; only the number of waits pending for later differs, so the ratio should stay near 1.
import { Logger } from "../../src/log/Logger";
import { TickScheduler } from "../../src/time/TickScheduler";

const MEASURED_TICKS = 5_000;
const ROUNDS = 11;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Nanoseconds per tick with `pending` waits due after the measured window. */
function perTickNs(pending: number): number {
  const ticks = new TickScheduler(new Logger());
  for (let i = 0; i < pending; i++) ticks.wait(MEASURED_TICKS + 1 + i, () => {});
  const everyTick = (): void => {
    ticks.defer(everyTick);
  };
  ticks.defer(everyTick);
  const start = process.hrtime.bigint();
  for (let i = 0; i < MEASURED_TICKS; i++) ticks.tick();
  return Number(process.hrtime.bigint() - start) / MEASURED_TICKS;
}

export function schedulerBench(): Record<string, number> {
  const few: number[] = [];
  const many: number[] = [];
  // Rounds alternate the two cases so machine noise and JIT warm-up fall on both; the first is discarded.
  for (let round = 0; round <= ROUNDS; round++) {
    const sampleFew = perTickNs(10);
    const sampleMany = perTickNs(10_000);
    if (round === 0) continue;
    few.push(sampleFew);
    many.push(sampleMany);
  }
  const perTickNs10 = median(few);
  const perTickNs10000 = median(many);
  return { perTickNs10, perTickNs10000, ratio: perTickNs10000 / perTickNs10 };
}
