// Prints the README's action table from the registry; with --write, puts it between the markers in README.md.
//   node scripts/run.mjs scripts/actionTable.ts [--write]
import { readFileSync, writeFileSync } from "node:fs";
import { createActionRegistry } from "../src/actions/ActionCatalogue";
import { renderActionTable, withActionTable } from "../src/actions/ActionTable";
import type { MappingDocument } from "../src/control/Mapping";
import defaultMapping from "../src/control/defaultMapping.json";

const table = renderActionTable(createActionRegistry(), defaultMapping as MappingDocument);
if (process.argv.includes("--write")) {
  const readme = readFileSync("README.md", "utf8");
  const updated = withActionTable(readme, table);
  if (updated !== readme) writeFileSync("README.md", updated);
  console.log(updated === readme ? "README.md: the action table is current" : "README.md: action table rewritten");
} else {
  console.log(table);
}
