// A [jsui] box running its real script (device/p0-cell.js): messages reach the script's functions as a
// [js]'s do (ShimHost), its drawing goes to a recording mgraphics, and Max's refresh, which runs paint()
// once for the redraws asked since the last, is `refresh()`.
import { resolve } from "node:path";
import type { Atom } from "../../wire/protocol";
import { Clock } from "./Clock";
import { DictStore } from "./DictStore";
import { type DrawnText, type FontWidth, MGraphics } from "./MGraphics";
import { type ConsoleLevel, ShimHost } from "./ShimHost";

export interface JsuiOptions {
  path: string;
  /** The box's presentation width and height. */
  size: [number, number];
  /** The box's `jsarguments`, after the file name Max puts first. */
  args: Atom[];
  width: FontWidth;
  post(level: ConsoleLevel, text: string): void;
}

export class Jsui {
  readonly mgraphics: MGraphics;
  /** How many times Max ran paint(). */
  paints = 0;
  private readonly host: ShimHost;

  constructor(options: JsuiOptions) {
    this.mgraphics = new MGraphics(options.size, options.width);
    const path = resolve(options.path);
    this.host = new ShimHost({
      path,
      liveApi: undefined,
      clock: new Clock(),
      dicts: new DictStore(),
      sinks: { outlet: () => options.post("error", `${path}: a cell has no outlet`), post: options.post, named: () => undefined },
      globals: { mgraphics: this.mgraphics, jsarguments: [path, ...options.args] },
    });
    // Max draws a box once it is shown.
    this.mgraphics.pending = 1;
    this.refresh();
  }

  deliver(atoms: Atom[]): void {
    this.host.deliver(atoms);
  }

  /** Max redraws the patcher: one paint() if the script asked for any since the last. */
  refresh(): DrawnText[] {
    if (this.mgraphics.pending > 0) {
      this.mgraphics.startPaint();
      this.paints++;
      this.host.call("paint");
    }
    return this.mgraphics.drawn;
  }
}
