// Runs a TypeScript script of this repo (start, bench, repl, ...): bundles it with esbuild, then
// runs it in this process with the remaining arguments.
import { build } from "esbuild";
import { localNodeOptions } from "./build.mjs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

const root = new URL("..", import.meta.url).pathname;
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run.mjs <script.ts> [args...]");
  process.exit(2);
}
const outfile = join(root, ".build/scripts", basename(entry).replace(/\.ts$/, ".cjs"));
await build({ ...localNodeOptions, entryPoints: [join(root, entry)], outfile });
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
