// The typed LOM names stay what Live 12's API inventory says: the generated file is current, and every
// class, property and child LomClasses declares exists in the inventory.
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FOLLOWS, LOM_CLASSES, lomClass, type LomClassName } from "../../src/lom/LomClasses";
import { LOM_PYTHON_CLASS } from "../../src/lom/LomNames";
import { GENERATED_PATH, INVENTORY_PATH, renderLomNames, type Inventory } from "../../scripts/lom/renderLomNames";

/** A fresh copy each call: a test may take names out of it. */
const readInventory = () => JSON.parse(readFileSync(INVENTORY_PATH, "utf8")) as Inventory;
const inventory = readInventory();

test("src/lom/LomNames.generated.ts is what npm run lom-names writes", () => {
  assert.ok(readFileSync(GENERATED_PATH, "utf8") === renderLomNames(inventory), `${GENERATED_PATH} is stale: run npm run lom-names`);
});

/** Every property name LomClasses uses on `type`: its own, its children, and those its rules read. */
function namesUsedBy(type: LomClassName): string[] {
  const cls = lomClass(type);
  const props = Object.entries(cls.props).flatMap(([name, spec]) => [name, ...(spec.onlyWhen ? [spec.onlyWhen.prop] : []), ...(spec.rereadOn ?? [])]);
  const children = Object.entries(cls.children).flatMap(([name, spec]) => [name, ...(spec.refreshedBy ? [spec.refreshedBy] : [])]);
  const follows = FOLLOWS.filter((rule) => rule.when.cls === type).map((rule) => rule.when.prop);
  return [...props, ...children, ...follows];
}

/** What LomClasses names that `inventory` lacks, one line each. */
function missingNames(inventory: Inventory): string[] {
  const problems: string[] = [];
  const propsOf = (type: LomClassName) => new Set(inventory.classes[LOM_PYTHON_CLASS[type]]?.properties.map((p) => p.name));
  for (const type of Object.keys(LOM_CLASSES) as LomClassName[]) {
    if (!inventory.classes[LOM_PYTHON_CLASS[type]]) problems.push(`${type} (${LOM_PYTHON_CLASS[type]}): not in the inventory`);
    const known = propsOf(type);
    for (const name of new Set(namesUsedBy(type))) if (!known.has(name)) problems.push(`${type}.${name}: not in ${LOM_PYTHON_CLASS[type]}`);
    // Neighbour re-reads are properties of the children.
    for (const child of Object.values(lomClass(type).children))
      for (const name of child.grouping ? [...child.grouping.rereads, child.grouping.memberOf, child.grouping.isGroup] : []) if (!propsOf(child.type).has(name)) problems.push(`${child.type}.${name}: not in ${LOM_PYTHON_CLASS[child.type]}`);
  }
  // A follow rule reads the tracks its id list names (Song.visible_tracks).
  for (const rule of FOLLOWS) for (const name of [rule.reread, rule.via]) if (!propsOf("Track").has(name)) problems.push(`FOLLOWS ${name}: not in Track`);
  return problems;
}

test("every class, property and child LomClasses names is in the inventory", () => {
  assert.equal(missingNames(inventory), []);
});

test("a name the inventory lacks is reported", () => {
  const without = readInventory();
  without.classes["Track"]!.properties = without.classes["Track"]!.properties.filter((p) => p.name !== "fold_state" && p.name !== "devices");
  delete without.classes["Song.View"];
  assert.equal(missingNames(without), [
    "SongView (Song.View): not in the inventory",
    "SongView.selected_track: not in Song.View",
    "SongView.selected_scene: not in Song.View",
    "SongView.detail_clip: not in Song.View",
    "SongView.selected_parameter: not in Song.View",
    "Track.fold_state: not in Track",
    "Track.devices: not in Track",
    "ReturnTrack.devices: not in Track",
    "MasterTrack.devices: not in Track",
    "FOLLOWS fold_state: not in Track",
  ]);
});

test.run();
