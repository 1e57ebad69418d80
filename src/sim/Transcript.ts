// What a musician reads of the device while playing it, in the order it happened: the Max console's
// posts and the device's status lines, interleaved as the bundle sent them (a status line is taken when
// node.script sends it, the moment it also posts, not when the patcher receives it). `npm start` reads
// it a knob at a time, so each knob's line comes before what it caused.
import { FROM_BUNDLE } from "../wire/DeviceMessages";
import type { ConsoleLine } from "./max/MaxRuntime";
import type { Wire } from "./max/Wire";

export type Heard = { kind: "console"; line: ConsoleLine } | { kind: "status"; level: string; text: string };

export class Transcript {
  private readonly heard: Heard[] = [];
  private read = 0;

  /** For the rig's `onConsole`: each post as it is made. */
  console(line: ConsoleLine): void {
    this.heard.push({ kind: "console", line });
  }

  /** Follows the status lines node.script sends on `wire`. */
  follow(wire: Wire): void {
    wire.tap((message) => {
      const [selector, level, ...text] = message.atoms;
      if (message.to === "patcher" && selector === FROM_BUNDLE.status) this.heard.push({ kind: "status", level: String(level), text: text.map(String).join(" ") });
    });
  }

  /**
   * What was heard since the last call, each text once: a post of the script that the status line
   * repeats, word for word, is left to the status line, which is what the musician sees on the device
   * (the log file keeps the post).
   */
  take(): Heard[] {
    const batch = this.heard.slice(this.read);
    this.read = this.heard.length;
    const shown = new Set(batch.flatMap((h) => (h.kind === "status" ? [h.text] : [])));
    return batch.filter((h) => h.kind === "status" || h.line.source !== "node" || !shown.has(h.line.text));
  }
}
