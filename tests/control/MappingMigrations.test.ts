// Old mapping documents are migrated one step a version; a newer one is refused with a reason; an id no
// action has is kept, listed, and everything else of the document stays.
import { mappingSchema } from "../../src/control/MappingSchema";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import schema from "../../src/control/mapping.schema.json";
import { MAPPING_VERSION, migrate } from "../../src/control/MappingMigrations";
import { MappingValidator } from "../../src/control/MappingValidator";
import { findSyntaxProblem } from "../../src/control/JsonSyntax";
import { cloneDefaultMapping } from "./harness";

const validator = new MappingValidator(createActionRegistry());

test("the schema's version is the one the device writes", () => {
  assert.is(schema.properties.version.const, MAPPING_VERSION);
});

test("a version 0 document (no version) migrates to the current version and validates", () => {
  const { version: _version, ...old } = cloneDefaultMapping();
  const migrated = migrate(old);
  assert.equal(migrated, { ok: true, document: cloneDefaultMapping(), from: 0 });
  assert.not.ok("version" in old, "the caller's document is left as it is");
  const result = validator.validate(old);
  assert.equal(result.ok ? result.mapping : result.errors, cloneDefaultMapping());
});

test("a version 1 document (actions by id only) reads as version 2, every binding meaning the same", () => {
  const old = { ...cloneDefaultMapping(), version: 1 };
  assert.equal(migrate(old), { ok: true, document: cloneDefaultMapping(), from: 1 });
  const result = validator.validate(old);
  assert.equal(result.ok ? result.mapping : result.errors, cloneDefaultMapping());
});

test("the committed schema is the one generated from the action definitions", () => {
  assert.equal(schema, JSON.parse(JSON.stringify(mappingSchema(createActionRegistry().all()))));
});

test("a newer version is refused with a reason; a malformed one is left to the schema", () => {
  assert.equal(migrate({ ...cloneDefaultMapping(), version: 3 }), {
    ok: false,
    message: `version 3 is newer than this device reads (${MAPPING_VERSION}): update Protocol0`,
  });
  const result = validator.validate({ ...cloneDefaultMapping(), version: 1.5 });
  assert.equal(result.ok ? [] : result.errors.map((e) => e.path), ["/version"]);
});

test("an unknown action id is kept and listed; the rest of the document is valid as it is", () => {
  const doc = cloneDefaultMapping();
  doc.groups[1]!.encoders[0]!.press = "transport.warp";
  const result = validator.validate(doc);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.equal(result.mapping, doc);
  assert.equal(result.unknown, [{ path: "/groups/1/encoders/0/press", id: "transport.warp" }]);
});

test("a JSON syntax problem is found with its line and column", () => {
  assert.equal(findSyntaxProblem('{\n  "a": [1, 2,]\n}'), { line: 2, column: 14, message: "expected a value, not ]" });
  assert.equal(findSyntaxProblem('{"a" 1}'), { line: 1, column: 6, message: "expected ':' after a property name" });
  assert.equal(findSyntaxProblem("[[[["), { line: 1, column: 5, message: "the text ends before the document does" });
  assert.equal(findSyntaxProblem("{} x"), { line: 1, column: 4, message: "unexpected x after the document" });
  assert.equal(findSyntaxProblem('"\\q"'), { line: 1, column: 1, message: "malformed string" });
  assert.is(findSyntaxProblem(JSON.stringify(cloneDefaultMapping(), null, 2)), undefined);
  assert.is(findSyntaxProblem("[".repeat(100_000))?.message, "the text ends before the document does", "no recursion");
});

test.run();
