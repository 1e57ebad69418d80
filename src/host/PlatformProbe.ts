// The platform probe: once per bundle start, after the first sync, in the background lane (a knob's batch
// is always served first), it reads what nobody could measure off Live and logs one line beside the cost
// model's constants, the line the README asks musicians to send:
//   platform: Live 12.1.5, undo steps no, parameter gestures no, atoms whole to 32767/32767 (node→js/js→node),
//   get 0.31 ms (model 0.3), observer 1.6 ms (model 1.7), model from Knobbler4's perftest
// - Live's version: Application.get_major_version / get_minor_version / get_bugfix_version
//   (https://docs.cycling74.com/apiref/lom/application/, at `live_app`);
// - whether Song.begin_undo_step / end_undo_step exist: the song's `info` lists its functions (they are in
//   Live 12's Python API, not on Cycling '74's Song page, not whitelisted for Max for Live); with them each
//   gesture is one undo step (LiveUndoSteps);
// - whether DeviceParameter.begin_gesture / end_gesture exist: the `info` of the master track's volume (in
//   Live 12's Python API, not on Cycling '74's DeviceParameter page). Reported only: a turn of a parameter
//   goes through live.remote~ and writes once (ParameterTurns), so it has no use for them;
// - the longest string atom that arrives whole each way: the probe texts of PROBE_LENGTHS (30,000, 32,767,
//   32,768 characters), sent once each, the same text every time (protocol.ts probeText). These are the only
//   atoms over MAX_ATOM_CHARS the bundle sends or asks for; the simulator's wire cuts them as Max does and
//   files them as the probe's (Wire.probeAtoms), so they fail no rig and count in no atom budget;
// - the time of 100 LiveAPI gets and 10 observer creations, measured by the shim's Date in its own blocks
//   (protocol.ts `time`), against LIVEAPI_MS.central, whose figures are zsteinkamp/m4l-Knobbler4's
//   perftest/results.txt. In the simulator they measure the simulator (about 0 ms).
import type { Logger } from "../log/Logger";
import { LIVEAPI_MS } from "../wire/liveApiCosts";
import type { LomClient } from "../lom/LomClient";
import type { Op } from "../wire/protocol";
import { BACKGROUND, PROBE_LENGTHS, probeText } from "../wire/protocol";
import { BEGIN_GESTURE, BEGIN_UNDO_STEP, END_GESTURE, END_UNDO_STEP } from "../model/LiveUndoSteps";
import { messageOf } from "../log/ErrorText";

export const TIMED_GETS = 100;
export const TIMED_OBSERVERS = 10;
/** The application's path (https://docs.cycling74.com/apiref/lom/application/: canonical path `live_app`). */
export const APP_PATH = "live_app";
/** A DeviceParameter every set has, read once by path (one interned symbol). */
export const PARAMETER_PATH = "live_set master_track mixer_device volume";
/** What the gets read and the observers watch: the song's tempo, a plain observable number. */
const TIMED_PROP = "tempo";

/** One atom probe: the length sent and the length that arrived (null: no answer). */
export interface AtomProbe {
  sent: number;
  arrived: number | null;
}

export interface PlatformReport {
  /** "12.1.5"; null when Live did not answer. */
  version: string | null;
  undoSteps: boolean | null;
  parameterGestures: boolean | null;
  /** bundle → shim (node.script → [js]) and shim → bundle. */
  toShim: AtomProbe[];
  toBundle: AtomProbe[];
  /** Measured ms per get and per new observer; null when the shim did not answer. */
  getMs: number | null;
  observerMs: number | null;
}

export interface PlatformProbeDeps {
  client: LomClient;
  /** The song's id, known once the first sync has read it. */
  songId: () => number;
  log: Logger;
  /** Told whether Live has begin_undo_step / end_undo_step. */
  undoSteps: (available: boolean) => void;
}

export class PlatformProbe {
  private running: Promise<PlatformReport> | null = null;
  private done: PlatformReport | null = null;

  constructor(private readonly deps: PlatformProbeDeps) {}

  /** The result, once the probe has finished. */
  get report(): PlatformReport | null {
    return this.done;
  }

  /** Starts the probe unless it ran already; answers its report. Never rejects. */
  start(): Promise<PlatformReport> {
    this.running ??= this.run();
    return this.running;
  }

  /** The probe's line: its result, or what it is doing. */
  async line(): Promise<string> {
    if (this.running === null) return "platform: not probed yet (the probe runs after the first sync)";
    return describePlatform(await this.running);
  }

  private async run(): Promise<PlatformReport> {
    const report: PlatformReport = { version: null, undoSteps: null, parameterGestures: null, toShim: [], toBundle: [], getMs: null, observerMs: null };
    report.version = await this.attempt("Live's version", () => this.version());
    report.undoSteps = await this.attempt("undo steps", () => this.hasFunctions(this.deps.songId(), BEGIN_UNDO_STEP, END_UNDO_STEP));
    if (report.undoSteps !== null) this.deps.undoSteps(report.undoSteps);
    report.parameterGestures = await this.attempt("parameter gestures", () => this.hasFunctions(PARAMETER_PATH, BEGIN_GESTURE, END_GESTURE));
    // One at a time, each its own batch: a cut atom touches no other probe.
    for (const chars of PROBE_LENGTHS) {
      const arrived = await this.attempt(`a ${chars}-character atom to the shim`, () => this.ask<number>({ op: "length", chars }));
      report.toShim.push({ sent: chars, arrived });
    }
    for (const chars of PROBE_LENGTHS) {
      const text = await this.attempt(`a ${chars}-character atom from the shim`, () => this.ask<string>({ op: "text", chars }));
      // A text that is not the probe's prefix arrived changed, not cut: it counts as not whole (arrived -1).
      report.toBundle.push({ sent: chars, arrived: text === null ? null : text === probeText(text.length) ? text.length : -1 });
    }
    const song = this.deps.songId();
    report.getMs = await this.attempt("timing gets", () => this.time("get", TIMED_GETS, song));
    report.observerMs = await this.attempt("timing observers", () => this.time("observe", TIMED_OBSERVERS, song));
    this.done = report;
    const line = describePlatform(report);
    // Debug: the log file keeps it for musicians to send, the Max console stays quiet on load
    // (Ableton m4l-production-guidelines: "There are no prints in the Max Console on load").
    this.deps.log.debug(line);
    for (const [direction, probes] of [["to the shim", report.toShim], ["from the shim", report.toBundle]] as const) {
      const first = probes[0];
      if (first && first.arrived !== first.sent) {
        this.deps.log.warn(`platform: a ${first.sent}-character atom ${direction} did not arrive whole: replies that long would be lost`);
      }
    }
    return report;
  }

  /** In the background lane; a reply that never comes (Max dropping an over-long atom) is the probe's finding. */
  private ask<T>(op: Op): Promise<T> {
    return this.deps.client.request<T>(op, BACKGROUND, { mayBeLost: true });
  }

  private async version(): Promise<string> {
    const parts = await Promise.all(
      ["get_major_version", "get_minor_version", "get_bugfix_version"].map((fn) => this.ask<unknown>({ op: "call", target: APP_PATH, fn, args: [] })),
    );
    return parts
      .map((raw) => {
        if (raw === null || raw === undefined) throw new Error("Live answered nothing");
        return Array.isArray(raw) ? raw.join(" ") : String(raw);
      })
      .join(".");
  }

  /** Whether the object's `info` lists every one of `names` among its functions. */
  private async hasFunctions(target: number | string, ...names: string[]): Promise<boolean> {
    const info = await this.ask<string>({ op: "info", target });
    const functions = new Set(info.split("\n").flatMap((line) => (line.startsWith("function ") ? [line.slice(9).trim()] : [])));
    return names.every((name) => functions.has(name));
  }

  /** ms per operation, as the shim's Date measured them. */
  private async time(what: "get" | "observe", n: number, target: number): Promise<number> {
    const [ms, count] = await this.ask<number[]>({ op: "time", what, n, target, prop: TIMED_PROP });
    if (!(Number(count) > 0)) throw new Error("nothing was timed");
    return Number(ms) / Number(count);
  }

  /** The step's answer, or null (logged at debug) when it failed: the probe never stops the device. */
  private async attempt<T>(what: string, step: () => Promise<T>): Promise<T | null> {
    try {
      return await step();
    } catch (error) {
      this.deps.log.debug(`platform probe: ${what}: ${messageOf(error)}`);
      return null;
    }
  }
}

/** The one line: `platform: Live 12.1.5, undo steps no, parameter gestures no, atoms whole to 32767/32767 (node→js/js→node), …`. */
export function describePlatform(report: PlatformReport): string {
  const rates = LIVEAPI_MS.central;
  return (
    `platform: Live ${report.version ?? "?"}, undo steps ${yesNo(report.undoSteps)}, parameter gestures ${yesNo(report.parameterGestures)}, ` +
    `atoms whole to ${wholeUpTo(report.toShim)}/${wholeUpTo(report.toBundle)} (node→js/js→node), ` +
    `get ${ms(report.getMs)} (model ${rates.call}), observer ${ms(report.observerMs)} (model ${rates.observerCreate}), ` +
    `model from Knobbler4's perftest`
  );
}

/**
 * The longest probe that arrived whole with every shorter one: `32767` (the 32,768 one was cut),
 * `32768+` (none was cut), `<30000` (even the shortest was not whole), `?` (no answer).
 */
function wholeUpTo(probes: readonly AtomProbe[]): string {
  let whole: number | null = null;
  for (const probe of probes) {
    if (probe.arrived === null) return whole === null ? "?" : `${whole}`;
    if (probe.arrived !== probe.sent) return whole === null ? `<${probe.sent}` : `${whole}`;
    whole = probe.sent;
  }
  return whole === null ? "?" : `${whole}+`;
}

function yesNo(found: boolean | null): string {
  return found === null ? "?" : found ? "yes" : "no";
}

function ms(value: number | null): string {
  return value === null ? "? ms" : `${Number(value.toPrecision(2))} ms`;
}
