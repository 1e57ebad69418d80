// The mapping's gesture fields: double press time, double press actions, the shift knob and shift actions,
// validated with paths and refused in the musician's words (MappingReport), the previous mapping kept.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { EncoderMapping, MappingDocument } from "../../src/control/Mapping";
import { DEFAULT_DOUBLE_PRESS_MS, doublePressMs } from "../../src/control/Mapping";
import { describeError } from "../../src/ui/MappingReport";
import { cloneDefaultMapping, createHarness } from "./harness";

type Edit = (doc: MappingDocument, knob: (group: number, position: number) => EncoderMapping & Record<string, unknown>) => void;

function refusal(edit: Edit): string[] {
  const h = createHarness();
  const before = h.store.active;
  const doc = cloneDefaultMapping();
  edit(doc, (group, position) => doc.groups[group]!.encoders.find((e) => e.position === position)! as EncoderMapping & Record<string, unknown>);
  const result = h.store.load(doc);
  assert.is(h.store.active, before, "the previous mapping stays");
  return result.ok ? [] : result.errors.map((error) => describeError(doc, error));
}

test("the default mapping declares a shift knob and a double press; a version 1 document with them and without doublePressMs migrates and waits 300 ms", () => {
  const doc = cloneDefaultMapping();
  assert.is(doc.groups[0]!.encoders.find((e) => e.role === "shift")?.label, "SHFT");
  assert.is(doc.doublePressMs, 300);
  delete doc.doublePressMs;
  (doc as { version: number }).version = 1;
  const h = createHarness({ mapping: doc });
  assert.is(h.store.active?.version, 2);
  assert.is(doublePressMs(h.store.active!), DEFAULT_DOUBLE_PRESS_MS);
  assert.is(h.store.active?.groups[0]!.encoders.find((e) => e.role === "shift")?.label, "SHFT");
});

test("double press time: 17 to 1000 ms, whole", () => {
  assert.equal(refusal((doc) => (doc.doublePressMs = 5)), ["double press time: must be >= 17 (/doublePressMs)"]);
  assert.equal(refusal((doc) => (doc.doublePressMs = 1500)), ["double press time: must be <= 1000 (/doublePressMs)"]);
  assert.equal(refusal((doc) => (doc.doublePressMs = 300.5)), ["double press time: must be integer (/doublePressMs)"]);
});

test("a double press or a shift action the action cannot take is refused where it is", () => {
  assert.equal(refusal((_, knob) => (knob(0, 2).doublePress = "clip.velocity")), [
    "Main knob 2, double: Clip velocities cannot be double-pressed (/groups/0/encoders/1/doublePress)",
  ]);
  assert.equal(refusal((_, knob) => (knob(0, 1).shift = { scroll: "transport.metronome" })), [
    "Main knob 1, shift turn: Metronome cannot be turned (/groups/0/encoders/0/shift/scroll)",
  ]);
  assert.equal(refusal((_, knob) => (knob(0, 1).shift = { doublePress: "transport.metronome" } as never)), [
    'Main knob 1, shift: must NOT have additional properties ("doublePress") (/groups/0/encoders/0/shift)',
  ]);
});

test("one shift knob a group, which has only a press and a turn; shift actions need a shift knob", () => {
  assert.equal(refusal((_, knob) => (knob(0, 4).role = "shift")), [
    "Main knob 4, role: Main has a shift knob already (knob 3): one a group (/groups/0/encoders/3/role)",
  ]);
  assert.equal(
    refusal((_, knob) => Object.assign(knob(0, 3), { longPress: "log.set", doublePress: "log.set", shift: { press: "log.set" } })),
    [
      "Main knob 3, long: a shift knob has only a press (a short push) and a turn (/groups/0/encoders/2/longPress)",
      "Main knob 3, double: a shift knob has only a press (a short push) and a turn (/groups/0/encoders/2/doublePress)",
      "Main knob 3, shift: a shift knob has only a press (a short push) and a turn (/groups/0/encoders/2/shift)",
    ],
  );
  assert.equal(refusal((_, knob) => (knob(2, 1).shift = { press: "log.set" })), [
    'Set knob 1, shift: Set has no shift knob: give one knob "role": "shift" (/groups/2/encoders/0/shift)',
  ]);
  assert.equal(refusal((_, knob) => (knob(0, 3).role = "alt" as never)), ["Main knob 3, role: must be equal to one of the allowed values: shift (/groups/0/encoders/2/role)"]);
});

test("an unknown id in a shift or double press binding is kept, listed with its path, and does nothing", () => {
  const h = createHarness();
  const doc = cloneDefaultMapping();
  doc.groups[0]!.encoders[0]!.shift = { press: "transport.metronomee" };
  const result = h.store.load(doc);
  assert.ok(result.ok);
  assert.equal(result.ok ? result.unknown : [], [{ path: "/groups/0/encoders/0/shift/press", id: "transport.metronomee" }]);
});

test.run();
