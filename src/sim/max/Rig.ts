// The whole simulated device: the real shim file and the real bundle file, joined by the fake Max wire,
// driven by the virtual clock, over a simulated Live set. Used by tests, benchmarks and `npm start`.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LOG_DIR_ENV } from "../../log/LogFile";
import type { Atom } from "../../lom/protocol";
import { MSG_HELLO } from "../../lom/protocol";
import { FROM_BUNDLE, TO_BUNDLE } from "../../host/DeviceMessages";
import type { LiveSet } from "../live/LiveSet";
import { Clock } from "./Clock";
import type { ClockHandle } from "./Clock";
import { DictStore } from "./DictStore";
import { FakeMaxApi } from "./FakeMaxApi";
import { InputDevice } from "./InputDevice";
import { loadBundle } from "./loadBundle";
import type { ConsoleLevel } from "./ShimHost";
import { ShimHost } from "./ShimHost";
import { Wire } from "./Wire";

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
  readonly wire = new Wire();
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
    this.clock.onAdvance((ms) => this.set.advance(ms));
    this.set.onError = (text) => this.log({ source: "live", level: "error", text });
    this.wire.connect("shim", (atoms) => this.shim.deliver(atoms));
    this.wire.connect("node", (atoms) => this.maxApi?.deliver(atoms));
    this.wire.connect("patcher", (atoms) => this.fromNode.push(atoms));
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
    if (this.shimHost) throw new Error("Rig: already started");
    this.shimHost = new ShimHost({
      path: this.shimPath,
      liveApi: this.set.liveApiClass(),
      clock: this.clock,
      dicts: this.dicts,
      sinks: {
        outlet: (index, atoms) => {
          if (index === 0) this.wire.send("node", atoms);
          else this.log({ source: "shim", level: "error", text: `outlet ${index} does not exist` });
        },
        post: (level, text) => this.log({ source: "shim", level, text }),
        named: (name, atoms) => this.named.push({ name, atoms }),
      },
    });
    this.startNode();
    this.wire.send("shim", ["ready"]);
    this.wire.send("node", ["ready"]);
    this.startMetro();
    await this.settle();
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
  async settle(): Promise<void> {
    for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
      const delivered = this.wire.drain();
      const ranTask = this.clock.runNextDue();
      await new Promise<void>((done) => setImmediate(done));
      if (delivered === 0 && !ranTask && this.wire.idle) return;
    }
    throw new Error(`Rig.settle: still busy after ${MAX_SETTLE_ROUNDS} rounds (a message or Task loop?)`);
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
          if (selector === FROM_BUNDLE.mappingStore) this.stored = atoms.slice(1).join(" ");
          this.wire.send(typeof selector === "string" && selector.startsWith("lom_") ? "shim" : "patcher", atoms);
        },
        post: (level, text) => {
          if (this.maxApi === api) this.log({ source: "node", level, text });
        },
      },
      this.dicts,
    );
    this.maxApi = api;
    // The bundle reads its log folder from the environment while it loads (synchronously).
    const previous = process.env[LOG_DIR_ENV];
    process.env[LOG_DIR_ENV] = this.logDir;
    try {
      this.exports = loadBundle(this.bundlePath, api.module);
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
