// Runs every uvu suite built into .build/tests and closes with one plain totals line.
import { spawnSync } from "node:child_process";

const args = ["node_modules/uvu/bin.js", ".build/tests", ".test.js$", ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
process.stdout.write(run.stdout);
const total = Number(/Total:\s+(\d+)/.exec(run.stdout)?.[1] ?? 0);
const passed = Number(/Passed:\s+(\d+)/.exec(run.stdout)?.[1] ?? 0);
const skipped = Number(/Skipped:\s+(\d+)/.exec(run.stdout)?.[1] ?? 0);
const failed = run.status === 0 ? total - passed - skipped : Math.max(1, total - passed - skipped);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && total > 0 ? 0 : 1);
