// Evaluates the real device/protocol0.js (CommonJS) as node.script would start it. Each call is a
// fresh process as far as the bundle can tell: its module state starts over.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";
import type { MaxApiModule } from "./FakeMaxApi";

export function loadBundle(path: string, maxApi: MaxApiModule): unknown {
  const nodeRequire = createRequire(path);
  const requireWithMax = Object.assign((id: string): unknown => (id === "max-api" ? maxApi : nodeRequire(id)), nodeRequire);
  const module = { exports: {} as unknown };
  const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${readFileSync(path, "utf8")}\n})`, {
    filename: path,
  }) as (exports: unknown, require: unknown, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, requireWithMax, module, path, dirname(path));
  return module.exports;
}
