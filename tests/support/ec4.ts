// The actions' end-to-end harness: the built bundle and shim over a simulated set, knobs of the active
// mapping played on the virtual EC4 (src/sim/VirtualEc4.ts) — as bytes through Live's port into the real
// input devices (src/sim/Ec4Port.ts) when the set has input tracks (the demo), else as the input device's
// `midi cc|note` messages — and what a test asserts on: the status line, the bundle's log, and the
// simulated Live's undo history.
import { QUIET_MS } from "../../src/control/GestureUndo";
import type { LiveOptions, SetDescription } from "../../src/sim/live/LiveSet";
import defaultMapping from "../../src/control/defaultMapping.json";
import { Ec4Port, INPUT_DEVICE_NAME } from "../../src/sim/Ec4Port";
import { fixture } from "../sim/simSets";
import { inputTrack } from "./inputTracks";
import { VirtualEc4 } from "../../src/sim/VirtualEc4";
import { appOf, rigWith, type Running } from "./rigWith";

export interface ActionRig extends Running {
  ec4: VirtualEc4;
  /**
   * Plays the knob bound to `actionId` (turned `steps` detents when given, else pushed), lets the bundle
   * and Live answer (a turn rests until its parameters are written), and returns how many undo entries Live recorded meanwhile.
   */
  play(actionId: string, steps?: number): Promise<number>;
  /** Status lines shown since the rig started, as "level text". */
  statuses(): string[];
  /** Info lines the bundle posted, without the source prefix. */
  infos(): string[];
}

/** Enough metro ticks for a write to reach Live and its observers to come back. */
const ANSWER_MS = 200;

/** The EC4 channels of the default mapping's groups: one input track each. */
export const GROUP_CHANNELS = [...new Set(defaultMapping.groups.map((group) => group.addressing.channel))];

/**
 * The set with the musician's input tracks after its own, as the README's set-up makes them: one per group
 * channel of the default mapping, each holding Protocol0 Input, monitored (a set that has its own is kept).
 */
function withInputTracks(description: SetDescription | string): SetDescription {
  const set = typeof description === "string" ? fixture(description) : description;
  const tracks = set.tracks ?? [];
  if (tracks.some((track) => track.devices?.some((device) => device.name === INPUT_DEVICE_NAME))) return set;
  return { ...set, tracks: [...tracks, ...GROUP_CHANNELS.map((channel) => ({ ...inputTrack(`EC4 ${channel}`, `Ch. ${channel}`), monitoring: 0 as const }))] };
}

export async function actionRig(description: SetDescription | string, options: LiveOptions = {}, device: Parameters<typeof rigWith>[2] = {}): Promise<ActionRig> {
  const running = await rigWith(withInputTracks(description), options, device);
  const { rig, set } = running;
  const port = Ec4Port.connect(rig);
  const throughPort = port.inputs.length === 0 ? undefined : port.send.bind(port);
  const ec4 = new VirtualEc4(rig, () => appOf(rig).control.store.active, throughPort);
  return {
    get set() {
      return set;
    },
    get rig() {
      return rig;
    },
    get app() {
      return running.app;
    },
    ec4,
    async play(actionId, steps) {
      // What the test just did in Live (a selection) reaches the bundle first, as a user's click would.
      await rig.advance(ANSWER_MS);
      const before = set.undoHistory.length;
      await ec4.play(actionId, steps);
      await rig.advance(ANSWER_MS + (steps === undefined ? 0 : QUIET_MS));
      return set.undoHistory.length - before;
    },
    statuses() {
      return rig.fromNode.filter((atoms) => atoms[0] === "status").map((atoms) => atoms.slice(1).join(" "));
    },
    infos() {
      return rig.posts("info", "node").map((line) => line.replace(/^node: /, ""));
    },
  };
}
