// The README's generated sections, each between its markers: generated from the code so they cannot drift
// from it (scripts/readmeSections.ts writes them; a test per section checks it is current).
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import { renderActionTable, TABLE_END, TABLE_START } from "../../src/actions/ActionTable";
import { EC4_END, EC4_START, renderEc4Programming } from "../../src/control/Ec4Programming";
import type { MappingDocument } from "../../src/control/Mapping";
import defaultMapping from "../../src/control/defaultMapping.json";

export interface ReadmeSection {
  name: string;
  start: string;
  end: string;
  render(): string;
}

const mapping = defaultMapping as MappingDocument;

export const ACTION_TABLE: ReadmeSection = {
  name: "the action table",
  start: TABLE_START,
  end: TABLE_END,
  render: () => renderActionTable(createActionRegistry(), mapping),
};

export const EC4_PROGRAMMING: ReadmeSection = {
  name: "the EC4 programming",
  start: EC4_START,
  end: EC4_END,
  render: () => renderEc4Programming(mapping),
};

export const README_SECTIONS: readonly ReadmeSection[] = [ACTION_TABLE, EC4_PROGRAMMING];

/** The README with the text between the section's markers replaced; throws when the markers are missing. */
export function withSection(readme: string, section: ReadmeSection, text = section.render()): string {
  const start = readme.indexOf(section.start);
  const end = readme.indexOf(section.end);
  if (start < 0 || end < start) throw new Error(`README.md needs ${section.start} followed by ${section.end}`);
  return `${readme.slice(0, start + section.start.length)}\n${text}\n${readme.slice(end)}`;
}
