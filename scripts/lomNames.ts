// Regenerates the committed LOM data and the typed names from the shared reference:
//   npm run lom-names
// reads ../shared/reference (beside the repository; only this command needs it), writes src/lom/lomData.json,
// then renders src/lom/LomNames.generated.ts from it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { LOM_DATA_PATH } from "../src/lom/LomData";
import { readLomData, renderLomData } from "./lom/deriveLomData";
import { GENERATED_PATH, renderLomNames } from "./lom/renderLomNames";

function write(path: string, text: string): void {
  const current = existsSync(path) ? readFileSync(path, "utf8") : "";
  if (current !== text) writeFileSync(path, text);
  console.log(`${path}: ${current === text ? "current" : "rewritten"}`);
}

try {
  const data = readLomData();
  write(LOM_DATA_PATH, renderLomData(data));
  write(GENERATED_PATH, renderLomNames(data));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
