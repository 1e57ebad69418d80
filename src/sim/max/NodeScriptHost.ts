// node.script in the main device, and what the device's patcher puts around it: the [gate] that holds
// messages until the script is ready, the watchdog that restarts a dead process, the [metro] that ticks
// the bundle (scripts/patchers/mainCore.ts). Apart from Rig.ts because it is the one part with a
// lifecycle of its own: processes start, die and restart while the shim and the Live set keep running.
import { join, resolve } from "node:path";
import { LOG_DIR_ENV } from "../../log/LogFile";
import { ACTIONS_DIR_ENV } from "../../actions/user/UserActions";
import type { Atom } from "../../wire/protocol";
import { GAVE_UP_STATUS, RESTART_BACKOFF_MS, STABLE_MS, TO_BUNDLE, TO_SHIM } from "../../wire/DeviceMessages";
import { MIDI_SELECTOR } from "../../wire/ControllerMidi";
import type { ClockHandle } from "./Clock";
import { FakeMaxApi } from "./FakeMaxApi";
import { loadBundle } from "./loadBundle";
import { MaxRuntime, type ConsoleLine } from "./MaxRuntime";
import { NodeTimers } from "./NodeTimers";
import { NodeProcess } from "./NodeProcess";
import { temporaryFolder } from "../TemporaryFolder";

/** What `---p0_state` becomes in this device (Max for Live replaces `---` with a number unique to it). */
export const STATE_DICT = "1001p0_state";

/** DESIGN.md: `[metro 17]` bangs the bundle's tick handler. */
export const METRO_MS = 17;

export abstract class NodeScriptHost extends MaxRuntime {
  private readonly bundlePath: string;
  private maxApi: FakeMaxApi | null = null;
  /** The running node.script process's setInterval timers (the bundle's own, on the clock's node lane). */
  private timers: NodeTimers | null = null;
  private exports: unknown = undefined;
  private metro: ClockHandle | null = null;
  /** The process node.script runs, if any (null once it terminated). */
  private process: NodeProcess | null = null;
  /** The main device's [gate] in front of node.script: open from the script's p0_ready until it stops. */
  private inboxOpen = false;
  /** The patcher's watchdog (scripts/patchers/watchdog.ts): restarts in a row, its timers. */
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
  /** The bundle's log folder (its protocol0.log). */
  readonly logDir: string;
  /** The script's default actions folder (the musician's Documents in Max): by default one that does not exist. */
  readonly actionsDir: string;

  constructor(options: { bundlePath?: string; logDir?: string; actionsDir?: string; onConsole?: (line: ConsoleLine) => void }) {
    super(options.onConsole);
    this.bundlePath = resolve(options.bundlePath ?? "device/protocol0.js");
    this.logDir = options.logDir ?? temporaryFolder("p0-rig-logs");
    this.actionsDir = options.actionsDir ?? join(this.logDir, "no-actions");
    this.wire.connect("node", (atoms) => this.maxApi?.deliver(atoms));
  }

  /** module.exports of the running bundle. */
  get bundle(): unknown {
    return this.exports;
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
   * is ready, else drops it silently; controller messages go to the shim instead, which counts them
   * (scripts/patchers/mainCore.ts, src/shim/held.ts).
   */
  protected toNode(atoms: Atom[]): void {
    if (this.inboxOpen) return this.wire.send("node", atoms);
    if (atoms[0] === MIDI_SELECTOR) this.toShim([TO_SHIM.midiHeld, ...atoms]);
  }

  /** A message from the patcher into the shim's inlet: a cord, delivered as it is sent. */
  protected abstract toShim(atoms: Atom[]): void;

  /** Called each time the script's p0_ready opens the gate (a test's knob pressed the moment it can be). */
  onScriptReady(listener: () => void, options: { once?: boolean } = {}): void {
    const wrapped = () => {
      if (options.once) this.readyListeners.splice(this.readyListeners.indexOf(wrapped), 1);
      listener();
    };
    this.readyListeners.push(wrapped);
  }

  /** p0_ready reached the patcher: open the gate, have the shim report the held MIDI, start the stable timer. */
  protected scriptReady(): void {
    this.inboxOpen = true;
    // The device's [dict ---p0_state], named as Max for Live makes `---` unique to the device.
    this.toNode([TO_BUNDLE.stateDict, STATE_DICT]);
    for (const listener of [...this.readyListeners]) listener();
    this.toShim([TO_SHIM.midiReport]);
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
    // Its module state and its timers die with it (so what it held can be collected, as in a real exit).
    this.exports = undefined;
    this.timers?.kill();
    this.wire.discard("node");
  }

  /** A process event: a listener keeps the process alive; without one Node prints the error and exits. */
  private fault(event: "unhandledRejection" | "uncaughtException", error: Error): void {
    const process = this.process;
    if (!process || process.raise(event, error)) return;
    this.log({ source: "node", level: "error", text: `${event}: ${error.stack ?? error.message}` });
    this.killNode();
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

  /**
   * node.script starts a process: its lifecycle `start` comes first, and the script runs later (Cycling
   * '74, Node for Max lifecycle: at `start` "the user defined script has not been loaded yet"), after
   * whatever is already on its way, which is dropped with Max's "not ready" line.
   */
  protected startNode(): void {
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
    // The bundle reads its log and default actions folders from the environment while it loads (synchronously).
    const env = { [LOG_DIR_ENV]: this.logDir, [ACTIONS_DIR_ENV]: this.actionsDir };
    const previous = Object.keys(env).map((name) => [name, process.env[name]] as const);
    Object.assign(process.env, env);
    try {
      this.exports = loadBundle(this.bundlePath, api.module, { ...timers.globals, process: nodeProcess.object });
    } finally {
      for (const [name, value] of previous) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    api.scriptLoaded();
  }

  /** After the script's microtasks ran: a rejection it left uncaught is Node's `unhandledRejection`. */
  protected override checkRejections(): void {
    for (const error of this.maxApi?.takeUnhandled() ?? []) this.fault("unhandledRejection", error);
  }

  /** Like Max's metro: bangs when switched on, then every METRO_MS. */
  protected startMetro(): void {
    this.stopMetro();
    const bang = () => {
      this.toNode(["bang"]);
      this.metro = this.clock.schedule(METRO_MS, bang);
    };
    bang();
  }
}
