// The pre-show check's rules on what no imported document reaches: a mapping whose stored copy would be
// over the device's bounds (the set would reopen with the default mapping), and a rule added to the list.
import { test } from "uvu";
import * as assert from "uvu/assert";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import { countValues, MAX_MAPPING_VALUES } from "../../src/control/MappingBounds";
import { findingText, type PreShowRule } from "../../src/control/preShow/Finding";
import { PRE_SHOW_RULES, preShowCheck } from "../../src/control/preShow/PreShowCheck";
import { rigWith } from "../support/rigWith";

test("a mapping whose stored copy is over the bounds is named, with the fix; a rule added to the list runs with the others", async () => {
  const { app, rig } = await rigWith("external-synth");
  const mapping = JSON.parse(JSON.stringify(defaultMapping)) as MappingDocument;
  const main = mapping.groups[0] as MappingDocument["groups"][number];
  for (let copy = 0; countValues(mapping) <= MAX_MAPPING_VALUES; copy++) mapping.groups.push({ ...main, name: `Main ${copy}` });
  const context = { mapping, song: app.song, registry: app.control.registry, inputs: [{ name: "EC4", channel: 4 }] };
  const sceneNamed: PreShowRule = ({ song }) => (song.scenes().some((s) => s.name === "Finale") ? [] : [{ knob: "Set knob 1 (FIRE)", problem: 'no scene is called "Finale"', fix: "rename a scene or change the knob's argument" }]);
  const lines = preShowCheck(context, [...PRE_SHOW_RULES, sceneNamed]).map(findingText);
  assert.match(lines[0] ?? "", /^The mapping is too large to store with the set: \d+ values \(at most 20000\)\. Fix: remove the groups and knobs you do not play\.$/, lines.slice(0, 3).join("\n"));
  assert.is(lines[lines.length - 1], 'Set knob 1 (FIRE): no scene is called "Finale". Fix: rename a scene or change the knob\'s argument.');
  rig.stopMetro();
});

test.run();
