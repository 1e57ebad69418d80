// Writes src/control/mapping.schema.json, the mapping document's JSON Schema for the built-in actions,
// from their definitions (src/control/MappingSchema.ts); tests/control/MappingSchema.test.ts checks it
// is current.   node scripts/run.mjs scripts/mappingSchema.ts [--write]
import { readFileSync, writeFileSync } from "node:fs";
import { createActionRegistry } from "../src/actions/ActionCatalogue";
import { mappingSchema } from "../src/control/MappingSchema";

export const SCHEMA_FILE = "src/control/mapping.schema.json";

const text = `${JSON.stringify(mappingSchema(createActionRegistry().all()), null, 2)}\n`;
if (process.argv.includes("--write")) {
  const current = readFileSync(SCHEMA_FILE, "utf8");
  if (current !== text) writeFileSync(SCHEMA_FILE, text);
  console.log(current === text ? `${SCHEMA_FILE} is current` : `${SCHEMA_FILE} rewritten`);
} else process.stdout.write(text);
