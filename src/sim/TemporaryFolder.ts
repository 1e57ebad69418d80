// A temporary folder that is removed when the process exits: the rig's log folders, the tests' files.
// Each test run made hundreds of them, and nothing removed them (49,000 log folders in one tmp).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The folders to remove, one list a process: each test file is bundled with its own copy of this module,
 * and uvu runs them in one process, so a list a module would add an exit listener a file.
 */
const KEY = Symbol.for("protocol0.temporaryFolders");

function madeFolders(): string[] {
  const holder = globalThis as { [KEY]?: string[] };
  let made = holder[KEY];
  if (made === undefined) {
    const list: string[] = [];
    made = holder[KEY] = list;
    process.once("exit", () => {
      for (const dir of list.splice(0)) rmSync(dir, { recursive: true, force: true });
    });
  }
  return made;
}

/** A new empty folder under the system's temporary folder, named `<prefix>-XXXXXX`, gone at exit. */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  madeFolders().push(dir);
  return dir;
}
