import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { readCommitted, root } from "./deviceFiles";

test("the bundle and the [js] files in device/ are what esbuild builds from src/ now", () => {
  const run = spawnSync(process.execPath, [join(root, "scripts/patchers/freshBuildHashes.mjs")], {
    cwd: root,
    encoding: "utf8",
  });
  assert.is(run.status, 0, run.stderr);
  const fresh = JSON.parse(run.stdout) as { [path: string]: string };
  assert.ok(Object.keys(fresh).includes("device/protocol0.js"), Object.keys(fresh).join(", "));
  assert.ok(Object.keys(fresh).includes("device/lom-shim.js"), Object.keys(fresh).join(", "));
  for (const [path, hash] of Object.entries(fresh)) {
    const committed = createHash("sha256").update(readCommitted(path)).digest("hex");
    assert.is(committed, hash, `${path} is not the fresh build: run node scripts/build.mjs`);
  }
});

test.run();
