import { test } from "uvu";
import * as assert from "uvu/assert";
import { GESTURES, defineAction } from "../../src/actions/Action";
import { ACTION_CATALOGUE, createActionRegistry } from "../../src/actions/ActionCatalogue";
import { ACTION_ID_PATTERN, ActionRegistry } from "../../src/actions/ActionRegistry";
import { bindingCalls, type Binding } from "../../src/control/Mapping";
import schema from "../../src/control/mapping.schema.json";
import defaultMapping from "../../src/control/defaultMapping.json";

const press = { gestures: ["press"] as const, needs: [], title: "T", description: "", run: () => undefined };

test("the catalogue registers every action the default mapping names, each with metadata", () => {
  const registry = createActionRegistry();
  assert.is(registry.all().length, ACTION_CATALOGUE.length);
  const encoders = defaultMapping.groups.flatMap((g): Record<string, unknown>[] => g.encoders);
  const named = encoders.flatMap((e) => GESTURES.flatMap((gesture) => (e[gesture] === undefined ? [] : bindingCalls(e[gesture] as Binding).map((call) => call.action))));
  assert.ok(named.length > 30);
  for (const id of named) assert.ok(registry.has(id), `${id} registered`);
  for (const definition of registry.all()) {
    assert.ok(definition.title.length > 0 && definition.description.length > 0, definition.id);
    assert.type(definition.run, "function", "each definition says what it does");
  }
});

test("a registry refuses malformed ids, duplicates and actions without gestures", () => {
  const logSet = defineAction({ id: "log.set", ...press });
  assert.throws(() => new ActionRegistry([logSet, logSet]), /twice/);
  assert.throws(() => new ActionRegistry([defineAction({ id: "Log Set", ...press })]), /malformed/);
  assert.throws(() => new ActionRegistry([defineAction({ id: "nodot", ...press })]), /malformed/);
  assert.throws(() => new ActionRegistry([defineAction({ id: "log.none", ...press, gestures: [] })]), /no gesture/);
});

test("implement replaces the run and refusal of a defined action only", () => {
  const registry = new ActionRegistry([defineAction({ id: "log.set", ...press })]);
  const run = (): void => undefined;
  const refuse = (): string => "not now";
  registry.implement("log.set", run, refuse);
  assert.is(registry.get("log.set")?.run, run);
  assert.is(registry.get("log.set")?.refuse, refuse);
  assert.throws(() => registry.implement("log.other", run), /unknown/);
});

test("the schema's action id pattern is the registry's", () => {
  assert.is(schema.definitions.actionId.pattern, ACTION_ID_PATTERN.source);
});

test.run();
