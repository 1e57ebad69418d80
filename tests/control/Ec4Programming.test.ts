// The README's EC4 programming is generated from the default mapping: it must be current, and what it
// tells the musician to program must be what the script decodes.
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EC4_END, EC4_START, renderEc4Programming } from "../../src/control/Ec4Programming";
import { encoderNote, type MappingDocument } from "../../src/control/Mapping";
import { decodeRelative } from "../../src/control/RelativeEncoding";
import defaultMapping from "../../src/control/defaultMapping.json";
import { loadedStatus } from "../../src/ui/StatusLine";
import { EC4_PROGRAMMING, withSection } from "../../scripts/readme/sections";

const mapping = defaultMapping as MappingDocument;
const readme = (): string => readFileSync("README.md", "utf8");

test("README.md's EC4 programming is the generated one (node scripts/run.mjs scripts/readmeSections.ts --write)", () => {
  const text = readme();
  assert.ok(text.includes(EC4_START) && text.includes(EC4_END), "the markers are in README.md");
  assert.fixture(withSection(text, EC4_PROGRAMMING), text);
});

test("one row per group with its channel; the default mapping's knobs follow the rules the table states", () => {
  const rows = renderEc4Programming(mapping).split("\n").filter((line) => /^\| \d/.test(line));
  assert.equal(rows.map((row) => row.split(" | ")[1]), mapping.groups.map((g) => String(g.addressing.channel)));
  assert.ok(rows.every((row) => row.endsWith("| knob position | CC − 1 |")), rows.join("\n"));
  for (const encoder of mapping.groups.flatMap((g) => g.encoders)) {
    assert.is(encoder.cc, encoder.position);
    assert.is(encoderNote(encoder), encoder.cc - 1);
  }
  // CCr1, relative mode 1: 1 is a step clockwise, 127 a step counter-clockwise.
  assert.is(mapping.relativeEncoding, "twosComplement");
  assert.equal([decodeRelative(mapping.relativeEncoding, 1), decodeRelative(mapping.relativeEncoding, 127)], [
    { direction: 1, delta: 1 },
    { direction: -1, delta: 1 },
  ]);
  assert.match(renderEc4Programming(mapping), /\*\*CCr1\*\*/);
});

test("a knob off the rules is listed with its own numbers", () => {
  const doc = JSON.parse(JSON.stringify(mapping)) as MappingDocument;
  const knob = doc.groups[0]!.encoders.find((e) => e.position === 4)!;
  knob.cc = 40;
  knob.note = 7;
  assert.match(renderEc4Programming(doc), /\| 1 Main \| 4 \| 1–5, 8–16 \| 1 → 1, 2 → 2, 3 → 3, 4 → 40, .* \| 1 → 0, 2 → 1, 3 → 2, 4 → 7, /);
});

test("the README quotes the status line the device shows when it is ready", () => {
  assert.ok(readme().includes(`\`${loadedStatus("ready", mapping)}\``), loadedStatus("ready", mapping));
});

test.run();
