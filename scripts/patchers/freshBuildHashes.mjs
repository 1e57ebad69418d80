// Prints, as JSON, the sha256 of every runtime file that scripts/build.mjs would write now (each exported
// `*Options` esbuild configuration, built in memory). The device tests compare these with device/.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { relative } from "node:path";
import * as buildConfig from "../build.mjs";

const root = new URL("../..", import.meta.url).pathname;
const hashes = {};
for (const [name, options] of Object.entries(buildConfig)) {
  if (!name.endsWith("Options") || typeof options?.outfile !== "string") continue;
  const result = await build({ ...options, write: false, logLevel: "silent" });
  for (const file of result.outputFiles) {
    hashes[relative(root, file.path)] = createHash("sha256").update(file.contents).digest("hex");
  }
}
process.stdout.write(JSON.stringify(hashes));
