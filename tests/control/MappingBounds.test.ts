// A mapping document of any size is validated in bounded work: the value count stops at its limit,
// so a huge wrong document never reaches the schema, and a refused one keeps a bounded number of errors.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import { countValues, MAX_MAPPING_CHARS, MAX_MAPPING_ERRORS, MAX_MAPPING_VALUES } from "../../src/control/MappingBounds";
import { parseMappingText } from "../../src/control/MappingText";
import { MappingValidator } from "../../src/control/MappingValidator";
import { wrongEverywhere } from "../bench/mappingBench";
import { cloneDefaultMapping } from "./harness";

/** 64 groups of 16 knobs, each a shift knob and 15 knobs binding every gesture, shifted too: the largest mapping the schema allows. */
function largestMapping(): unknown {
  const doc = cloneDefaultMapping();
  const shift = { press: "scene.create", longPress: "scene.delete", scroll: "nav.tracks" };
  const knob = (i: number, base: number) =>
    i === 0
      ? { position: 1, cc: base + 1, label: "K1", role: "shift" as const, press: "scene.fire", scroll: "nav.scenes" }
      : { position: i + 1, cc: base + i + 1, label: `K${i + 1}`, press: "scene.fire", longPress: "scene.loop", doublePress: "scene.duplicate", scroll: "nav.scenes", shift };
  const knobs = (base: number) => Array.from({ length: 16 }, (_, i) => knob(i, base));
  // Four groups share each channel, each on 32 CCs of its own.
  doc.groups = Array.from({ length: 64 }, (_, i) => {
    const base = (i >> 4) * 32;
    return { name: `G${i}`, addressing: { channel: (i % 16) + 1, ccRange: { from: base, to: base + 31 } }, encoders: knobs(base) };
  });
  return doc;
}

test("counting a document's values stops at the limit, whatever its size", () => {
  for (const groups of [1, 10, 100, 1_000, 10_000, 100_000]) {
    const doc = wrongEverywhere(groups);
    const counted = countValues(doc);
    assert.ok(counted <= MAX_MAPPING_VALUES + 1, `${groups} groups: ${counted} values counted`);
    if (groups <= 10) assert.is(counted, countValues(doc, Infinity), "a small document is counted whole");
  }
  const largest = countValues(largestMapping(), Infinity);
  assert.ok(largest <= MAX_MAPPING_VALUES, `the largest mapping the schema allows is under the limit: ${largest} values`);
});

test("a refused document keeps at most MAX_MAPPING_ERRORS errors and counts the rest, for documents of any size", () => {
  const validator = new MappingValidator(createActionRegistry());
  const seen: number[] = [];
  for (const groups of [1, 10, 64, 100, 1_000, 100_000]) {
    const result = validator.validate(wrongEverywhere(groups));
    assert.not.ok(result.ok);
    if (result.ok) return;
    assert.ok(result.errors.length <= MAX_MAPPING_ERRORS, `${groups} groups: ${result.errors.length} errors kept`);
    assert.ok(result.total >= result.errors.length);
    seen.push(result.total);
  }
  assert.ok(seen[2]! > seen[1]! && seen[1]! > seen[0]!, "within the limits every error is counted");
  const huge = validator.validate(wrongEverywhere(100_000));
  assert.equal(huge.ok ? [] : huge.errors, [{ path: "", message: `more than ${MAX_MAPPING_VALUES} values: too large for a mapping` }]);
  assert.ok(validator.validate(largestMapping()).ok, "the largest mapping is valid");
});

test("the schema bounds its lists and strings: 65 groups or a 65-character action id are refused", () => {
  const validator = new MappingValidator(createActionRegistry());
  const doc = largestMapping() as ReturnType<typeof cloneDefaultMapping>;
  doc.groups.push({ ...doc.groups[0]!, name: "extra" });
  const tooMany = validator.validate(doc);
  assert.equal(tooMany.ok ? [] : tooMany.errors.map((e) => e.path), ["/groups"]);
  const longId = cloneDefaultMapping();
  longId.groups[0]!.encoders[0]!.press = `transport.${"x".repeat(55)}`;
  const refused = validator.validate(longId);
  assert.equal(refused.ok ? [] : refused.errors.map((e) => e.path), ["/groups/0/encoders/0/press"]);
});

test("a text longer than a mapping can be is refused before it is parsed", () => {
  const parsed = parseMappingText(" ".repeat(MAX_MAPPING_CHARS + 1));
  assert.equal(parsed, { ok: false, message: "601 KB is too large for a mapping (at most 600 KB)" });
  assert.ok(parseMappingText(JSON.stringify(largestMapping(), null, 2)).ok, "the largest mapping, indented, fits");
});

test.run();
