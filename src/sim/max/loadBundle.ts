// Evaluates the real device/protocol0.js (CommonJS) as node.script would start it. Each call is a
// fresh process as far as the bundle can tell: its module state starts over.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";
import type { MaxApiModule } from "./FakeMaxApi";

/** Throws, naming the file, when it is missing or its top level throws (node.script would stop). */
/**
 * `nodeProcess`: what the bundle sees as `process` (the rig gives each bundle its own, so the listeners
 * it adds stay with its simulated process); the real one by default.
 */
export function loadBundle(path: string, maxApi: MaxApiModule, nodeProcess: unknown = process): unknown {
  let code: string;
  try {
    code = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read the bundle ${path} (build it with node scripts/build.mjs): ${(error as Error).message}`);
  }
  const nodeRequire = createRequire(path);
  const requireWithMax = Object.assign((id: string): unknown => (id === "max-api" ? maxApi : nodeRequire(id)), nodeRequire);
  const module = { exports: {} as unknown };
  const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname, process) {${code}\n})`, {
    filename: path,
  }) as (exports: unknown, require: unknown, module: unknown, filename: string, dirname: string, process: unknown) => void;
  try {
    wrapper.call(module.exports, module.exports, requireWithMax, module, path, dirname(path), nodeProcess);
  } catch (error) {
    throw new Error(`the bundle ${path} threw while starting: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  return module.exports;
}
