// The whole simulated device: the real shim file and the real bundle file, joined by the fake Max wire,
// driven by the virtual clock, over a simulated Live set. Used by tests, benchmarks and `npm start`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LOG_DIR_ENV } from "../../log/LogFile";
import { MAX_CUT_CHARS } from "../../wire/liveApiCosts";
import type { Atom } from "../../wire/protocol";
import { MSG_HELLO } from "../../wire/protocol";
import { FROM_BUNDLE, GAVE_UP_STATUS, RESTART_BACKOFF_MS, STABLE_MS, TO_BUNDLE } from "../../wire/DeviceMessages";
import { MIDI_SELECTOR } from "../../wire/ControllerMidi";
import type { LiveSet } from "../live/LiveSet";
import { Clock } from "./Clock";
import type { ClockHandle } from "./Clock";
import { DictStore } from "./DictStore";
import { FakeMaxApi } from "./FakeMaxApi";
import { InputDevice } from "./InputDevice";
import { LiveApiLedger } from "./LiveApiLedger";
import { loadBundle } from "./loadBundle";
import { NodeTimers } from "./NodeTimers";
import { NodeProcess } from "./NodeProcess";
import type { ConsoleLevel } from "./ShimHost";
import { ShimHost } from "./ShimHost";
import { StoredParameter, type UndoNotice } from "./StoredParameter";
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
  /**
   * Whether Live's undo of a mapping edit makes [pattr p0_mapping] output the restored value
   * ("outputs", the default) or restores it silently: Live's documentation does not say
   * (src/sim/max/StoredParameter.ts).
   */
  undo?: UndoNotice;
}

export interface ConsoleLine {
  /** `live`: what LiveAPI posts for Live's refusals (Max prints those too); `input`: the input devices' [js]. */
  source: "node" | "shim" | "live" | "input";
  level: ConsoleLevel;
  text: string;
}

/** What `---p0_state` becomes in this device (Max for Live replaces `---` with a number unique to it). */
export const STATE_DICT = "1001p0_state";

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
  /** The process node.script runs, if any (null once it terminated). */
  private process: NodeProcess | null = null;
  /** The main device's [gate] in front of node.script: open from the script's p0_ready until it stops. */
  private inboxOpen = false;
  /** Controller messages the patcher counted while the gate was shut, reported with the next p0_ready. */
  private midiDropped = 0;
  /** The patcher's watchdog (scripts/patchers/mainDevice.ts, wireWatchdog): restarts in a row, its timers. */
  private restartAttempts = 0;
  private restartTimer: ClockHandle | null = null;
  private stableTimer: ClockHandle | null = null;
  /** The watchdog gave up: the status line shows GAVE_UP_STATUS and the Restart button is shown. */
  restartOffered = false;
  /** What the patcher itself wrote on the status line (the watchdog's give-up), if anything. */
  patcherStatus: string | null = null;
  private readonly readyListeners: (() => void)[] = [];
  /** How many times node.script started a script (autostart, restarts, the watchdog, the button). */
  scriptStarts = 0;
  private readonly onConsole: ((line: ConsoleLine) => void) | undefined;
  /** [pattr p0_mapping]: Live's stored copy of the mapping. */
  readonly mapping: StoredParameter;
  /** The patcher's [gate 2 1] after the [pattr]: on its second outlet while answering a mapping_read. */
  private answeringRead = false;
  /** The bundle's log folder (its protocol0.log). */
  readonly logDir: string;

  constructor(options: RigOptions) {
    this.set = options.set;
    this.bundlePath = resolve(options.bundlePath ?? "device/protocol0.js");
    this.shimPath = resolve(options.shimPath ?? "device/lom-shim.js");
    this.onConsole = options.onConsole;
    this.mapping = new StoredParameter(options.storedMapping, (value) => this.mappingOutput(value), options.undo);
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
    this.wire.connect("shim", (atoms) => {
      // The router hands lom_hello to [t b b]: metro on, then the shim.
      if (atoms[0] === MSG_HELLO) this.startMetro();
      this.shim.deliver(atoms);
    });
    this.wire.connect("node", (atoms) => this.maxApi?.deliver(atoms));
    this.wire.connect("patcher", (atoms) => {
      // [prepend set] → [pattr p0_mapping] stores what reaches it, after the cord's rules.
      if (atoms[0] === FROM_BUNDLE.mappingStore) this.mapping.set(atoms.slice(1).join(" "));
      if (atoms[0] === FROM_BUNDLE.mappingRead) this.readMapping();
      if (atoms[0] === FROM_BUNDLE.scriptReady) this.scriptReady();
      this.fromNode.push(atoms);
    });
  }

  /** What the device's [pattr p0_mapping] holds: what Live saves with the set. */
  get storedMapping(): string | undefined {
    return this.mapping.current;
  }

  /**
   * Live loads a device preset into the running device: the stored mapping takes the preset's copy and
   * the [pattr] outputs it, then [live.thisdevice] bangs again (src/sim/max/StoredParameter.ts).
   */
  loadPreset(storedMapping: string | undefined): void {
    this.mapping.recall(storedMapping);
    this.thisDeviceBangs();
  }

  /** Live's undo of the last mapping edit; whether the [pattr] outputs is the rig's `undo` option. */
  undoMappingEdit(): void {
    if (!this.mapping.undo()) throw new Error("Rig: no mapping edit to undo");
  }

  /** Live's redo of the last undone mapping edit. */
  redoMappingEdit(): void {
    if (!this.mapping.redo()) throw new Error("Rig: no mapping edit to redo");
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
   * [live.thisdevice] sends `ready` to the shim and towards node.script, whose gate drops it until the
   * script's p0_ready; the metro starts with the script's lom_hello.
   */
  async start(): Promise<void> {
    this.launch();
    await this.settle();
  }

  /**
   * What `start` does before settling: the messages are queued, nothing is delivered yet and the script
   * has not run (`onScriptReady` sees the moment it lets messages in).
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
          if (index === 0) this.toNode(atoms);
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
    // The patcher loads: [pattr p0_mapping] outputs the value saved with the set, which the shut inbox
    // drops (the bundle reads it once its script runs); then [live.thisdevice] bangs.
    this.mapping.load();
    this.thisDeviceBangs();
  }

  /**
   * [live.thisdevice] bangs: once the device is loaded, and again in a running device when a preset
   * loads (Cycling '74 live.thisdevice reference); its bang reaches the shim and node.script as `ready`.
   */
  thisDeviceBangs(): void {
    this.wire.send("shim", ["ready"]);
    this.toNode(["ready"]);
  }

  /** node.script restarts its script (`script restart`); the shim and the Live set keep running. */
  async restartNode(): Promise<void> {
    this.lifecycle("restarting");
    this.endProcess();
    this.startNode();
    await this.settle();
  }

  /**
   * The Node process dies (killed, or crashed): node.script reports `terminated` and the patcher's
   * watchdog takes over. Nothing the dead process had queued is delivered.
   */
  killNode(): void {
    this.endProcess();
    this.lifecycle("terminated");
  }

  /** Clicks the Restart button the watchdog shows once it gave up. */
  pressRestart(): void {
    if (!this.restartOffered) throw new Error("Rig: the Restart button is hidden");
    this.restartOffered = false;
    this.restartAttempts = 0;
    this.startNode();
  }

  /** Whether node.script's script has run and registered its handlers. */
  get scriptRunning(): boolean {
    return this.maxApi?.isLoaded ?? false;
  }

  /** While set, node.script's `outlet` promises reject with it (and send nothing). */
  failOutlets(error: Error | null): void {
    if (this.maxApi) this.maxApi.outletFailure = error;
  }

  /** An exception nothing in the script caught reaches its process (Node's `uncaughtException`). */
  throwInNode(error: Error): void {
    if (this.process) this.fault("uncaughtException", error);
  }

  /** A message into node.script's inlet from the patcher (e.g. `midi cc 4 9 1` from the input device). */
  sendToNode(...atoms: Atom[]): void {
    this.toNode(atoms);
  }

  /**
   * What the main device's [gate] does to a message bound for node.script: passes it while the script
   * is ready, else drops it silently; controller messages are counted (scripts/patchers/mainDevice.ts).
   */
  private toNode(atoms: Atom[]): void {
    if (this.inboxOpen) return this.wire.send("node", atoms);
    if (atoms[0] === MIDI_SELECTOR) this.midiDropped++;
  }

  /** Called each time the script's p0_ready opens the gate (a test's knob pressed the moment it can be). */
  onScriptReady(listener: () => void, options: { once?: boolean } = {}): void {
    const wrapped = () => {
      if (options.once) this.readyListeners.splice(this.readyListeners.indexOf(wrapped), 1);
      listener();
    };
    this.readyListeners.push(wrapped);
  }

  /** p0_ready reached the patcher: open the gate, report the dropped MIDI, start the stable timer. */
  private scriptReady(): void {
    this.inboxOpen = true;
    // The device's [dict ---p0_state], named as Max for Live makes `---` unique to the device.
    this.toNode([TO_BUNDLE.stateDict, STATE_DICT]);
    for (const listener of [...this.readyListeners]) listener();
    if (this.midiDropped > 0) this.toNode([TO_BUNDLE.midiDropped, this.midiDropped]);
    this.midiDropped = 0;
    this.restartOffered = false;
    if (this.stableTimer) this.clock.cancel(this.stableTimer);
    this.stableTimer = this.clock.schedule(STABLE_MS, () => {
      this.stableTimer = null;
      this.restartAttempts = 0;
    });
  }

  /**
   * node.script's lifecycle outlet as the patcher handles it: every state but the running ones shuts the
   * gate and stops the tick; `terminated` starts the watchdog's next delay, `restarting` and `start`
   * cancel it (node.script is starting the script itself).
   */
  private lifecycle(state: "stop" | "terminated" | "restarting" | "start"): void {
    this.inboxOpen = false;
    this.stopMetro();
    if (this.stableTimer) this.clock.cancel(this.stableTimer);
    this.stableTimer = null;
    if (state !== "terminated") {
      if (this.restartTimer) this.clock.cancel(this.restartTimer);
      this.restartTimer = null;
      return;
    }
    const delay = RESTART_BACKOFF_MS[this.restartAttempts++];
    if (delay === undefined) {
      this.restartOffered = true;
      this.patcherStatus = GAVE_UP_STATUS;
      return;
    }
    this.restartTimer = this.clock.schedule(delay, () => {
      this.restartTimer = null;
      this.startNode();
    });
  }

  /** The process goes: its max-api falls silent, its queued messages are lost. */
  private endProcess(): void {
    this.maxApi = null;
    this.process = null;
    this.wire.discard("node");
  }

  /** A process event: a listener keeps the process alive; without one Node prints the error and exits. */
  private fault(event: "unhandledRejection" | "uncaughtException", error: Error): void {
    const process = this.process;
    if (!process || process.raise(event, error)) return;
    this.log({ source: "node", level: "error", text: `${event}: ${error.stack ?? error.message}` });
    this.killNode();
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
      this.checkRejections();
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

  /**
   * node.script starts a process: its lifecycle `start` comes first, and the script runs later (Cycling
   * '74, Node for Max lifecycle: at `start` "the user defined script has not been loaded yet"), after
   * whatever is already on its way, which is dropped with Max's "not ready" line.
   */
  private startNode(): void {
    this.scriptStarts++;
    this.lifecycle("start");
    // A fresh max-api per process; the old one goes silent, like a killed process's socket.
    const api: FakeMaxApi = new FakeMaxApi(
      {
        outlet: (atoms) => {
          if (this.maxApi !== api) return;
          const selector = atoms[0];
          this.wire.send(typeof selector === "string" && selector.startsWith("lom_") ? "shim" : "patcher", atoms);
        },
        post: (level, text) => {
          if (this.maxApi === api) this.log({ source: "node", level, text });
        },
      },
      this.dicts,
    );
    const nodeProcess = new NodeProcess((text) => {
      if (this.maxApi === api) this.log({ source: "node", level: "error", text });
    });
    this.maxApi = api;
    // The old process's timers die with it.
    this.timers?.kill();
    const timers = new NodeTimers(this.clock);
    this.timers = timers;
    this.process = nodeProcess;
    // Node loads the script itself: Max's scheduler (stopped with Live's audio engine) plays no part.
    this.clock.schedule(
      0,
      () => {
        if (this.maxApi === api) this.loadScript(api, nodeProcess, timers);
      },
      "node",
    );
  }

  private loadScript(api: FakeMaxApi, nodeProcess: NodeProcess, timers: NodeTimers): void {
    // The bundle reads its log folder from the environment while it loads (synchronously).
    const previous = process.env[LOG_DIR_ENV];
    process.env[LOG_DIR_ENV] = this.logDir;
    try {
      this.exports = loadBundle(this.bundlePath, api.module, { ...timers.globals, process: nodeProcess.object });
    } finally {
      if (previous === undefined) delete process.env[LOG_DIR_ENV];
      else process.env[LOG_DIR_ENV] = previous;
    }
    api.scriptLoaded();
  }

  /** After the script's microtasks ran: a rejection it left uncaught is Node's `unhandledRejection`. */
  private checkRejections(): void {
    for (const error of this.maxApi?.takeUnhandled() ?? []) this.fault("unhandledRejection", error);
  }

  /** mapping_read: [t b b b] switches the [gate 2 1] to its answer outlet, bangs the [pattr], switches back. */
  private readMapping(): void {
    this.answeringRead = true;
    try {
      this.mapping.bang();
    } finally {
      this.answeringRead = false;
    }
  }

  /** Every output of [pattr p0_mapping] goes towards node.script: Live's own, or the answer to a read. */
  private mappingOutput(value: string | undefined): void {
    const selector = this.answeringRead ? TO_BUNDLE.mappingStored : TO_BUNDLE.mappingRestore;
    this.toNode([selector, ...(value === undefined ? [] : [value])]);
  }

  /** Like Max's metro: bangs when switched on, then every METRO_MS. */
  private startMetro(): void {
    this.stopMetro();
    const bang = () => {
      this.toNode(["bang"]);
      this.metro = this.clock.schedule(METRO_MS, bang);
    };
    bang();
  }
}

function describeCut(cut: CutAtom): string {
  return `Max cut a string atom of ${cut.length} characters to ${MAX_CUT_CHARS} on its way to ${cut.to} (message "${cut.selector}")`;
}
