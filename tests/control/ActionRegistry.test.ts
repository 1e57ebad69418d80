import { test } from "uvu";
import * as assert from "uvu/assert";
import { GESTURES } from "../../src/actions/Action";
import { ACTION_CATALOGUE, createActionRegistry } from "../../src/actions/ActionCatalogue";
import { ACTION_ID_PATTERN, ActionRegistry } from "../../src/actions/ActionRegistry";
import schema from "../../src/control/mapping.schema.json";
import defaultMapping from "../../src/control/defaultMapping.json";

const press = { gestures: ["press"] as const, needs: [], title: "T", description: "" };

test("the catalogue registers every action the default mapping names, each with metadata", () => {
  const registry = createActionRegistry();
  assert.is(registry.all().length, ACTION_CATALOGUE.length);
  const encoders = defaultMapping.groups.flatMap((g): Record<string, unknown>[] => g.encoders);
  const named = encoders.flatMap((e) => GESTURES.map((gesture) => e[gesture]).filter((id) => id !== undefined));
  assert.ok(named.length > 30);
  for (const id of named) assert.ok(typeof id === "string" && registry.has(id), `${String(id)} registered`);
  for (const definition of registry.all()) {
    assert.ok(definition.title.length > 0 && definition.description.length > 0, definition.id);
    assert.is(definition.handler, undefined, "implementations are attached by the actions layer");
  }
});

test("registration refuses malformed ids, duplicates and actions without gestures", () => {
  const registry = new ActionRegistry();
  registry.register({ id: "log.set", ...press });
  assert.throws(() => registry.register({ id: "log.set", ...press }), /twice/);
  assert.throws(() => registry.register({ id: "Log Set", ...press }), /malformed/);
  assert.throws(() => registry.register({ id: "nodot", ...press }), /malformed/);
  assert.throws(() => registry.register({ id: "log.none", ...press, gestures: [] }), /no gesture/);
});

test("implement attaches a handler and guard to a registered action only", () => {
  const registry = new ActionRegistry();
  registry.register({ id: "log.set", ...press });
  const handler = (): void => undefined;
  const guard = (): string => "not now";
  registry.implement("log.set", handler, guard);
  assert.is(registry.get("log.set")?.handler, handler);
  assert.is(registry.get("log.set")?.guard, guard);
  assert.throws(() => registry.implement("log.other", handler), /unknown/);
});

test("the schema's action id pattern is the registry's", () => {
  assert.is(schema.definitions.actionId.pattern, ACTION_ID_PATTERN.source);
});

test.run();
