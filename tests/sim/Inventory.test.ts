// Every simulated property and function carries the name Live 12's API uses, and is settable exactly when
// the inventory says so (as committed in src/lom/lomData.json).
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { LOM_DATA_PATH, type LomData } from "../../src/lom/LomData";
import { everyObject, loadSet } from "./simSets";

const inventory = (JSON.parse(readFileSync(LOM_DATA_PATH, "utf8")) as LomData).classes;

test("names and settability match the Live 12 inventory", () => {
  const set = loadSet("demo");
  const objects = everyObject(set);
  const classes = new Set(objects.map((o) => o.lom.name));
  assert.ok(
    ["Application", "Song", "Song.View", "Track", "Track.View", "ClipSlot", "Clip", "Scene", "Device", "RackDevice", "MaxDevice", "Chain", "DeviceParameter", "MixerDevice"].every((c) => classes.has(c)),
    [...classes].join(", "),
  );
  const problems: string[] = [];
  for (const o of objects) {
    const known = inventory[o.lom.name];
    if (!known) {
      problems.push(`${o.lom.name}: not in the inventory`);
      continue;
    }
    for (const [name, spec] of Object.entries(o.lom.props)) {
      // A LOM child Max adds to every object below live_set; the Python API has no such property.
      if (name === "canonical_parent") continue;
      const entry = Object.prototype.hasOwnProperty.call(known.properties, name) ? known.properties[name] : undefined;
      if (!entry) problems.push(`${o.lom.name}.${name}: unknown property`);
      else if (entry.settable !== (spec.set !== undefined)) problems.push(`${o.lom.name}.${name}: settable should be ${entry.settable}`);
    }
    for (const name of Object.keys(o.lom.fns)) {
      if (!Object.prototype.hasOwnProperty.call(known.functions, name)) problems.push(`${o.lom.name}.${name}(): unknown function`);
    }
  }
  assert.equal([...new Set(problems)], []);
});

test.run();
