// Loads the musician's action files as CommonJS modules, confined to their folder: `require` resolves
// only files whose real path (symlinks followed) is inside the folder, relative paths and the folder's
// own node_modules, never a node_modules above it nor an absolute path; "protocol0" is the user API and
// Node's built-in modules (no file) are Node's. Each module is compiled with node:vm under its own file
// name, so a syntax error and a stack name the file and line (Node's vm docs: `filename` "used in stack
// traces produced by this script"; a SyntaxError's stack opens with `<file>:<line>`, in Node 16 and 20).
// This is a folder rule, not a sandbox: Node's vm "is not a security mechanism" (the same docs), and a
// module runs with the script's rights, as any Node module node.script loads would.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import vm from "node:vm";
import { messageOf } from "../../log/ErrorText";
import { withinTime } from "./TimeLimit";

/** What the API module is called in a user's `require`. */
export const API_MODULE = "protocol0";

/** A module's top level may not run longer (a loop there would stop the script). */
export const LOAD_LIMIT_MS = 1_000;

/** A file that could not be loaded: its name in the folder, the line when known, and why. */
export class UserModuleError extends Error {
  override readonly name = "UserModuleError";
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line === undefined ? "" : ` line ${line}`}: ${reason}`);
  }
}

const BUILT_IN = new Set(builtinModules);
const nodeRequire = createRequire(__filename);

/** The line of `file` a thrown value points at: a SyntaxError's first line, else the first frame in the file. */
export function lineIn(error: unknown, file: string): number | undefined {
  const stack = typeof (error as { stack?: unknown } | null)?.stack === "string" ? (error as Error).stack ?? "" : "";
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}:(\\d+)`).exec(stack);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** One load of the folder: a module cache of its own, so a reload reads every file afresh. */
export class UserModules {
  private readonly cache = new Map<string, { exports: unknown }>();

  /** `root`: the folder's real path. */
  constructor(
    private readonly root: string,
    private readonly api: unknown,
  ) {}

  /** Every file this load read (to watch them for changes). */
  get files(): string[] {
    return [...this.cache.keys()];
  }

  /** module.exports of a file of the folder; throws UserModuleError naming the file (and line). */
  load(path: string): unknown {
    const real = this.inside(path, basename(path));
    return this.module(real);
  }

  private module(real: string): unknown {
    const cached = this.cache.get(real);
    if (cached !== undefined) return cached.exports;
    const module = { exports: {} as unknown };
    this.cache.set(real, module);
    const name = this.name(real);
    if (real.endsWith(".json")) {
      try {
        module.exports = JSON.parse(readFileSync(real, "utf8")) as unknown;
      } catch (error) {
        throw new UserModuleError(name, undefined, messageOf(error));
      }
      return module.exports;
    }
    let wrapper: (...args: unknown[]) => void;
    try {
      // The wrapper opens on the code's first line, so line numbers are the file's.
      const code = `(function (exports, require, module, __filename, __dirname) {${readFileSync(real, "utf8")}\n})`;
      wrapper = new vm.Script(code, { filename: real }).runInThisContext() as typeof wrapper;
    } catch (error) {
      this.cache.delete(real);
      throw new UserModuleError(name, lineIn(error, real), `${(error as Error).name ?? "Error"}: ${messageOf(error)}`);
    }
    const require = (specifier: unknown) => this.require(real, specifier);
    try {
      withinTime(LOAD_LIMIT_MS, () => wrapper.call(module.exports, module.exports, require, module, real, dirname(real)));
    } catch (error) {
      this.cache.delete(real);
      if (error instanceof UserModuleError) throw error;
      throw new UserModuleError(name, lineIn(error, real), messageOf(error));
    }
    return module.exports;
  }

  private require(from: string, specifier: unknown): unknown {
    if (typeof specifier !== "string") throw new UserModuleError(this.name(from), undefined, `require needs a name, got ${String(specifier)}`);
    if (specifier === API_MODULE) return this.api;
    const bare = specifier.replace(/^node:/, "");
    if (BUILT_IN.has(bare)) return nodeRequire(specifier);
    if (isAbsolute(specifier)) return this.refuse(from, specifier, "an absolute path");
    const base = specifier.startsWith("./") || specifier.startsWith("../") ? resolve(dirname(from), specifier) : this.package(specifier);
    const found = [base, `${base}.js`, `${base}.json`, join(base, "index.js")].find(isFile);
    if (found === undefined) throw new UserModuleError(this.name(from), undefined, `require("${specifier}"): no such file in the actions folder`);
    return this.module(this.inside(found, `require("${specifier}") in ${this.name(from)}`));
  }

  /** A package of the folder's own node_modules (its package.json's main, else index.js); never one above. */
  private package(specifier: string): string {
    const base = join(this.root, "node_modules", specifier);
    const manifest = join(base, "package.json");
    if (!isFile(manifest)) return base;
    const main = (JSON.parse(readFileSync(manifest, "utf8")) as { main?: unknown }).main;
    return typeof main === "string" ? join(base, main) : base;
  }

  /** The real path of `path`, which must be inside the folder (a symlink or `..` out of it is refused). */
  private inside(path: string, what: string): string {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      throw new UserModuleError(what, undefined, messageOf(error));
    }
    const rel = relative(this.root, real);
    if (rel === "" || rel.split(sep)[0] === ".." || isAbsolute(rel)) {
      throw new UserModuleError(what, undefined, `${real} is outside the actions folder ${this.root}: refused`);
    }
    return real;
  }

  private refuse(from: string, specifier: string, what: string): never {
    throw new UserModuleError(this.name(from), undefined, `require("${specifier}") names ${what}: only files of the actions folder load`);
  }

  /** A file's name as the musician knows it: relative to the folder. */
  private name(real: string): string {
    return relative(this.root, real) || basename(real);
  }
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
