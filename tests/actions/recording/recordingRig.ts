// Runs the recording actions end to end: the real bundle and shim over a simulated set, knobs of the
// active mapping played on the virtual EC4. Until the app installs the actions itself (installActions, wired
// by Protocol0), the rig runs a bundle of the app with the recording installer added, built here.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import type { Protocol0 } from "../../../src/Protocol0";
import { LiveSet, type SetDescription } from "../../../src/sim/live/LiveSet";
import type { Clip } from "../../../src/sim/live/Clip";
import type { Track } from "../../../src/sim/live/Track";
import { Rig } from "../../../src/sim/max/Rig";
import { appOf } from "../../support/rigWith";
import { VirtualEc4 } from "../../../src/sim/VirtualEc4";

const WIRED_BUNDLE = join(process.cwd(), ".build/recording/protocol0.js");

/** The app's bundle with installRecordingActions called on its registry. */
function buildWiredBundle(): Promise<string> {
  mkdirSync(join(process.cwd(), ".build/recording"), { recursive: true });
  const contents = [
    'import { app } from "./src/host/main";',
    'import { installRecordingActions } from "./src/actions/RecordingActions";',
    "installRecordingActions(app.control.registry, { song: app.song, mirror: app.mirror, objects: app.objects, mapper: app.mapper, seq: app.seq, log: app.log, reinitialise: () => app.sync() });",
    'export { app, modelEvents } from "./src/host/main";',
  ].join("\n");
  return build({
    stdin: { contents, resolveDir: process.cwd(), loader: "ts", sourcefile: "recording-entry.ts" },
    outfile: WIRED_BUNDLE,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node16",
    external: ["max-api"],
    keepNames: true,
    logLevel: "warning",
  }).then(() => WIRED_BUNDLE);
}

export interface Recorder {
  set: LiveSet;
  rig: Rig;
  readonly app: Protocol0;
  /** Plays the knob the active mapping binds to `actionId` (a scroll step when `scroll` is given). */
  gesture(actionId: string, scroll?: 1 | -1): Promise<void>;
  /** Advances the virtual clock by `bars` bars of the set's tempo (4/4). */
  bars(count: number): Promise<void>;
  /** The latest status line text, if any. */
  lastStatus(): string;
  /** What the bundle posted at info level, oldest first. */
  shown(): string[];
}

/** The bundle the rig runs: the app's own once it implements recording, else one wired here. */
let bundlePath: Promise<string | undefined> | null = null;

async function recordingBundle(description: SetDescription): Promise<string | undefined> {
  const probe = new Rig({ set: LiveSet.fromDescription(description) });
  await probe.start();
  return appOf(probe).control.registry.get("record.normal")?.handler === undefined ? buildWiredBundle() : undefined;
}

export async function recorder(description: SetDescription): Promise<Recorder> {
  bundlePath ??= recordingBundle(description);
  const path = await bundlePath;
  const set = LiveSet.fromDescription(description);
  const rig = new Rig(path === undefined ? { set } : { set, bundlePath: path });
  await rig.start();
  const ec4 = new VirtualEc4(rig, () => appOf(rig).control.store.active);
  const tempo = description.tempo ?? 120;
  return {
    set,
    rig,
    get app() {
      return appOf(rig);
    },
    async gesture(actionId, scroll) {
      await ec4.play(actionId, scroll);
    },
    async bars(count) {
      const ms = (count * 4 * 60000) / tempo;
      // Small steps, as the metro ticks, so the bundle hears the song move as it would in Max.
      for (let elapsed = 0; elapsed < ms; elapsed += 50) await rig.advance(Math.min(50, ms - elapsed));
    },
    shown() {
      return rig.posts("info", "node").map((line) => line.replace(/^node: /, ""));
    },
    lastStatus() {
      const lines = rig.fromNode.filter((atoms) => atoms[0] === "status");
      return lines.length === 0 ? "" : lines[lines.length - 1]!.slice(1).join(" ");
    },
  };
}

/** The clip in a track's slot, read from the simulated Live set. */
export function clipAt(track: Track, scene: number): Clip | null {
  return track.clipSlots[scene]?.clip ?? null;
}
