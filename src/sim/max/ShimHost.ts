// Loads a real [js] file (device/lom-shim.js, device/p0-input.js) into a `vm` context the way Max's [js]
// object does, and calls its top-level functions by message name (https://docs.cycling74.com/max8/vignettes/jsbasic).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import vm from "node:vm";
import type { Atom } from "../../wire/protocol";
import type { Clock } from "./Clock";
import type { DictStore } from "./DictStore";
import { TASK_SELECTOR, type LiveApiLedger } from "./LiveApiLedger";
import { dictClass } from "./MaxDict";
import { taskClass } from "./MaxTask";

export type ConsoleLevel = "info" | "warn" | "error";

export interface ShimSinks {
  outlet(index: number, atoms: Atom[]): void;
  post(level: ConsoleLevel, text: string): void;
  /** `messnamed(name, ...)`: a message to every [receive name]. */
  named(name: string, atoms: Atom[]): void;
}

export interface ShimHostOptions {
  path: string;
  /** The class the script sees as `LiveAPI` (the simulated Live set's). */
  liveApi: unknown;
  clock: Clock;
  dicts: DictStore;
  sinks: ShimSinks;
  /** Records each message handled and each Task callback as one block; none by default. */
  ledger?: LiveApiLedger;
  /** The script's name in the ledger; the file name by default. */
  label?: string;
  /** What a [jsui] adds to the script's globals (`mgraphics`, src/sim/max/MGraphics.ts); none for a [js]. */
  globals?: { [name: string]: unknown };
}

type MaxFunction = (...args: unknown[]) => unknown;

export class ShimHost {
  private readonly context: vm.Context;
  private readonly file: string;

  constructor(private readonly options: ShimHostOptions) {
    const { sinks } = options;
    this.file = basename(options.path);
    const toText = (args: unknown[]) => args.map((a) => (Array.isArray(a) ? a.join(" ") : String(a))).join(" ").replace(/\n$/, "");
    const globals = {
      inlets: 1,
      outlets: 1,
      inlet: 0,
      messagename: "",
      jsarguments: [this.file],
      outlet: (index: number, ...args: unknown[]) => sinks.outlet(index, flatten(args)),
      post: (...args: unknown[]) => sinks.post("info", toText(args)),
      cpost: (...args: unknown[]) => sinks.post("info", toText(args)),
      error: (...args: unknown[]) => sinks.post("error", toText(args)),
      messnamed: (name: string, ...args: unknown[]) => sinks.named(name, flatten(args)),
      arrayfromargs: (...args: unknown[]) => {
        // arrayfromargs(arguments) or arrayfromargs(messagename, arguments)
        const list = Array.prototype.slice.call(args[args.length - 1] as ArrayLike<unknown>);
        return args.length > 1 ? [args[0], ...list] : list;
      },
      LiveAPI: options.liveApi,
      Task: taskClass(
        options.clock,
        (error) => this.report(error),
        (body) => this.asBlock(TASK_SELECTOR, body),
      ),
      Dict: dictClass(options.dicts),
      ...options.globals,
    };
    this.context = vm.createContext(globals);
    const code = readFileSync(options.path, "utf8");
    // Loading runs the script's top level: a turn of Max's thread like any other.
    this.asBlock("(load)", () => vm.runInContext(code, this.context, { filename: options.path }));
  }

  /**
   * Delivers one message to the [js] inlet: a number calls msg_int / msg_float, a list starting with a
   * number calls `list`, a symbol calls the function of that name, else `anything`. What the script
   * throws is posted, as Max does; it never reaches the sender.
   */
  deliver(atoms: Atom[]): void {
    const [head, ...rest] = atoms;
    const selector =
      typeof head === "number" ? (atoms.length > 1 ? "list" : Number.isInteger(head) ? "msg_int" : "msg_float") : (head ?? "bang");
    const args = typeof head === "number" ? atoms : rest;
    const own = this.function(selector);
    const fn = own ?? this.function("anything");
    if (!fn) {
      this.options.sinks.post("error", `js: ${this.file}: no function ${selector}`);
      return;
    }
    this.context.messagename = selector;
    this.asBlock(selector, () => {
      try {
        fn.apply(this.context, args);
      } catch (error) {
        this.report(error);
      }
    });
  }

  /** One turn of Max's low-priority thread in this [js]: what the ledger charges as a block. */
  private asBlock(selector: string, body: () => void): void {
    const { ledger } = this.options;
    if (ledger) ledger.run(this.options.label ?? this.file, selector, body);
    else body();
  }

  /** Calls one of the script's top-level functions as Max does outside a message (a [jsui]'s paint()). */
  call(name: string): void {
    const fn = this.function(name);
    if (!fn) return this.options.sinks.post("error", `js: ${this.file}: no function ${name}`);
    this.asBlock(name, () => {
      try {
        fn.apply(this.context, []);
      } catch (error) {
        this.report(error);
      }
    });
  }

  private function(name: string): MaxFunction | undefined {
    const value: unknown = this.context[name];
    return typeof value === "function" ? (value as MaxFunction) : undefined;
  }

  private report(error: unknown): void {
    const text = error !== null && typeof error === "object" && "message" in error ? String((error as Error).message) : String(error);
    this.options.sinks.post("error", `js: ${this.file}: ${text}`);
  }
}

/** Max spreads array arguments of outlet() into the message. */
function flatten(args: unknown[]): Atom[] {
  const atoms: Atom[] = [];
  for (const arg of args) {
    if (Array.isArray(arg)) atoms.push(...flatten(arg));
    else atoms.push(typeof arg === "number" ? arg : String(arg));
  }
  return atoms;
}
