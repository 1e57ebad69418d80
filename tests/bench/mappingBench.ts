// What validating a wrong mapping costs: a document with every value of the wrong type, from the largest
// the schema allows to 3 MB (which took 23 s before the size bounds), through the device's own path
// (text checked, parsed, validated). `npm run bench` prints it; the tests count, they never time.
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import defaultMapping from "../../src/control/defaultMapping.json";
import { parseMappingText } from "../../src/control/MappingText";
import { MappingValidator } from "../../src/control/MappingValidator";

/** A document of `groups` groups of 16 knobs whose every value has the wrong type (tests count its errors). */
export function wrongEverywhere(groups: number): unknown {
  const encoder = { position: "x", cc: "y", label: 5, press: 7, scroll: [] };
  const group = { name: 1, addressing: { channel: "a" }, encoders: Array.from({ length: 16 }, () => ({ ...encoder })) };
  return { ...defaultMapping, groups: Array.from({ length: groups }, () => ({ ...group })) };
}

export function mappingValidationBench(): Record<string, unknown> {
  const validator = new MappingValidator(createActionRegistry());
  const figures = [64, 400, 3_000].map((groups) => {
    const text = JSON.stringify(wrongEverywhere(groups));
    const start = process.hrtime.bigint();
    const parsed = parseMappingText(text);
    const result = parsed.ok ? validator.validate(parsed.document) : undefined;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const errors = result === undefined ? "text too large" : result.ok ? 0 : result.total;
    return { kB: Math.round(text.length / 1000), ms: Math.round(ms * 10) / 10, errors };
  });
  return { documents: figures };
}
