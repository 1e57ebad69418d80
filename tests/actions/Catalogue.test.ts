// Every action of the catalogue is implemented in the running app: a knob mapped to one without a handler
// would only ever say "not implemented yet".
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ACTION_CATALOGUE } from "../../src/actions/ActionCatalogue";
import { rigWith } from "../support/rigWith";

test("the running app's registry holds exactly the catalogue, each action with a handler", async () => {
  const { app } = await rigWith("flat");
  const registered = app.control.registry.all();
  assert.equal(registered.map((a) => a.id).sort(), ACTION_CATALOGUE.map((a) => a.id).sort());
  const unimplemented = registered.filter((a) => a.handler === undefined).map((a) => a.id);
  assert.equal(unimplemented, []);
});

test.run();
