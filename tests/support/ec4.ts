// The actions' end-to-end harness: the built bundle and shim over a simulated set, knobs of the active
// mapping played on the virtual EC4 (src/sim/VirtualEc4.ts) — as bytes through Live's port into the real
// input devices (src/sim/Ec4Port.ts) when the set has input tracks (the demo), else as the input device's
// `midi cc|note` messages — and what a test asserts on: the status line, the bundle's log, and the
// simulated Live's undo history.
import { QUIET_MS } from "../../src/control/GestureUndo";
import type { LiveOptions, SetDescription } from "../../src/sim/live/LiveSet";
import defaultMapping from "../../src/control/defaultMapping.json";
import { Ec4Port } from "../../src/sim/Ec4Port";
import type { MappingDocument } from "../../src/control/Mapping";
import { withInputTracks } from "../../src/sim/SetFile";
import { fixture } from "../sim/simSets";
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

/** The set with the musician's input tracks after its own, as the README's set-up makes them (a set that has its own is kept). */
function withInputs(description: SetDescription | string): SetDescription {
  return withInputTracks(typeof description === "string" ? fixture(description) : description, defaultMapping as MappingDocument).description;
}

export async function actionRig(description: SetDescription | string, options: LiveOptions = {}, device: Parameters<typeof rigWith>[2] = {}): Promise<ActionRig> {
  const running = await rigWith(withInputs(description), options, device);
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
