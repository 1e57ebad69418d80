// The mapping document: schema (ajv) plus semantic checks, and the store that keeps the previous mapping.
import { createSequenceContext } from "../../src/sequence/SequenceContext";
import { SavedState } from "../../src/actions/saved/SavedState";
import { ManualSongClock } from "../time/ManualSongClock";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import defaultMapping from "../../src/control/defaultMapping.json";
import type { MappingDocument } from "../../src/control/Mapping";
import { Logger } from "../../src/log/Logger";
import { createControlInput } from "../../src/control/ControlInput";
import { MAPPING_VERSION } from "../../src/control/MappingMigrations";
import { MappingStore } from "../../src/control/MappingStore";
import { MappingValidator } from "../../src/control/MappingValidator";
import { cloneDefaultMapping, createHarness, noteOn } from "./harness";

function freshStore() {
  const store = new MappingStore(new MappingValidator(createActionRegistry()));
  const loaded = store.load(defaultMapping);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return store;
}

test("the default document validates and reproduces the original's EC4 groups and channels", () => {
  const store = freshStore();
  const groups = store.active?.groups.map((g) => [g.name, g.addressing.channel]);
  assert.equal(groups, [["Main", 4], ["Cut", 8], ["Set", 3], ["Log", 9], ["Test", 16], ["Device", 5], ["Clip", 6], ["Song", 7], ["Snap", 10]]);
  assert.is(store.active?.relativeEncoding, "twosComplement");
  assert.is(store.active?.longPressMs, 250);
});

type Mutation = (doc: MappingDocument) => unknown;
const edit = (change: (doc: MappingDocument & Record<string, unknown>) => void): Mutation => (doc) => {
  change(doc as MappingDocument & Record<string, unknown>);
  return doc;
};
// Loosely typed access for deliberately wrong values.
const loose = (value: object): Record<string, unknown> => value as Record<string, unknown>;
const main = (doc: MappingDocument) => doc.groups[0];
const tap = (doc: MappingDocument) => loose(doc.groups[0].encoders[0]);

const invalid: [string, Mutation, string[]][] = [
  ["not an object", () => 42, [""]],
  ["a version newer than the device's", edit((d) => (loose(d).version = MAPPING_VERSION + 1)), ["/version"]],
  ["a version that is not a number", edit((d) => (loose(d).version = "1")), ["/version"]],
  ["unknown relative encoding", edit((d) => (loose(d).relativeEncoding = "offset")), ["/relativeEncoding"]],
  ["long press threshold as a string", edit((d) => (loose(d).longPressMs = "250")), ["/longPressMs"]],
  ["long press threshold of 0", edit((d) => (d.longPressMs = 0)), ["/longPressMs"]],
  ["fractional long press threshold", edit((d) => (d.longPressMs = 250.5)), ["/longPressMs"]],
  ["unknown top-level property", edit((d) => (d.extra = true)), [""]],
  ["groups not a list", edit((d) => (loose(d).groups = {})), ["/groups"]],
  ["group without a name", edit((d) => delete loose(main(d)).name), ["/groups/0"]],
  ["empty group name", edit((d) => (main(d).name = "")), ["/groups/0/name"]],
  ["channel 0", edit((d) => (main(d).addressing.channel = 0)), ["/groups/0/addressing/channel"]],
  ["channel 17", edit((d) => (d.groups[1].addressing.channel = 17)), ["/groups/1/addressing/channel"]],
  ["channel as a string", edit((d) => (loose(main(d).addressing).channel = "4")), ["/groups/0/addressing/channel"]],
  ["position 17", edit((d) => (tap(d).position = 17)), ["/groups/0/encoders/0/position"]],
  ["cc 128", edit((d) => (tap(d).cc = 128)), ["/groups/0/encoders/0/cc"]],
  ["cc -1", edit((d) => (tap(d).cc = -1)), ["/groups/0/encoders/0/cc"]],
  ["note 200", edit((d) => (loose(main(d).encoders[1]).note = 200)), ["/groups/0/encoders/1/note"]],
  ["encoder without label", edit((d) => delete tap(d).label), ["/groups/0/encoders/0"]],
  ["action id as a number", edit((d) => (tap(d).press = 5)), ["/groups/0/encoders/0/press"]],
  ["malformed action id", edit((d) => (tap(d).press = "Tap Tempo")), ["/groups/0/encoders/0/press"]],
  ["unknown gesture key", edit((d) => (tap(d).doubleTap = "transport.tapTempo")), ["/groups/0/encoders/0"]],
  [
    "17 encoders in a group",
    edit((d) => (main(d).encoders = Array.from({ length: 17 }, (_, i) => ({ position: 1 + (i % 16), cc: i + 1, label: "X" })))),
    ["/groups/0/encoders"],
  ],
  ["range with an unknown key", edit((d) => (loose(main(d).addressing).ccRange = { from: 1, to: 16, step: 1 })), ["/groups/0/addressing/ccRange"]],
  ["several schema errors at once", edit((d) => ((tap(d).cc = 128), (tap(d).position = 0), (d.longPressMs = -1))), ["/longPressMs", "/groups/0/encoders/0/position", "/groups/0/encoders/0/cc"]],
  // Semantic checks, after the schema.
  ["action that does not accept the gesture", edit((d) => (tap(d).scroll = "track.arm")), ["/groups/0/encoders/0/scroll"]],
  ["duplicate position in a group", edit((d) => (loose(main(d).encoders[1]).position = 1)), ["/groups/0/encoders/1/position"]],
  ["the same CC twice on one channel", edit((d) => main(d).encoders.push({ position: 6, cc: 1, note: 50, label: "DUP" })), ["/groups/0/encoders/14/cc"]],
  ["the same note twice on one channel", edit((d) => main(d).encoders.push({ position: 6, cc: 6, note: 0, label: "DUP" })), ["/groups/0/encoders/14/note"]],
  ["a default note colliding with an explicit one", edit((d) => (loose(main(d).encoders[1]).note = 0)), ["/groups/0/encoders/1/note"]],
  ["duplicate group name", edit((d) => (d.groups[1].name = "Main")), ["/groups/1/name"]],
  ["two groups owning one channel", edit((d) => (d.groups[1].addressing.channel = 4)), ["/groups/1/addressing/channel"]],
  ["range from above to", edit((d) => (main(d).addressing.ccRange = { from: 20, to: 1 })), ["/groups/0/addressing/ccRange"]],
  ["cc outside the group's range", edit((d) => (d.groups[4].addressing.ccRange = { from: 2, to: 16 })), ["/groups/4/encoders/0/cc"]],
  ["note outside the group's range", edit((d) => (d.groups[4].addressing.noteRange = { from: 1, to: 15 })), ["/groups/4/encoders/0/note"]],
  ["cc 0 without an explicit note", edit((d) => (d.groups[4].encoders[0].cc = 0)), ["/groups/4/encoders/0/cc"]],
];

for (const [name, mutate, paths] of invalid) {
  test(`refused: ${name}`, () => {
    const store = freshStore();
    const before = store.active;
    const snapshot = JSON.stringify(before);
    const result = store.load(mutate(cloneDefaultMapping()));
    assert.not.ok(result.ok);
    if (result.ok) return;
    assert.equal(result.errors.map((e) => e.path), paths);
    for (const error of result.errors) assert.ok(error.message.length > 0, "every error says what is wrong");
    assert.is(store.active, before, "the previous mapping stays active");
    assert.is(JSON.stringify(store.active), snapshot);
  });
}

test("error messages name the problem", () => {
  const store = freshStore();
  const doc = cloneDefaultMapping();
  loose(doc.groups[0].encoders[0]).scroll = "transport.metronome";
  doc.groups[1].addressing.channel = 4;
  const result = store.load(doc);
  assert.equal(result.ok ? [] : result.errors, [
    { path: "/groups/0/encoders/0/scroll", message: "Metronome cannot be turned" },
    {
      path: "/groups/1/addressing/channel",
      message: 'channel 4 is already used by group "Main"; groups sharing a channel need ccRange/noteRange',
    },
  ]);
  const schemaResult = store.load({ ...cloneDefaultMapping(), relativeEncoding: "x", extra: 1 });
  assert.equal(schemaResult.ok ? [] : schemaResult.errors, [
    { path: "", message: 'must NOT have additional properties ("extra")' },
    { path: "/relativeEncoding", message: "must be equal to one of the allowed values: twosComplement, binaryOffset, signMagnitude" },
  ]);
});

test("groups may share a channel on disjoint number ranges", () => {
  const store = freshStore();
  const doc = cloneDefaultMapping();
  doc.groups = [
    { name: "A", addressing: { channel: 1, ccRange: { from: 1, to: 16 } }, encoders: [{ position: 1, cc: 1, label: "A1", press: "log.set" }] },
    { name: "B", addressing: { channel: 1, ccRange: { from: 17, to: 32 } }, encoders: [{ position: 1, cc: 17, label: "B1", press: "log.set" }] },
  ];
  assert.ok(store.load(doc).ok);
  doc.groups.push({ name: "C", addressing: { channel: 1 }, encoders: [] });
  const result = store.load(doc);
  assert.equal(result.ok ? [] : result.errors.map((e) => e.path), ["/groups/2/addressing/channel"]);
});

test("a valid document replaces the mapping; later edits of the caller's object change nothing", () => {
  const store = freshStore();
  const changes: number[] = [];
  store.onChange((mapping) => changes.push(mapping.longPressMs));
  const doc = cloneDefaultMapping();
  doc.longPressMs = 400;
  assert.ok(store.load(doc).ok);
  doc.longPressMs = 1;
  assert.is(store.active?.longPressMs, 400);
  assert.equal(changes, [400]);
});

test("the control surface keeps working on the previous mapping after an invalid document", () => {
  const h = createHarness();
  const doc = cloneDefaultMapping();
  doc.groups[0].addressing.channel = 12; // would move Main to a channel no group has...
  loose(doc.groups[0].encoders[0]).cc = 200; // ...but the document is invalid
  assert.not.ok(h.store.load(doc).ok);
  h.send(...noteOn(4, 0));
  assert.equal(h.ids(), ["transport.tapTempo"]);
  doc.groups[0].encoders[0].cc = 1;
  assert.ok(h.store.load(doc).ok);
  h.send(...noteOn(4, 0), ...noteOn(12, 0));
  assert.equal(h.ids(), ["transport.tapTempo", "transport.tapTempo"], "now on channel 12 only");
});

test("an invalid start-up mapping is logged error by error and maps nothing", () => {
  const logger = new Logger();
  const errors: string[] = [];
  logger.addSink((record) => record.level === "error" && errors.push(record.message));
  const sequences = createSequenceContext(new ManualSongClock(), logger);
  const input = createControlInput({
    sequences,
    saved: new SavedState(() => undefined, logger),
    logger,
    clock: sequences.ticks,
    undo: { begin: () => undefined, end: () => undefined },
    status: { show: () => undefined },
    selection: { resolve: () => null },
    mapping: { version: 2, relativeEncoding: "twosComplement", longPressMs: 0, groups: "none" },
  });
  assert.equal(errors, ["mapping /longPressMs: must be >= 17", "mapping /groups: must be array"]);
  assert.is(input.store.active, undefined);
  input.router.receive(["midi", "note", 4, 0, 127]);
  assert.equal(errors.length, 2);
});

test.run();
