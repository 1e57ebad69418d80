// Arguments and lists in a mapping document: checked by the schema generated from the action
// definitions, each error in the musician's words with its path; a valid document keeps them as written.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createActionRegistry } from "../../src/actions/ActionCatalogue";
import { MappingValidator } from "../../src/control/MappingValidator";
import type { Binding, MappingDocument } from "../../src/control/Mapping";
import { describeError } from "../../src/ui/MappingReport";
import { cloneDefaultMapping } from "./harness";

const validator = new MappingValidator(createActionRegistry());

/** The default mapping with Main knob 9's press (group 0, encoder index of position 9) bound to `binding`. */
function withPress(binding: unknown, gesture = "press"): { doc: MappingDocument; path: string } {
  const doc = cloneDefaultMapping();
  const index = doc.groups[0]!.encoders.findIndex((e) => e.position === 9);
  (doc.groups[0]!.encoders[index] as unknown as Record<string, unknown>)[gesture] = binding;
  return { doc, path: `/groups/0/encoders/${index}/${gesture}` };
}

function errors(doc: unknown): string[] {
  const result = validator.validate(doc);
  return result.ok ? [] : result.errors.map((error) => describeError(doc, error));
}

test("an action with arguments in range validates and is kept as written", () => {
  for (const binding of [
    { action: "record.normal", args: { bars: 64 } },
    { action: "record.normal" },
    { action: "scene.fire", args: { scene: "next" } },
    { action: "scene.fire", args: { scene: 3 } },
    { action: "scene.fire", args: { scene: "Verse" } },
    { action: "nav.track", args: { name: "Bass" } },
  ] as Binding[]) {
    const { doc } = withPress(binding);
    const result = validator.validate(doc);
    assert.ok(result.ok, JSON.stringify(binding));
    if (result.ok) assert.equal(result.mapping, doc);
  }
  const { doc } = withPress({ action: "transport.tempo", args: { step: 0.3 } }, "scroll");
  assert.ok(validator.validate(doc).ok, "0.3 is a multiple of 0.1 to the schema, not in binary");
});

test("an argument out of range, of the wrong kind or unknown is refused in the musician's words, with its path", () => {
  const cases: [unknown, string, string][] = [
    [{ action: "record.normal", args: { bars: 65 } }, "/args/bars", "Main knob 9, press: bars must be 1 to 64"],
    [{ action: "record.normal", args: { bars: 2.5 } }, "/args/bars", "Main knob 9, press: bars must be 1 to 64"],
    [{ action: "record.normal", args: { bars: "4" } }, "/args/bars", "Main knob 9, press: bars must be 1 to 64"],
    [{ action: "record.normal", args: { length: 4 } }, "/args/length", 'Main knob 9, press: Record has no argument "length": it takes bars'],
    [{ action: "record.cancel", args: { bars: 4 } }, "/args/bars", 'Main knob 9, press: Cancel recording has no argument "bars": it takes no arguments'],
    [{ action: "scene.fire", args: { scene: 0 } }, "/args/scene", "Main knob 9, press: scene must be selected, next, previous, a scene number from 1 to 999 or a scene's name"],
    [{ action: "nav.track", args: { name: "" } }, "/args/name", "Main knob 9, press: name must be a track's name of 1 to 64 characters"],
  ];
  for (const [binding, where, text] of cases) {
    const { doc, path } = withPress(binding);
    assert.equal(errors(doc), [`${text} (${path}${where})`], JSON.stringify(binding));
  }
  const { doc, path } = withPress({ action: "transport.tempo", args: { step: 0.05 } }, "scroll");
  assert.equal(errors(doc), [`Main knob 9, scroll: step must be 0.1 to 20, with at most 1 decimal (${path}/args/step)`]);
});

test("a list of actions and waits validates; its errors name the step", () => {
  const list = [{ action: "scene.fire", args: { scene: "next" } }, { wait: "1 bar" }, "transport.playStop", { wait: "2 beats" }, { wait: "500 ms" }];
  assert.ok(validator.validate(withPress(list).doc).ok);
  const cases: [unknown, string][] = [
    [[{ wait: "1 bra" }], 'Main knob 9, press step 1: wait must be like "1 bar", "2 beats" or "500 ms" (whole numbers, at most 999 bars or beats, 600000 ms) (PATH/0/wait)'],
    [["transport.playStop", { wait: "1000 bars" }], 'Main knob 9, press step 2: wait must be like "1 bar", "2 beats" or "500 ms" (whole numbers, at most 999 bars or beats, 600000 ms) (PATH/1/wait)'],
    [["transport.playStop", { action: "record.normal", args: { bars: 0 } }], "Main knob 9, press step 2: bars must be 1 to 64 (PATH/1/args/bars)"],
    [["transport.tempo"], "Main knob 9, press step 1: Tempo cannot be pressed (PATH/0)"],
    [[], "Main knob 9, press: must NOT have fewer than 1 items (PATH)"],
  ];
  for (const [binding, text] of cases) {
    const { doc, path } = withPress(binding);
    assert.equal(errors(doc), [text.replace("PATH", path)], JSON.stringify(binding));
  }
  const { doc, path } = withPress(["transport.playStop"], "scroll");
  assert.equal(errors(doc), [`Main knob 9, scroll: a list runs on a press or a long press, not on a turn (${path})`]);
});

test("an unknown action keeps its arguments and its place in a list: listed, not refused", () => {
  const { doc, path } = withPress(["transport.playStop", { action: "fx.freeze", args: { amount: 3 } }]);
  const result = validator.validate(doc);
  assert.ok(result.ok);
  if (result.ok) assert.equal(result.unknown, [{ path: `${path}/1/action`, id: "fx.freeze" }]);
});

test("a mapping document is data: a binding that is not an id, a call or a list is refused", () => {
  for (const binding of [{ action: "log.set", run: "process.exit()" }, 42, { wait: "1 bar" }, [["log.set"]]]) {
    const { doc } = withPress(binding);
    assert.ok(!validator.validate(doc).ok, JSON.stringify(binding));
  }
});

test.run();
