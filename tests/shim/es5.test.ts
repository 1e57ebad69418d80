// The emitted shim must parse as ES5 (Max's old [js] engine) with its Max handlers at top level.
import { readFileSync } from "node:fs";
import { parse } from "acorn";
import type { Program } from "acorn";
import { test } from "uvu";
import * as assert from "uvu/assert";

const source = readFileSync("device/lom-shim.js", "utf8");
const HANDLERS = ["ready", "lom_hello", "lom_spec", "lom_batch", "anything"];

test("device/lom-shim.js parses as ECMAScript 5", () => {
  assert.not.throws(() => parse(source, { ecmaVersion: 5, sourceType: "script" }));
});

test("the ES2015 parser is not what makes it pass: an arrow function fails at ecmaVersion 5", () => {
  assert.throws(() => parse(`${source}\nvar f = () => 1;`, { ecmaVersion: 5, sourceType: "script" }));
});

test("Max's handlers are top-level function declarations; inlets and outlets are set at top level", () => {
  const program = parse(source, { ecmaVersion: 5, sourceType: "script" }) as Program;
  const declared = program.body.flatMap((node) => (node.type === "FunctionDeclaration" && node.id ? [node.id.name] : []));
  for (const name of HANDLERS) assert.ok(declared.includes(name), `${name} is a top-level function`);
  const assigned = program.body.flatMap((node) =>
    node.type === "ExpressionStatement" && node.expression.type === "AssignmentExpression" && node.expression.left.type === "Identifier"
      ? [node.expression.left.name]
      : [],
  );
  assert.ok(assigned.includes("inlets") && assigned.includes("outlets"));
});

test.run();
