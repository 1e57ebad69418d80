// The running app's actions are the catalogue's, installed: each run receives the app's services.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ACTION_CATALOGUE } from "../../src/actions/ActionCatalogue";
import { rigWith } from "../support/rigWith";

test("the running app's registry holds exactly the catalogue, installed", async () => {
  const { app } = await rigWith("flat");
  const registered = app.control.registry.all();
  assert.equal(registered.map((a) => a.id).sort(), ACTION_CATALOGUE.map((a) => a.id).sort());
  assert.ok(app.control.registry.isInstalled);
});

test.run();
