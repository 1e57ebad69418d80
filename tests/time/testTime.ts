// One isolated time world per test: a manual song clock, the sequence context built around it, and
// a logger whose records the test reads.
import { createSequenceContext, type SequenceContext } from "../../src/sequence/SequenceContext";
import { capturingLogger, type CapturingLogger } from "./testLogger";
import { ManualSongClock } from "./ManualSongClock";

export interface TestTime extends CapturingLogger {
  clock: ManualSongClock;
  context: SequenceContext;
  /** Runs `count` metro periods. */
  tick(count?: number): void;
}

export function testTime(): TestTime {
  const logger = capturingLogger();
  const clock = new ManualSongClock();
  const context = createSequenceContext(clock, logger.log);
  clock.attach(context.beats);
  return {
    ...logger,
    clock,
    context,
    tick: (count = 1) => {
      for (let i = 0; i < count; i++) clock.tick(context.ticks);
    },
  };
}
