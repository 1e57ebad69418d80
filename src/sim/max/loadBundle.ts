// Evaluates the real device/protocol0.js (CommonJS) as node.script would start it. Each call is a
// fresh process as far as the bundle can tell: its module state starts over.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";
import type { MaxApiModule } from "./FakeMaxApi";
import { describeError, messageOf } from "../../log/ErrorText";

/**
 * Throws, naming the file, when it is missing or its top level throws (node.script would stop).
 * `globals` shadow Node's for the bundle's code only (the rig gives it setInterval / clearInterval on
 * the virtual clock: NodeTimers.ts); every other global is this process's.
 */
export function loadBundle(path: string, maxApi: MaxApiModule, globals: Record<string, unknown> = {}): unknown {
  let code: string;
  try {
    code = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read the bundle ${path} (build it with node scripts/build.mjs): ${messageOf(error)}`);
  }
  const nodeRequire = createRequire(path);
  const requireWithMax = Object.assign((id: string): unknown => (id === "max-api" ? maxApi : nodeRequire(id)), nodeRequire);
  const module = { exports: {} as unknown };
  const names = Object.keys(globals);
  for (const name of names) if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`loadBundle: ${name} is not an identifier`);
  const params = ["exports", "require", "module", "__filename", "__dirname", ...names].join(", ");
  const wrapper = vm.runInThisContext(`(function (${params}) {${code}\n})`, {
    filename: path,
  }) as (exports: unknown, require: unknown, module: unknown, filename: string, dirname: string, ...globals: unknown[]) => void;
  try {
    wrapper.call(module.exports, module.exports, requireWithMax, module, path, dirname(path), ...names.map((name) => globals[name]));
  } catch (error) {
    throw new Error(`the bundle ${path} threw while starting: ${describeError(error)}`);
  }
  return module.exports;
}
