// A stand-in for Node for Max's `max-api` module, shaped like @types/max-api. Messages arriving at
// node.script are handed to `deliver`; what the script outlets and posts goes to the given sinks.
import type { Atom } from "../../wire/protocol";
import type { DictStore, JsonObject, JsonValue } from "./DictStore";
import { describeError } from "../../log/ErrorText";

export type PostLevel = "error" | "info" | "warn";
/** Any handler a script registers; Max decides what it is called with. */
export type Handler = (...args: never[]) => unknown;

export interface MaxApiSinks {
  outlet(atoms: Atom[]): void;
  post(level: PostLevel, text: string): void;
}

const MESSAGE_TYPES = { ALL: "all", BANG: "bang", DICT: "dict", NUMBER: "number", LIST: "list" } as const;
const POST_LEVELS = { ERROR: "error", INFO: "info", WARN: "warn" } as const;
const MAX_ENV = { MAX: "max", MAX_FOR_LIVE: "maxforlive", STANDALONE: "max:standalone" } as const;
const LEVELS: readonly string[] = Object.values(POST_LEVELS);

/** The module object a bundle gets from `require("max-api")`. */
export interface MaxApiModule {
  MESSAGE_TYPES: typeof MESSAGE_TYPES;
  POST_LEVELS: typeof POST_LEVELS;
  MAX_ENV: typeof MAX_ENV;
  addHandler(selector: string, handler: Handler): void;
  addHandlers(handlers: Record<string, Handler>): void;
  removeHandler(selector: string, handler: Handler): void;
  removeHandlers(selector: string): void;
  outlet(...args: unknown[]): Promise<void>;
  outletBang(): Promise<void>;
  post(...args: unknown[]): Promise<void>;
  getDict(id: string): Promise<JsonObject>;
  setDict(id: string, dict: JsonObject): Promise<JsonObject>;
  updateDict(id: string, updatePath: string, updateValue: JsonValue): Promise<JsonObject>;
}

export class FakeMaxApi {
  private readonly handlers = new Map<string, Handler[]>();
  /** Whether the script's first synchronous run has completed (node.script's `loadend`). */
  private loaded = false;
  /** While set, `outlet` rejects with it and sends nothing (the process's socket to Max failing). */
  outletFailure: Error | null = null;
  /** Rejections handed to the script that nothing has caught yet. */
  private readonly rejections: { error: Error; handled: boolean }[] = [];

  constructor(
    private readonly sinks: MaxApiSinks,
    private readonly dicts: DictStore,
  ) {}

  /** Node for Max's module shape; its functions may be called detached. */
  readonly module: MaxApiModule = {
    MESSAGE_TYPES,
    POST_LEVELS,
    MAX_ENV,
    addHandler: (selector, handler) => this.add(selector, handler),
    addHandlers: (handlers) => Object.entries(handlers).forEach(([selector, handler]) => this.add(selector, handler)),
    removeHandler: (selector, handler) => {
      const list = this.handlers.get(selector);
      if (list) this.handlers.set(selector, list.filter((h) => h !== handler));
    },
    removeHandlers: (selector) => void this.handlers.delete(selector),
    outlet: (...args) => {
      if (this.outletFailure) return this.reject(this.outletFailure);
      this.sinks.outlet(this.toAtoms(args));
      return Promise.resolve();
    },
    outletBang: async () => this.sinks.outlet(["bang"]),
    post: async (...args) => {
      const last = args[args.length - 1];
      const level = typeof last === "string" && LEVELS.includes(last) && args.length > 1 ? (args.pop() as PostLevel) : "info";
      this.sinks.post(level, args.map(describe).join(" "));
    },
    getDict: async (id) => this.dicts.get(id),
    setDict: async (id, dict) => {
      this.dicts.set(id, dict);
      return this.dicts.get(id);
    },
    updateDict: async (id, updatePath, updateValue) => {
      setPath(this.dicts.entry(id), updatePath, updateValue);
      return this.dicts.get(id);
    },
  };

  /**
   * A message arriving at node.script's inlet. Numbers stay numbers, symbols arrive as strings. A lone
   * number goes to the NUMBER handlers, a list starting with a number to LIST, `dictionary <name>` to DICT
   * with the dict's content; then every ALL handler gets (handled, selector, ...args)
   * (Cycling '74 n4m example, https://www.demo2s.com/node.js/node-js-max-api-outlet-string-string.html).
   */
  deliver(atoms: Atom[]): void {
    // Node for Max drops what arrives before the script has run, with this line on the Max console.
    if (!this.loaded) return this.sinks.post("error", `Node script not ready can't handle message ${String(atoms[0] ?? "bang")}`);
    const [selector, args] = route(atoms, this.dicts);
    const specific = this.handlers.get(selector) ?? [];
    for (const handler of specific) this.invoke(selector, handler, args);
    for (const handler of this.handlers.get(MESSAGE_TYPES.ALL) ?? []) this.invoke(selector, handler, [specific.length > 0, selector, ...args]);
  }

  /** The script's first synchronous run has completed: messages are handled from now on. */
  scriptLoaded(): void {
    this.loaded = true;
  }

  get isLoaded(): boolean {
    return this.loaded;
  }

  /**
   * The rejections nothing caught, once the script's microtasks have run: Node then raises
   * `unhandledRejection`, and without a listener ends the process (Node 15+ `--unhandled-rejections=throw`).
   */
  takeUnhandled(): Error[] {
    const unhandled = this.rejections.filter((r) => !r.handled).map((r) => r.error);
    this.rejections.length = 0;
    return unhandled;
  }

  /** A rejected promise that knows whether the script attached a handler (then, catch or await). */
  private reject(error: Error): Promise<void> {
    const entry = { error, handled: false };
    this.rejections.push(entry);
    const promise = Promise.reject(error);
    promise.catch(() => undefined); // the rig's own bookkeeping, not the script's
    const then = promise.then.bind(promise);
    Object.defineProperty(promise, "then", {
      value: (...handlers: Parameters<typeof then>) => {
        entry.handled = true;
        return then(...handlers);
      },
    });
    return promise;
  }

  private add(selector: string, handler: Handler): void {
    this.handlers.set(selector, [...(this.handlers.get(selector) ?? []), handler]);
  }

  /** A handler's throw or rejection is reported on the console, as node.script does, and goes no further. */
  private invoke(selector: string, handler: Handler, args: unknown[]): void {
    const report = (error: unknown) => this.sinks.post("error", `handler for "${selector}" failed: ${describeError(error)}`);
    try {
      const result = (handler as (...values: unknown[]) => unknown)(...args);
      if (result instanceof Promise) result.catch(report);
    } catch (error) {
      report(error);
    }
  }

  /** Arrays are spread into the message; an object travels as a dictionary, as node.script sends it. */
  private toAtoms(args: unknown[]): Atom[] {
    const atoms: Atom[] = [];
    for (const arg of args) {
      if (typeof arg === "number" || typeof arg === "string") atoms.push(arg);
      else if (typeof arg === "boolean") atoms.push(arg ? 1 : 0);
      else if (Array.isArray(arg)) atoms.push(...this.toAtoms(arg));
      else if (arg !== null && typeof arg === "object") {
        const name = this.dicts.uniqueName();
        this.dicts.set(name, arg as JsonObject);
        atoms.push("dictionary", name);
      } else atoms.push(String(arg));
    }
    return atoms;
  }
}

function route(atoms: Atom[], dicts: DictStore): [string, unknown[]] {
  const [head, ...rest] = atoms;
  if (typeof head === "number") return atoms.length === 1 ? [MESSAGE_TYPES.NUMBER, atoms] : [MESSAGE_TYPES.LIST, atoms];
  if (head === "list") return [MESSAGE_TYPES.LIST, rest];
  if (head === "dictionary" && typeof rest[0] === "string") return [MESSAGE_TYPES.DICT, [dicts.get(rest[0])]];
  return [head ?? MESSAGE_TYPES.BANG, rest];
}

/** Sets a value at a dotted path, creating intermediate objects. */
function setPath(root: JsonObject, path: string, value: JsonValue): void {
  const keys = path.split(".");
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== "object" || Array.isArray(next)) node[key] = {};
    node = node[key] as JsonObject;
  }
  node[keys[keys.length - 1]] = JSON.parse(JSON.stringify(value)) as JsonValue;
}

function describe(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
