// What a Sequence needs from the rest of the bundle. The app builds one context at start and hands it
// to the components that create sequences; each test builds its own, so no state leaks between tests.
import { EventBus } from "../events/EventBus";
import type { Logger } from "../log/Logger";
import { BeatScheduler } from "../time/BeatScheduler";
import type { SongClock } from "../time/SongClock";
import { TickScheduler } from "../time/TickScheduler";
import { SequenceRegistry } from "./SequenceRegistry";

export interface SequenceContext {
  readonly ticks: TickScheduler;
  readonly beats: BeatScheduler;
  readonly bus: EventBus;
  readonly log: Logger;
  readonly registry: SequenceRegistry;
}

/** Wires the schedulers, the bus and a registry around one song clock and logger. */
export function createSequenceContext(clock: SongClock, log: Logger): SequenceContext {
  const ticks = new TickScheduler(log);
  const bus = new EventBus(ticks, log);
  return { ticks, bus, log, beats: new BeatScheduler(clock, bus, log, ticks), registry: new SequenceRegistry() };
}
