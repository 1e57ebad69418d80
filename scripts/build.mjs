// Builds the two runtime files Max loads from device/, and (with --tests) the test suites.
import { createRequire } from "node:module";
import { build } from "esbuild";
import { readdirSync, statSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/**
 * The Node for Max bundle: CommonJS for the Node that Max bundles, Node 16 in Live 11's Max 8.5 and
 * Node 20 in Max 8.6 and Max 9. esbuild lowers syntax to Node 16.0, not APIs: the suites' run in
 * Node 16 (scripts/test.mjs) is what finds an API Node 16 lacks.
 */
export const bundleOptions = {
  entryPoints: [join(root, "src/host/main.ts")],
  outfile: join(root, "device/protocol0.js"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node16",
  external: ["max-api"],
  // Class names appear in logs and the model dump.
  keepNames: true,
  legalComments: "none",
  logLevel: "warning",
};

/**
 * The [js] shim: ES5 for Max's old engine. esbuild refuses what it cannot lower to ES5.
 * ESM format without tree shaking leaves Max's handler functions at top level, unwrapped.
 */
export const shimOptions = {
  entryPoints: [join(root, "src/shim/main.ts")],
  outfile: join(root, "device/lom-shim.js"),
  bundle: true,
  platform: "neutral",
  format: "esm",
  target: "es5",
  treeShaking: false,
  legalComments: "none",
  logLevel: "warning",
};

/** The input device's [js]: ES5 like the shim; it tags [midiin] bytes with the track's real channel. */
export const inputOptions = {
  ...shimOptions,
  entryPoints: [join(root, "src/input/main.ts")],
  outfile: join(root, "device/p0-input.js"),
};

/** The grid cells' [jsui]: ES5 like the shim; it draws a knob's label, gesture words and titles apart. */
export const cellOptions = {
  ...shimOptions,
  entryPoints: [join(root, "src/cell/main.ts")],
  outfile: join(root, "device/p0-cell.js"),
};

/** Every runtime file Max loads, as built by buildDevice. */
export const runtimeBuilds = [bundleOptions, shimOptions, inputOptions, cellOptions];

function testEntries(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "fixtures" ? [] : testEntries(path);
    return name.endsWith(".test.ts") ? [path] : [];
  });
}

export async function buildDevice() {
  await Promise.all(runtimeBuilds.map((options) => build(options)));
}

/** Scripts and tests run in the developer's Node (20 or later), dependencies left in node_modules. */
export const localNodeOptions = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning",
};

/**
 * Bundles one TypeScript module of the repository's scripts (`entry`, relative to the root) into
 * .build/ and loads it: the generators and the release writer run this way.
 */
export async function loadScriptModule(entry, outName) {
  const outfile = join(root, ".build", outName);
  await build({ ...localNodeOptions, entryPoints: [join(root, entry)], outfile });
  return createRequire(import.meta.url)(outfile);
}

/**
 * `only` keeps the test files whose path contains it (and leaves other built suites in place). The
 * suites also run in Node 16, so they are lowered as the bundle is.
 */
export async function buildTests(only) {
  if (!only) rmSync(join(root, ".build/tests"), { recursive: true, force: true });
  await build({
    ...localNodeOptions,
    target: bundleOptions.target,
    entryPoints: testEntries(join(root, "tests")).filter((path) => !only || path.includes(only)),
    outdir: join(root, ".build/tests"),
    outbase: join(root, "tests"),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildDevice();
  const at = process.argv.indexOf("--tests");
  if (at >= 0) await buildTests(process.argv[at + 1]);
}
