// The knob editor's arguments through the committed patcher and the real bundle UI: the edited knob's
// arguments in their menu, the chosen one's value in the value menu, the text field and the number box;
// a typed number, a typed name and a chosen word each change the mapping as the musician meant, and a
// value out of range is refused in the musician's words with the mapping kept.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Binding } from "../../src/control/Mapping";
import { byId, cellButton, cellShows, running, shows, ui, withBundle } from "./wiringRig";

/** The press binding of Main knob `position` in the mapping in use. */
function pressOf(bundle: ReturnType<typeof withBundle>, position: number): Binding | undefined {
  return bundle.store.active?.groups[0]?.encoders.find((encoder) => encoder.position === position)?.press;
}

test("a knob's arguments are listed and shown; a typed number and a typed name are edits", () => {
  const r = running();
  const bundle = withBundle(r);
  r.clear();
  bundle.user(cellButton(r, 9), 0, ["bang"]);
  const argument = byId(r, ui.args.argument);
  assert.equal(r.take(argument).slice(0, 2), [["clear"], ["append", "press bars"]], "the menu refilled: clear, then each label");
  assert.equal(r.take(byId(r, ui.args.value)).slice(0, 2), [["clear"], ["append", "default"]]);
  r.clear();
  bundle.user(byId(r, ui.args.number), 0, [8]);
  assert.equal(pressOf(bundle, 9), { action: "record.normal", args: { bars: 8 } });
  assert.is(shows(r, ui.status), "Main REC press bars: 8 bars");

  bundle.user(byId(r, ui.args.number), 0, [65]);
  assert.equal(pressOf(bundle, 9), { action: "record.normal", args: { bars: 8 } }, "the mapping in use stays");
  const index = bundle.store.active?.groups[0]?.encoders.findIndex((encoder) => encoder.position === 9);
  assert.is(shows(r, ui.status), `mapping unchanged: Main knob 9, press: bars must be 1 to 64 (/groups/0/encoders/${index}/press/args/bars)`);
  assert.is(shows(r, ui.args.number), "8", "the number box shows the mapping's value again");

  bundle.user(byId(r, ui.args.value), 0, [0]);
  assert.equal(pressOf(bundle, 9), "record.normal", "default: the argument left out, the binding an id again");
});

test("a scene argument takes a word from the value menu, or a name or a number from the text field", () => {
  const r = running();
  const bundle = withBundle(r);
  bundle.user(cellButton(r, 16), 0, ["bang"]);
  r.clear();
  bundle.user(byId(r, ui.args.value), 0, [2]); // default, selected, next
  assert.equal(pressOf(bundle, 16), { action: "scene.fire", args: { scene: "next" } });
  bundle.user(byId(r, ui.args.text), 0, ["text", "Verse", "2"]);
  assert.equal(pressOf(bundle, 16), { action: "scene.fire", args: { scene: "Verse 2" } });
  bundle.user(byId(r, ui.args.text), 0, ["text", 3]);
  assert.equal(pressOf(bundle, 16), { action: "scene.fire", args: { scene: 3 } });
  assert.is(shows(r, ui.status), "Main SCEN press scene: 3");
});

test("a knob bound to a list shows its steps in the help column and no arguments", () => {
  const r = running();
  const bundle = withBundle(r);
  r.clear();
  bundle.user(byId(r, ui.group), 0, [3]); // Log
  assert.is(cellShows(r, ui.cells[5] ?? ""), "6 CLIK press list of 3 steps");
  bundle.user(cellButton(r, 6), 0, ["bang"]);
  assert.match(shows(r, ui.editor.help), /^List: 1\. Metronome 2\. wait 1 bar 3\. Metronome\. Pressing again while it runs cancels it/);
  assert.equal(r.take(byId(r, ui.args.argument)).slice(-3), [["clear"], ["append", "-"], ["set", 0]], "no arguments: the menu shows -");
});

test.run();
