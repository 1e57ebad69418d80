// The whole simulated device: the real shim file and the real bundle file, joined by the fake Max wire,
// driven by the virtual clock, over a simulated Live set. Used by tests, benchmarks and `npm start`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LOG_DIR_ENV } from "../../log/LogFile";
import { MAX_CUT_CHARS } from "../../lom/liveApiCosts";
import type { Atom } from "../../lom/protocol";
import { MSG_HELLO } from "../../lom/protocol";
import { FROM_BUNDLE, TO_BUNDLE } from "../../host/DeviceMessages";
import type { LiveSet } from "../live/LiveSet";
import { Clock } from "./Clock";
import type { ClockHandle } from "./Clock";
import { DictStore } from "./DictStore";
import { FakeMaxApi } from "./FakeMaxApi";
import { InputDevice } from "./InputDevice";
import { LiveApiLedger } from "./LiveApiLedger";
import { loadBundle } from "./loadBundle";
import { NodeTimers } from "./NodeTimers";
import type { ConsoleLevel } from "./ShimHost";
import { ShimHost } from "./ShimHost";
import { SymbolTable } from "./SymbolTable";
import { Wire } from "./Wire";
import type { CutAtom } from "./Wire";

export interface RigOptions {
  set: LiveSet;
  bundlePath?: string;
  shimPath?: string;
  /** Sees each console line as it is posted (e.g. `npm start` printing as it goes). */
  onConsole?: (line: ConsoleLine) => void;
  /** Where the bundle writes its log file; a fresh temporary folder by default. */
  logDir?: string;
  /** The mapping Live saved with the set (the device's [pattr p0_mapping]); none by default. */
  storedMapping?: string;
}

export interface ConsoleLine {
  /** `live`: what LiveAPI posts for Live's refusals (Max prints those too); `input`: the input devices' [js]. */
  source: "node" | "shim" | "live" | "input";
  level: ConsoleLevel;
  text: string;
}

/** DESIGN.md: `[metro 17]` bangs the bundle's tick handler. */
export const METRO_MS = 17;
/** Rounds of (drain, due tasks, microtasks) one `settle` may take before it reports a livelock. */
const MAX_SETTLE_ROUNDS = 10_000;

export class Rig {
  readonly set: LiveSet;
  readonly clock = new Clock();
  /** Max's symbol table: every string that crossed a cord, LiveAPI path strings, observer teardown leaks. */
  readonly symbols = new SymbolTable();
  readonly wire = new Wire(this.symbols);
  /** What each [js] block (a message handled, a Task callback) made LiveAPI do, and its modelled time. */
  readonly ledger: LiveApiLedger;
  /**
   * What real Max would have broken, in order (today: string atoms cut on a cord). `settle` throws on
   * each new one, so a test, `npm start`, the REPL or the bench cannot miss it.
   */
  readonly failures: string[] = [];
  private reportedCuts = 0;
  readonly dicts = new DictStore();
  /** Posts from node.script, the shim and LiveAPI, in order. */
  readonly console: ConsoleLine[] = [];
  /** Every message node.script sent that is not for the shim (status lines and the like). */
  readonly fromNode: Atom[][] = [];
  /** Messages the shim sent with `messnamed`. */
  readonly named: { name: string; atoms: Atom[] }[] = [];
  private readonly bundlePath: string;
  private readonly shimPath: string;
  private shimHost: ShimHost | null = null;
  private maxApi: FakeMaxApi | null = null;
  /** The running node.script process's setInterval timers (the bundle's own, on the clock's node lane). */
  private timers: NodeTimers | null = null;
  private exports: unknown = undefined;
  private metro: ClockHandle | null = null;
  private readonly onConsole: ((line: ConsoleLine) => void) | undefined;
  private stored: string | undefined;
  /** The bundle's log folder (its protocol0.log). */
  readonly logDir: string;

  constructor(options: RigOptions) {
    this.set = options.set;
    this.bundlePath = resolve(options.bundlePath ?? "device/protocol0.js");
    this.shimPath = resolve(options.shimPath ?? "device/lom-shim.js");
    this.onConsole = options.onConsole;
    this.stored = options.storedMapping;
    this.logDir = options.logDir ?? mkdtempSync(join(tmpdir(), "p0-rig-logs-"));
    this.ledger = new LiveApiLedger(() => {
      const stats = this.set.stats;
      return {
        calls: stats.apiCalls,
        constructed: stats.apiObjectsConstructed,
        observersCreated: stats.observersCreated,
        observersRepointed: stats.observersRepointed,
        pointingCalls: stats.observerPointingCalls,
      };
    }, () => this.clock.now);
    this.set.symbolSink = {
      pathString: (path) => void this.symbols.intern(path),
      observerTornDown: () => this.symbols.observerTornDown(),
    };
    this.clock.onAdvance((ms) => this.set.advance(ms));
    this.set.onError = (text) => this.log({ source: "live", level: "error", text });
    this.wire.connect("shim", (atoms) => this.shim.deliver(atoms));
    this.wire.connect("node", (atoms) => this.maxApi?.deliver(atoms));
    this.wire.connect("patcher", (atoms) => {
      // [pattr p0_mapping] stores what reaches it, after the cord's rules.
      if (atoms[0] === FROM_BUNDLE.mappingStore) this.stored = atoms.slice(1).join(" ");
      this.fromNode.push(atoms);
    });
  }

  /** What the device's [pattr p0_mapping] holds: saved with the Live set, handed back on each bundle start. */
  get storedMapping(): string | undefined {
    return this.stored;
  }

  /** The loaded [js] shim. */
  get shim(): ShimHost {
    if (!this.shimHost) throw new Error("Rig: start() first");
    return this.shimHost;
  }

  /** module.exports of the running bundle. */
  get bundle(): unknown {
    return this.exports;
  }

  /**
   * Loads the shim and starts node.script, then does what the device does once loaded:
   * [live.thisdevice] sends `ready` to the shim and to node.script, and the metro starts.
   */
  async start(): Promise<void> {
    this.launch();
    await this.settle();
  }

  /**
   * What `start` does before settling: the messages are queued, nothing is delivered yet, so a caller
   * can queue its own (a knob press right after `ready`) and then settle.
   */
  launch(): void {
    if (this.shimHost) throw new Error("Rig: already started");
    this.shimHost = new ShimHost({
      path: this.shimPath,
      liveApi: this.set.liveApiClass(),
      clock: this.clock,
      dicts: this.dicts,
      ledger: this.ledger,
      label: "lom-shim.js",
      sinks: {
        outlet: (index, atoms) => {
          if (index === 0) this.wire.send("node", atoms);
          else this.log({ source: "shim", level: "error", text: `outlet ${index} does not exist` });
        },
        post: (level, text) => this.log({ source: "shim", level, text }),
        named: (name, atoms) => {
          const [delivered, ...rest] = this.wire.cross("named", [name, ...atoms]);
          this.named.push({ name: String(delivered), atoms: rest });
        },
      },
    });
    this.startNode();
    this.thisDeviceBangs();
    this.startMetro();
  }

  /**
   * [live.thisdevice] bangs: once the device is loaded, and again in a running device when a preset
   * loads (Cycling '74 live.thisdevice reference); its bang reaches the shim and node.script as `ready`.
   */
  thisDeviceBangs(): void {
    this.wire.send("shim", ["ready"]);
    this.wire.send("node", ["ready"]);
  }

  /** Kills node.script and starts it again; the shim and the Live set keep running. */
  async restartNode(): Promise<void> {
    this.wire.discard("node");
    this.startNode();
    await this.settle();
  }

  /** A message into node.script's inlet (e.g. `midi <bytes>` from the input device). */
  sendToNode(...atoms: Atom[]): void {
    this.wire.send("node", atoms);
  }

  /**
   * Loads a Protocol0 Input device's script into the Live device `device` (id or path) and readies it.
   * Its outlet 0 reaches node.script as [send p0_midi] → [receive p0_midi] does: queued, like any message
   * into node.script.
   */
  addInputDevice(device: number | string): InputDevice {
    const input = new InputDevice({
      set: this.set,
      device,
      clock: this.clock,
      dicts: this.dicts,
      send: (atoms) => this.wire.send("node", atoms),
      post: (level, text) => this.log({ source: "input", level, text }),
      cross: (to, atoms) => this.wire.cross(to, atoms),
      ledger: this.ledger,
    });
    input.ready();
    return input;
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
    for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
      const delivered = this.wire.drain();
      this.checkCuts();
      const ranTask = this.clock.runNextDue();
      await new Promise<void>((done) => setImmediate(done));
      this.checkCuts();
      if (delivered === 0 && !ranTask && this.wire.idle) return;
    }
    throw new Error(`Rig.settle: still busy after ${MAX_SETTLE_ROUNDS} rounds (a message or Task loop?)`);
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

  /** node.script's own timers (setInterval), of the process running now. */
  get nodeTimers(): NodeTimers {
    if (!this.timers) throw new Error("Rig: start() first");
    return this.timers;
  }

  stopMetro(): void {
    if (this.metro) this.clock.cancel(this.metro);
    this.metro = null;
  }

  /** Lines posted at `level`, from every source or the given ones. */
  posts(level: ConsoleLevel, ...sources: ConsoleLine["source"][]): string[] {
    return this.console
      .filter((line) => line.level === level && (sources.length === 0 || sources.includes(line.source)))
      .map((line) => `${line.source}: ${line.text}`);
  }

  private log(line: ConsoleLine): void {
    this.console.push(line);
    this.onConsole?.(line);
  }

  private startNode(): void {
    // A fresh max-api per process; the old one goes silent, like a killed process's socket.
    const api: FakeMaxApi = new FakeMaxApi(
      {
        outlet: (atoms) => {
          if (this.maxApi !== api) return;
          const selector = atoms[0];
          if (selector === MSG_HELLO) this.handBackMapping();
          this.wire.send(typeof selector === "string" && selector.startsWith("lom_") ? "shim" : "patcher", atoms);
        },
        post: (level, text) => {
          if (this.maxApi === api) this.log({ source: "node", level, text });
        },
      },
      this.dicts,
    );
    this.maxApi = api;
    // The old process's timers die with it.
    this.timers?.kill();
    const timers = new NodeTimers(this.clock);
    this.timers = timers;
    // The bundle reads its log folder from the environment while it loads (synchronously).
    const previous = process.env[LOG_DIR_ENV];
    process.env[LOG_DIR_ENV] = this.logDir;
    try {
      this.exports = loadBundle(this.bundlePath, api.module, timers.globals);
    } finally {
      if (previous === undefined) delete process.env[LOG_DIR_ENV];
      else process.env[LOG_DIR_ENV] = previous;
    }
  }

  /**
   * The main device answers each lom_hello by banging its [pattr] into node.script before greeting the
   * shim ([t b b b b b] fires right to left; scripts/patchers/mainDevice.ts).
   */
  private handBackMapping(): void {
    const stored = this.stored === undefined ? [] : [this.stored];
    this.wire.send("node", [TO_BUNDLE.mappingRestore, ...stored]);
  }

  /** Like Max's metro: bangs when switched on, then every METRO_MS. */
  private startMetro(): void {
    const bang = () => {
      this.wire.send("node", ["bang"]);
      this.metro = this.clock.schedule(METRO_MS, bang);
    };
    bang();
  }
}

function describeCut(cut: CutAtom): string {
  return `Max cut a string atom of ${cut.length} characters to ${MAX_CUT_CHARS} on its way to ${cut.to} (message "${cut.selector}")`;
}
