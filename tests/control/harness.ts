// The encoder router wired to the input device's real decoder, encoders, registry, runner and mapping store, with every
// catalogue action implemented by a recording handler.
import type { ActionContext, ActionInput } from "../../src/actions/Action";
import type { ActionServices } from "../../src/actions/ActionServices";
import type { Need, NeedValues } from "../../src/actions/Needs";
import { ACTION_CATALOGUE } from "../../src/actions/ActionCatalogue";
import { ActionRegistry } from "../../src/actions/ActionRegistry";
import { createControlInput } from "../../src/control/ControlInput";
import { createInputTagger } from "../../src/input/InputTagger";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import type { TickClock } from "../../src/control/TickClock";
import { Logger } from "../../src/log/Logger";
import { createSequenceContext } from "../../src/sequence/SequenceContext";
import { SavedState } from "../../src/actions/saved/SavedState";
import type { TickScheduler } from "../../src/time/TickScheduler";
import type { Cancellable } from "../../src/time/ScheduledCallback";
import { ManualSongClock } from "../time/ManualSongClock";
import type { LogRecord } from "../../src/log/Logger";

/** The real TickScheduler behind the encoders' clock, so handlers' Sequences and hold times share one time. */
export class TestClock implements TickClock {
  constructor(private readonly ticks: TickScheduler) {}

  get currentTick(): number {
    return this.ticks.currentTick;
  }

  wait(ticks: number, callback: () => void): Cancellable {
    return this.ticks.wait(ticks, callback);
  }

  advance(count: number): void {
    for (let i = 0; i < count; i++) this.ticks.tick();
  }
}

export interface Call {
  id: string;
  context: ActionContext;
}

export interface HarnessOptions {
  mapping?: unknown;
  /** What is selected in Live; everything when omitted. */
  selected?: Need[];
}

/** A fresh copy of the default document to vary per test (it validates; the mapping tests prove it). */
export function cloneDefaultMapping(): MappingDocument {
  return JSON.parse(JSON.stringify(defaultMapping)) as MappingDocument;
}

export function createHarness(options: HarnessOptions = {}) {
  const logger = new Logger();
  const logs: LogRecord[] = [];
  logger.addSink((record) => logs.push(record));
  const sequences = createSequenceContext(new ManualSongClock(), logger);
  const clock = new TestClock(sequences.ticks);
  const calls: Call[] = [];
  const undo: string[] = [];
  const status: { level: string; text: string }[] = [];
  const selected = options.selected === undefined ? undefined : new Set(options.selected);
  const record = (id: string) => ({ context }: ActionInput) => {
    calls.push({ id, context });
  };
  // The catalogue's actions with recording runs, which use no service: their refusals and state, which
  // read the real model, are left out.
  const recorded = new ActionRegistry(ACTION_CATALOGUE.map(({ id, title, description, gestures, needs, params }) => ({ id, title, description, gestures, needs, params, run: record(id) })));
  const { registry, runner, store, router } = createControlInput({
    sequences,
    saved: new SavedState(() => undefined, logger),
    registry: recorded,
    logger,
    clock,
    undo: { begin: (name) => undo.push(`begin ${name}`), end: () => undo.push("end") },
    status: { show: (level, text) => status.push({ level, text }) },
    // What a need resolves to is the actions' business: the runner only passes it on.
    selection: { resolve: <N extends Need>(need: N) => (selected === undefined || selected.has(need) ? ({} as NeedValues[N]) : null) },
    mapping: options.mapping,
  });
  if (store.active === undefined) throw new Error(`harness mapping invalid: ${JSON.stringify(logs)}`);
  registry.install({} as ActionServices);
  // Bytes decoded by the input device's own logic, its channel tag being the bytes' channel (its track on
  // All Channels), and its messages handed to the router as they would arrive.
  const input = createInputTagger((message) => router.receive(message), (reason) => logger.debug(`MIDI dropped: ${reason}`));
  return {
    clock,
    sequences,
    logger,
    logs,
    calls,
    undo,
    status,
    registry,
    runner,
    store,
    router,
    send: (...bytes: number[]) => bytes.forEach((byte) => input.push(byte)),
    ids: () => calls.map((call) => call.id),
    warnings: () => logs.filter((entry) => entry.level === "warn").map((entry) => entry.message),
    errors: () => logs.filter((entry) => entry.level === "error").map((entry) => entry.message),
  };
}

export const noteOn = (channel: number, note: number, velocity = 127): number[] => [0x90 | (channel - 1), note, velocity];
export const noteOff = (channel: number, note: number, velocity = 0): number[] => [0x80 | (channel - 1), note, velocity];
export const cc = (channel: number, controller: number, value: number): number[] => [0xb0 | (channel - 1), controller, value];

export { seededRandom } from "../../src/sim/seededRandom";
