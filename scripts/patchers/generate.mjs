// Generates patchers/*.maxpat, device/*.amxd and docs/device.svg: bundles the TypeScript generator
// with esbuild into .build/ and runs it. Usage: node scripts/patchers/generate.mjs
import { build } from "esbuild";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const outfile = join(root, ".build/patchers/generate.cjs");

export async function generateDevices() {
  await build({
    entryPoints: [join(root, "scripts/patchers/generate.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node18",
    logLevel: "warning",
  });
  const { writeGeneratedFiles } = createRequire(import.meta.url)(outfile);
  return writeGeneratedFiles(root);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const path of await generateDevices()) console.log(`wrote ${path}`);
}
