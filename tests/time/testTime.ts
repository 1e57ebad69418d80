// One isolated time world per test: a manual song clock, the sequence context built around it, and
// a logger whose records the test reads.
import {
  BarChangedEvent,
  BarEndingEvent,
  Last16thPassedEvent,
  Last32thPassedEvent,
  Last8thPassedEvent,
  LastBeatPassedEvent,
  ThirdBeatPassedEvent,
} from "../../src/events/BeatEvents";
import type { EventClass } from "../../src/events/EventBus";
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

/** Ticks until `done()` holds, at most `limit`; answers how many ran. */
export function tickUntil(time: TestTime, done: () => boolean, limit = 20_000): number {
  let count = 0;
  while (!done() && count < limit) {
    time.tick();
    count++;
  }
  return count;
}

/** The names of the events of `classes` as they fire. */
export function recordEvents(time: TestTime, classes: EventClass<object>[]): string[] {
  const seen: string[] = [];
  for (const eventClass of classes) time.context.bus.subscribe(eventClass, () => seen.push(eventClass.name));
  return seen;
}

/** The events of one bar before the next bar's BarChangedEvent, in the order they fire. */
export const BAR_PARTS = [
  "ThirdBeatPassedEvent",
  "LastBeatPassedEvent",
  "Last8thPassedEvent",
  "Last16thPassedEvent",
  "Last32thPassedEvent",
  "BarEndingEvent",
];

/** Every bar and beat event the BeatScheduler emits. */
export const BAR_EVENTS: EventClass<object>[] = [
  BarChangedEvent,
  ThirdBeatPassedEvent,
  LastBeatPassedEvent,
  Last8thPassedEvent,
  Last16thPassedEvent,
  Last32thPassedEvent,
  BarEndingEvent,
];
