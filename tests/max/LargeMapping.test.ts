// The largest valid mapping (a 600 KB file) imported, stored with the set in pieces of at most 30,000
// characters, the set saved and reopened: the mapping is back and a knob of it acts, played as EC4 bytes
// through the demo's input devices. A stored list that does not add up keeps the default, and says so.
import { test } from "uvu";
import * as assert from "uvu/assert";
import defaultMapping from "../../src/control/defaultMapping.json";
import { MAX_MAPPING_CHARS } from "../../src/control/MappingBounds";
import { CHUNKED } from "../../src/control/StoredChunks";
import { MAX_ATOM_CHARS } from "../../src/wire/liveApiCosts";
import { appOf } from "../../src/sim/measure/benchRig";
import { measureStoredMapping, openDemo } from "../../src/sim/measure/measureStoredMapping";
import { REFUSED } from "../../src/ui/StatusLine";

test("a 600 KB mapping survives saving and reopening the set, stored in pieces within an atom", async () => {
  const { figure, saved, reopened } = await measureStoredMapping();
  assert.is(figure.kB, MAX_MAPPING_CHARS / 1000);
  assert.ok(figure.storedKB > 300, `${figure.storedKB} kB stored`);
  const stored = saved.storedAtoms ?? [];
  assert.is(stored[0], CHUNKED);
  assert.ok(figure.atoms > 3, `${figure.atoms} atoms`);
  for (const atom of stored) assert.ok(typeof atom !== "string" || atom.length <= MAX_ATOM_CHARS);
  assert.ok(figure.maxAtomChars <= MAX_ATOM_CHARS, `longest atom ${figure.maxAtomChars}`);
  assert.equal([...saved.wire.cutAtoms, ...reopened.wire.cutAtoms], []);
  assert.ok(figure.restored, "the reopened set has the imported mapping");
  assert.ok(figure.acted, "its metronome knob toggles the metronome");
});

test("a stored list with a piece missing keeps the default mapping, with the reason on the status line", async () => {
  const { saved } = await measureStoredMapping();
  const stored = [...(saved.storedAtoms ?? [])];
  stored.splice(5, 1);
  const { rig } = await openDemo(stored);
  assert.equal(appOf(rig).control.store.active, defaultMapping);
  const statuses = rig.fromNode.filter((m) => m[0] === "status").map((m) => m.slice(1).join(" "));
  assert.ok(statuses.some((line) => line.includes(REFUSED) && line.includes(`${stored.length - 3} of the mapping's ${stored.length - 2} stored pieces arrived`)), statuses.join("\n"));
});

test.run();
