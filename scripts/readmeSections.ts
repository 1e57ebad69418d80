// Prints the README's generated sections; with --write, puts each between its markers in README.md.
//   node scripts/run.mjs scripts/readmeSections.ts [--write]
import { readFileSync, writeFileSync } from "node:fs";
import { README_SECTIONS, withSection } from "./readme/sections";

if (process.argv.includes("--write")) {
  const readme = readFileSync("README.md", "utf8");
  const updated = README_SECTIONS.reduce((text, section) => withSection(text, section), readme);
  if (updated !== readme) writeFileSync("README.md", updated);
  console.log(updated === readme ? "README.md: the generated sections are current" : "README.md: generated sections rewritten");
} else {
  for (const section of README_SECTIONS) console.log(`${section.start}\n${section.render()}\n${section.end}\n`);
}
