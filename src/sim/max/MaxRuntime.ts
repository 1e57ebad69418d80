// The fake Max a rig runs in: the virtual clock, the cords (the wire and Max's symbol table), the
// dicts and the console. Moving time and settling live here because they drive all of it at once, and
// fail loudly on what real Max would have broken (a string atom cut on a cord). Rig.ts puts the device
// in it; what node.script leaves unhandled is NodeScriptHost's to check (`checkRejections`).
import { MAX_CUT_CHARS } from "../../wire/liveApiCosts";
import { Clock } from "./Clock";
import { DictStore } from "./DictStore";
import type { ConsoleLevel } from "./ShimHost";
import { SymbolTable } from "./SymbolTable";
import { Wire } from "./Wire";
import type { CutAtom } from "./Wire";

export interface ConsoleLine {
  /** `live`: what LiveAPI posts for Live's refusals (Max prints those too); `input`: the input devices' [js]. */
  source: "node" | "shim" | "live" | "input";
  level: ConsoleLevel;
  text: string;
}

/** Rounds of (drain, due tasks, microtasks) one `settle` may take before it reports a livelock. */
const MAX_SETTLE_ROUNDS = 10_000;

export abstract class MaxRuntime {
  readonly clock = new Clock();
  /** Max's symbol table: every string that crossed a cord, LiveAPI path strings, observer teardown leaks. */
  readonly symbols = new SymbolTable();
  readonly wire = new Wire(this.symbols);
  /**
   * What real Max would have broken, in order (today: string atoms cut on a cord). `settle` throws on
   * each new one, so a test, `npm start`, the REPL or the bench cannot miss it.
   */
  readonly failures: string[] = [];
  /**
   * Rounds one `settle` may take before it reports a livelock. A Task scheduled at 0 ms runs at the same
   * virtual instant, so a job long by design (a dump of the 256 × 128 set: some 28,000 Task slots) is
   * given more by the measure that runs it.
   */
  settleRounds = MAX_SETTLE_ROUNDS;
  private reportedCuts = 0;
  readonly dicts = new DictStore();
  /** Posts from node.script, the shim and LiveAPI, in order. */
  readonly console: ConsoleLine[] = [];
  private readonly onConsole: ((line: ConsoleLine) => void) | undefined;

  constructor(onConsole: ((line: ConsoleLine) => void) | undefined) {
    this.onConsole = onConsole;
  }

  /** Moves virtual time: metro bangs, Tasks and song time, settling after each event. */
  async advance(ms: number): Promise<void> {
    const until = this.clock.now + ms;
    await this.settle();
    while (this.clock.step(until)) await this.settle();
    await this.settle();
  }

  /** Delivers everything in flight, runs Tasks due now and lets the bundle's promises run, until quiet. */
  /** Throws when a string atom was cut since the last check (see `failures`). */
  async settle(): Promise<void> {
    this.checkCuts();
    for (let round = 0; round < this.settleRounds; round++) {
      const delivered = this.wire.drain();
      this.checkCuts();
      const ranTask = this.clock.runNextDue();
      await new Promise<void>((done) => setImmediate(done));
      this.checkRejections();
      this.checkCuts();
      if (delivered === 0 && !ranTask && this.wire.idle) return;
    }
    throw new Error(`Rig.settle: still busy after ${this.settleRounds} rounds (a message or Task loop?)`);
  }

  /**
   * A cut atom is a lost reply in real Max (the JSON no longer parses), so it fails the rig loudly:
   * each one is added to `failures` and the first new one is thrown.
   */
  private checkCuts(): void {
    const cuts = this.wire.cutAtoms;
    if (cuts.length === this.reportedCuts) return;
    const fresh = cuts.slice(this.reportedCuts);
    this.reportedCuts = cuts.length;
    for (const cut of fresh) this.failures.push(describeCut(cut));
    throw new Error(`Rig: ${describeCut(fresh[0])}${fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : ""}`);
  }

  /**
   * Switches Live's audio engine (Live's preferences, Audio: "Audio Engine On/Off"). Off, Max's scheduler
   * stops (Ableton m4l-production-guidelines, "Initialization": "time-sensitive operations (such as
   * delaying with a set amount of time) are not executed when Live's audio engine is off"): the metro's
   * bangs stop, and so do the [js] Task callbacks of the shim and the input devices. A Task is timed by
   * that scheduler ("The js object allows you create JavaScript functions that use the Max scheduler",
   * Cycling '74 JavaScript Tutorial 3, "JavaScript Tasks"; its function then runs in the low-priority
   * thread, the Task page says); nothing documents Task with the audio engine off, so this applies the
   * guidelines' rule for timed operations to it. What each was waiting for it waits once the engine is on
   * again (the guidelines' [delay 1000] prints "a second after audio is turned on"). Messages still go
   * through: into the [js] objects, into node.script, and node.script's own timers run. The input
   * device's MIDI keeps arriving here: an assumption nothing documents (in Live, MIDI reaches a device
   * through the audio engine, so it may stop too; the bundle's fallback then starts on the next message
   * of any kind). The Live set's transport is not stopped.
   */
  setAudioEngine(on: boolean): void {
    if (on) this.clock.startScheduler();
    else this.clock.stopScheduler();
  }

  /** Whether Live's audio engine is on (Max's scheduler runs). */
  get audioEngine(): boolean {
    return this.clock.schedulerRunning;
  }

  /** Lines posted at `level`, from every source or the given ones. */
  posts(level: ConsoleLevel, ...sources: ConsoleLine["source"][]): string[] {
    return this.console
      .filter((line) => line.level === level && (sources.length === 0 || sources.includes(line.source)))
      .map((line) => `${line.source}: ${line.text}`);
  }

  protected log(line: ConsoleLine): void {
    this.console.push(line);
    this.onConsole?.(line);
  }

  /** After the script's microtasks ran: what it left uncaught (settle calls it each round). */
  protected abstract checkRejections(): void;
}

function describeCut(cut: CutAtom): string {
  return `Max cut a string atom of ${cut.length} characters to ${MAX_CUT_CHARS} on its way to ${cut.to} (message "${cut.selector}")`;
}
