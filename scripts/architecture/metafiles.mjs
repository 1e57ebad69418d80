// Prints, as JSON, esbuild's metafile of each runtime file scripts/build.mjs writes, keyed by its path
// (device/protocol0.js, …). Type-only imports are kept as imports: esbuild drops them before it resolves
// anything, and a type import is a dependency the layering must see too.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { runtimeBuilds } from "../build.mjs";

const root = new URL("../..", import.meta.url).pathname;

/** `import type {…}`, `import {type A, B}` and `export type {…} from` become plain imports and re-exports. */
export function keepTypeImports(source) {
  return source
    .replace(/^import\s+type\s+/gm, "import ")
    .replace(/^export\s+type\s+(?=\{[^}]*\}\s*from)/gm, "export ")
    .replace(/^import\s*\{[^}]*\}/gm, (clause) => clause.replace(/([{,]\s*)type\s+(?=\w)/g, "$1"));
}

const typeImports = {
  name: "type-imports",
  setup(context) {
    context.onLoad({ filter: /\.ts$/ }, async (args) => ({ contents: keepTypeImports(await readFile(args.path, "utf8")), loader: "ts" }));
  },
};

const metafiles = {};
for (const options of runtimeBuilds) {
  const result = await build({
    ...options,
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [typeImports],
    // Imports no value uses are kept, so each one the plugin turned into a plain import is resolved.
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  });
  metafiles[relative(root, options.outfile)] = result.metafile;
}
process.stdout.write(JSON.stringify(metafiles));
