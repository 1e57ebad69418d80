// The README's action table is generated from the registry: it must be current, and list every action.
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import { renderActionTable, TABLE_END, TABLE_START } from "../../src/actions/ActionTable";
import type { MappingDocument } from "../../src/control/Mapping";
import defaultMapping from "../../src/control/defaultMapping.json";
import { ACTION_TABLE, withSection } from "../../scripts/readme/sections";

const table = () => renderActionTable(createActionRegistry(), defaultMapping as MappingDocument);

test("README.md's action table is the generated one (node scripts/run.mjs scripts/readmeSections.ts --write)", () => {
  const readme = readFileSync("README.md", "utf8");
  assert.ok(readme.includes(TABLE_START) && readme.includes(TABLE_END), "the markers are in README.md");
  assert.fixture(withSection(readme, ACTION_TABLE), readme);
});

test("one row per registered action, with its default knob", () => {
  const rows = table().split("\n").slice(2);
  const registry = createActionRegistry();
  assert.is(rows.length, registry.all().length);
  assert.ok(rows.some((row) => row.startsWith("| `nav.foldGroup` |") && row.includes("Main 13 (long press)")), rows.join("\n"));
  assert.ok(rows.some((row) => row.startsWith("| `clip.mono` |") && row.includes("| selected clip |")));
});

test("a README without the markers is refused, not rewritten", () => {
  assert.throws(() => withSection("# no markers\n", ACTION_TABLE), /actions:start/);
});

test.run();
