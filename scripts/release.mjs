// `npm run release`: builds the scripts, then writes release/Protocol0.amxd and release/Protocol0 Input.amxd,
// the devices frozen with the scripts they load (scripts/release/frozenAmxd.ts describes the layout).
// Usage: node scripts/release.mjs [--no-build] [--out <folder>]
//   --no-build  freeze what device/ holds now (the tests use it; they check device/ is the fresh build)
//   --out       write the two files there instead of release/
// SOURCE_DATE_EPOCH, when set, is the modification date written for every embedded file.
import { resolve } from "node:path";
import { buildDevice, loadScriptModule } from "./build.mjs";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const outDir = outAt >= 0 ? resolve(args[outAt + 1] ?? "") : undefined;
if (outAt >= 0 && !args[outAt + 1]) {
  console.error("usage: node scripts/release.mjs [--no-build] [--out <folder>]");
  process.exit(2);
}

if (!args.includes("--no-build")) await buildDevice();
const { writeRelease } = await loadScriptModule("scripts/release/release.ts", "release/release.cjs");
const epoch = process.env.SOURCE_DATE_EPOCH;
try {
  for (const path of writeRelease(root, { outDir, modified: epoch ? Number(epoch) : undefined })) console.log(`wrote ${path}`);
} catch (error) {
  console.error(`release: ${error.message}`);
  process.exit(1);
}
