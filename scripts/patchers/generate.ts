// Writes the generated patchers, devices and device picture into the repository.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generatedFiles } from "./generatedFiles";

export function writeGeneratedFiles(root: string): string[] {
  return generatedFiles().map(({ path, content }) => {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    return path;
  });
}
