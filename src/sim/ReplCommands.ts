// The REPL's plain commands over a rehearsal (`npm run repl [set]`): turn, press or long-press a knob by
// group and number, each printing what the device shows (its status line and the knob's grid cell), load a
// mapping file, show the set, the pre-show check, the export. A wrong command gets its usage, never a stack.
import { resolve } from "node:path";
import type { Atom } from "../wire/protocol";
import { FROM_BUNDLE, TO_BUNDLE } from "../wire/DeviceMessages";
import { findingText } from "../control/preShow/Finding";
import type { Demo } from "./Demo";
import type { GroupRef } from "./VirtualEc4";
import { QUIET_MS } from "../control/GestureUndo";
import { messageOf } from "../log/ErrorText";
import { cellParts, cellText } from "../wire/GridCell";

const USAGES: Record<string, string> = {
  turn: "turn <group> <knob> <steps>   turn a knob (negative steps: counter-clockwise)",
  press: "press <group> <knob>          push a knob",
  "long-press": "long-press <group> <knob>     hold a knob past the long-press time",
  load: "load <mapping.json>           import a mapping file into the device",
  set: "set                           show the set",
  check: "check                         the pre-show check: what would go wrong at the gig",
  export: "export                        write the set as the device sees it, for npm start and the REPL",
  bars: "bars <n>                      let n bars of song time pass",
  help: "help                          this text",
};

export const REPL_HELP = `Commands (a group by name or number: Main or 1):\n${Object.values(USAGES).map((u) => `  ${u}`).join("\n")}\n  .exit                         leave`;

class Usage extends Error {}

/** Virtual time for the device to answer a command; the export reads the whole set, a track and a scene a block. */
const ANSWER_MS = 100;
const EXPORT_MS = 5_000;

export class ReplCommands {
  constructor(
    private readonly demo: Demo,
    private readonly print: (line: string) => void,
  ) {}

  /** Runs one line; never throws. */
  async run(line: string): Promise<void> {
    const [command = "", ...args] = line.trim().split(/\s+/);
    if (command === "") return;
    try {
      await this.dispatch(command, args);
    } catch (error) {
      if (error instanceof Usage) this.print(error.message);
      else this.print(`${command}: ${messageOf(error).replace(/^VirtualEc4: /, "")}`);
    }
  }

  private async dispatch(command: string, args: string[]): Promise<void> {
    const { demo } = this;
    const usage = USAGES[command];
    if (usage === undefined) throw new Usage(`Unknown command "${command}".\n${REPL_HELP}`);
    const fail = (): never => {
      throw new Usage(`usage: ${usage}`);
    };
    switch (command) {
      case "turn":
        if (args.length !== 3) fail();
        return this.gesture(args, () => demo.ec4.turn(this.group(args[0]), this.number(args[1], fail), this.number(args[2], fail)));
      case "press":
      case "long-press":
        if (args.length !== 2) fail();
        return this.gesture(args, () => (command === "press" ? demo.ec4.press : demo.ec4.longPress).call(demo.ec4, this.group(args[0]), this.number(args[1], fail)));
      case "load":
        if (args.length !== 1) fail();
        return this.shown(() => demo.rig.sendToNode(TO_BUNDLE.mappingImport, resolve(args[0] ?? "")));
      case "set":
        if (args.length !== 0) fail();
        return this.print(demo.picture());
      case "check": {
        if (args.length !== 0) fail();
        const findings = demo.app.preShowCheck();
        if (findings.length === 0) this.print("Pre-show check: all clear");
        findings.forEach((finding) => this.print(findingText(finding)));
        return;
      }
      case "export":
        if (args.length !== 0) fail();
        // No knob of the default mapping runs the export: the REPL runs it through the device's action runner.
        return this.shown(() => demo.app.control.runner.run("set.export", { gesture: "press", encoder: { group: "REPL", position: 0, label: "export" } }), EXPORT_MS);
      case "bars":
        if (args.length !== 1) fail();
        return demo.bars(this.number(args[0], fail));
      default:
        return this.print(REPL_HELP);
    }
  }

  private group(ref: string | undefined): GroupRef {
    const index = Number(ref);
    return Number.isInteger(index) && index >= 1 ? index - 1 : (ref ?? "");
  }

  private number(text: string | undefined, fail: () => never): number {
    const value = Number(text);
    return Number.isFinite(value) && text !== "" ? value : fail();
  }

  /** Plays a gesture with the knob's group on the device's grid, then prints the status line and the cell. */
  private async gesture(args: string[], play: () => Promise<void>): Promise<void> {
    const { rig, ec4 } = this.demo;
    const groups = ec4.groups();
    const ref = this.group(args[0]);
    const index = typeof ref === "number" ? ref : groups.indexOf(ref);
    if (index >= 0 && index < groups.length) rig.sendToNode(TO_BUNDLE.uiGroup, index);
    // A turn's writes wait until the knob rests (GestureUndo.ts).
    await this.shown(play, ANSWER_MS + QUIET_MS);
    const position = Number(args[1]);
    const cell = [...rig.fromNode].reverse().find((m) => m[0] === FROM_BUNDLE.uiEncoder && m[1] === position);
    if (cell !== undefined) this.print(`grid: ${groups[index] ?? ""} ${position} ${String(cell[2])}: ${cellText(cellParts(cell.slice(3)))}`);
  }

  /** Runs `act`, lets the device answer, and prints the status lines it showed meanwhile. */
  private async shown(act: () => unknown, ms = ANSWER_MS): Promise<void> {
    const { rig } = this.demo;
    const mark = rig.fromNode.length;
    await act();
    await rig.advance(ms);
    const statuses = rig.fromNode.slice(mark).filter((m: Atom[]) => m[0] === FROM_BUNDLE.status);
    for (const status of statuses) this.print(`status: ${status.slice(1).join(" ")}`);
  }
}
