// The Node 16 that `npm test` also runs the suites under: Live 11's bundled Max 8.5 runs node.script
// in Node 16. Its binary comes from the npm registry (node-<platform>-<arch> packages, each holding one
// official build), locked in this folder's package-lock.json and installed into node_modules/.node16
// by `npm ci` (the root package's postinstall runs this file).
//
// A project of its own, not a root devDependency: every one of these packages names its binary
// `node`, and npm puts a root dependency's binaries first on the PATH of npm scripts
// (node_modules/.bin/node), which would run the build and every script under Node 16 too.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const prefix = join(here, "../../node_modules/.node16");
const manifest = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));

/** Installs the locked Node 16 for this platform; npm skips the packages of other platforms. */
export function installNode16() {
  mkdirSync(prefix, { recursive: true });
  for (const file of ["package.json", "package-lock.json"]) copyFileSync(join(here, file), join(prefix, file));
  // The npm that runs this file (`npm ci` through postinstall, or `npm run node16`).
  const npm = process.env.npm_execpath;
  if (!npm) throw new Error("run this through npm: npm run node16");
  // Optional whatever the outer install omits: npm hands its own flags down as npm_config_* variables.
  const args = [npm, "ci", "--prefix", prefix, "--include=optional", "--no-audit", "--no-fund", "--loglevel=error"];
  const run = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (run.status !== 0) throw new Error(`installing Node 16 into ${prefix} failed`);
}

/**
 * The Node 16 binary's path: NODE16_BINARY when set (a platform the registry has none for), else the
 * installed one, else an error that says how to get one.
 */
export function node16Binary() {
  if (process.env.NODE16_BINARY) return process.env.NODE16_BINARY;
  for (const name of Object.keys(manifest.optionalDependencies)) {
    const dir = join(prefix, "node_modules", name);
    if (!existsSync(join(dir, "package.json"))) continue;
    const binary = join(dir, JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).bin.node);
    if (existsSync(binary)) return binary;
  }
  throw new Error(
    `no Node 16 binary in node_modules/.node16 for ${process.platform}-${process.arch}: ` +
      "`npm ci` installs it (or `npm run node16`); the npm registry has one for " +
      "linux-x64, linux-arm64, darwin-x64, darwin-arm64 and win32-x64 only (elsewhere set NODE16_BINARY)",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) installNode16();
