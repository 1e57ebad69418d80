// The typed LOM names stay what the committed LOM data says (src/lom/lomData.json, which only `npm run
// lom-names` derives from ../shared/reference): the generated file is current, and every class, property
// and child LomClasses declares is one Live's Max for Live bridge exposes in both Live 11.2 and 12.0.
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FOLLOWS, LOM_CLASSES, lomClass, type LomClassName } from "../../src/lom/LomClasses";
import { BRIDGE_VERSIONS, bridgeExposes, LOM_DATA_PATH, type LomData } from "../../src/lom/LomData";
import { LOM_PYTHON_CLASS } from "../../src/lom/LomNames";
import { GENERATED_PATH, renderLomNames } from "../../scripts/lom/renderLomNames";

const data = JSON.parse(readFileSync(LOM_DATA_PATH, "utf8")) as LomData;

test("src/lom/LomNames.generated.ts is what npm run lom-names renders from the committed data", () => {
  assert.ok(readFileSync(GENERATED_PATH, "utf8") === renderLomNames(data), `${GENERATED_PATH} is stale: run npm run lom-names`);
});

/** Every property name LomClasses uses on `type`: its own, its children, and those its rules read (a subclass's apart). */
function namesUsedBy(type: LomClassName): string[] {
  const cls = lomClass(type);
  const own = Object.entries(cls.props).filter(([, spec]) => spec.onlyWhen?.subclass === undefined);
  const props = own.flatMap(([name, spec]) => [name, ...(spec.onlyWhen ? [spec.onlyWhen.prop] : []), ...(spec.rereadOn ?? [])]);
  const children = Object.entries(cls.children).flatMap(([name, spec]) => [name, ...(spec.refreshedBy ? [spec.refreshedBy] : [])]);
  const follows = FOLLOWS.filter((rule) => rule.when.cls === type).map((rule) => rule.when.prop);
  return [...props, ...children, ...follows];
}

/** What LomClasses names that a bridge of `data` does not expose, one line each. */
function unexposedNames(data: LomData): string[] {
  const problems: string[] = [];
  const missing = (type: LomClassName, name: string): string[] =>
    BRIDGE_VERSIONS.filter((v) => !bridgeExposes(data, LOM_PYTHON_CLASS[type], name, v));
  const check = (type: LomClassName, name: string, label: string) => {
    const versions = missing(type, name);
    if (versions.length > 0) problems.push(`${label}: not exposed by Live ${versions.join(", ")}`);
  };
  for (const type of Object.keys(LOM_CLASSES) as LomClassName[]) {
    if (!data.classes[LOM_PYTHON_CLASS[type]]) problems.push(`${type} (${LOM_PYTHON_CLASS[type]}): not a class of the bridge`);
    for (const name of new Set(namesUsedBy(type))) check(type, name, `${type}.${name}`);
    // A subclass's property (a rack's macros) is read only where its presence says: exposed for that subclass.
    for (const [name, spec] of Object.entries(lomClass(type).props))
      for (const subclass of spec.onlyWhen?.subclass === undefined ? [] : [spec.onlyWhen.subclass]) {
        const versions = BRIDGE_VERSIONS.filter((v) => !bridgeExposes(data, subclass, name, v) || !bridgeExposes(data, subclass, spec.onlyWhen!.prop, v));
        if (versions.length > 0) problems.push(`${type}.${name} (${subclass}): not exposed by Live ${versions.join(", ")}`);
      }
    // Neighbour re-reads are properties of the children.
    for (const child of Object.values(lomClass(type).children))
      for (const name of child.grouping ? [...child.grouping.rereads, child.grouping.memberOf, child.grouping.isGroup] : []) check(child.type, name, `${child.type}.${name}`);
  }
  // A follow rule reads the tracks its id list names (Song.visible_tracks).
  for (const rule of FOLLOWS) for (const name of [rule.reread, rule.via]) check("Track", name, `FOLLOWS ${name}`);
  return problems;
}

test("every class, property and child LomClasses names is exposed by the bridge of Live 11.2 and 12.0", () => {
  assert.equal(unexposedNames(data), []);
});

test("a name a bridge does not expose is reported", () => {
  const narrower = JSON.parse(JSON.stringify(data)) as LomData;
  narrower.classes["Track"]!.properties["fold_state"]!.bridge = ["12.0"];
  narrower.classes["Track"]!.properties["devices"]!.bridge = [];
  delete narrower.classes["Song.View"];
  assert.equal(unexposedNames(narrower), [
    "SongView (Song.View): not a class of the bridge",
    "SongView.selected_track: not exposed by Live 11.2, 12.0",
    "SongView.selected_scene: not exposed by Live 11.2, 12.0",
    "SongView.detail_clip: not exposed by Live 11.2, 12.0",
    "SongView.selected_parameter: not exposed by Live 11.2, 12.0",
    "Track.fold_state: not exposed by Live 11.2",
    "Track.devices: not exposed by Live 11.2, 12.0",
    "ReturnTrack.devices: not exposed by Live 11.2, 12.0",
    "MasterTrack.devices: not exposed by Live 11.2, 12.0",
    "FOLLOWS fold_state: not exposed by Live 11.2",
  ]);
});

test.run();
