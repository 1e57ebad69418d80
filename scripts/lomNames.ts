// Writes src/lom/LomNames.generated.ts from Live 12's API inventory (shared/reference).
//   npm run lom-names
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { GENERATED_PATH, INVENTORY_PATH, renderLomNames, type Inventory } from "./lom/renderLomNames";

const text = renderLomNames(JSON.parse(readFileSync(INVENTORY_PATH, "utf8")) as Inventory);
const current = existsSync(GENERATED_PATH) ? readFileSync(GENERATED_PATH, "utf8") : "";
if (current !== text) writeFileSync(GENERATED_PATH, text);
console.log(`${GENERATED_PATH}: ${current === text ? "current" : "rewritten"}`);
