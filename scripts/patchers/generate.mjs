// Generates patchers/*.maxpat, device/*.amxd and docs/device.svg: bundles the TypeScript generator
// with esbuild into .build/ and runs it. Usage: node scripts/patchers/generate.mjs
import { loadScriptModule } from "../build.mjs";

const root = new URL("../..", import.meta.url).pathname;

export async function generateDevices() {
  const { writeGeneratedFiles } = await loadScriptModule("scripts/patchers/generate.ts", "patchers/generate.cjs");
  return writeGeneratedFiles(root);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const path of await generateDevices()) console.log(`wrote ${path}`);
}
