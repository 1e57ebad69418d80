// A temporary folder that is removed when the process exits: the rig's log folders, the tests' files.
// Each test run made hundreds of them, and nothing removed them (49,000 log folders in one tmp).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

function removeAll(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A new empty folder under the system's temporary folder, named `<prefix>-XXXXXX`, gone at exit. */
export function temporaryFolder(prefix: string): string {
  if (made.length === 0) process.once("exit", removeAll);
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  made.push(dir);
  return dir;
}
