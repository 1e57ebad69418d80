// Runs every uvu suite built into .build/tests twice: in this Node, then in Node 16, the Node of Live 11's
// bundled Max 8.5 (the suites play MIDI through the built bundle and shim, so the second run proves they
// run there). Closes with one plain totals line over both runs.
import { spawnSync } from "node:child_process";
import { node16Binary } from "./node16/node16.mjs";

const uvu = ["node_modules/uvu/bin.js", ".build/tests", ".test.js$", ...process.argv.slice(2)];

/** Runs the suites in `node`, prints uvu's report under a header, and returns its counts. */
function runSuites(node, version, why) {
  console.log(`\n=== Node ${version} (${why}) ===`);
  const run = spawnSync(node, uvu, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 28 });
  process.stdout.write(run.stdout ?? "");
  const count = (label) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(run.stdout ?? "")?.[1] ?? 0);
  const [total, passed, skipped] = [count("Total"), count("Passed"), count("Skipped")];
  const failed = run.status === 0 ? total - passed - skipped : Math.max(1, total - passed - skipped);
  return { passed, failed, skipped, ok: run.status === 0 && total > 0 };
}

/** Node 16's run, or one failure that says why it could not run. */
function runInNode16() {
  try {
    const node = node16Binary();
    const asked = spawnSync(node, ["--version"], { encoding: "utf8" });
    const version = asked.stdout?.trim() ?? "";
    if (!version.startsWith("v16.")) throw new Error(`${node} is not Node 16 (${version || asked.error?.message})`);
    return runSuites(node, version, "Live 11's Max 8.5");
  } catch (error) {
    console.error(`\nNode 16: ${error.message}`);
    return { passed: 0, failed: 1, skipped: 0, ok: false };
  }
}

const runs = [runSuites(process.execPath, process.version, "this Node"), runInNode16()];
const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
console.log(`\ntests: ${sum("passed")} passed, ${sum("failed")} failed, ${sum("skipped")} skipped`);
process.exit(runs.every((run) => run.ok) ? 0 : 1);
