import { test } from "uvu";
import * as assert from "uvu/assert";
import { PatcherBuilder } from "../../scripts/patchers/PatcherBuilder";

test("boxes get Max's inlet and outlet counts from their class and arguments", () => {
  const p = new PatcherBuilder({ "x.js": [2, 3] });
  const route = p.obj("route a b c").box;
  assert.equal([route.numinlets, route.numoutlets], [4, 4]);
  const trigger = p.obj("t b l i").box;
  assert.equal([trigger.numinlets, trigger.outlettype], [1, ["bang", "", "int"]]);
  const script = p.obj("js x.js").box;
  assert.equal([script.numinlets, script.numoutlets], [2, 3]);
  const node = p.obj("node.script main.js @autostart 1").box;
  assert.equal([node.numinlets, node.numoutlets], [1, 2]);
});

test("a cord to a missing outlet or inlet, or an unknown object, fails the generator", () => {
  const p = new PatcherBuilder({});
  const print = p.obj("print x");
  const metro = p.obj("metro 17");
  assert.throws(() => p.connect(print, 0, metro), /\[print x\] \(obj-1\) has no outlet 0/);
  assert.throws(() => p.connect(metro, 0, metro, 2), /has no inlet 2/);
  assert.throws(() => p.obj("frobnicate"), /no inlet\/outlet counts known for \[frobnicate\]/);
  assert.throws(() => p.obj("js unknown.js"), /no inlet\/outlet counts given for \[js unknown.js\]/);
  assert.throws(() => p.obj("t q"), /t: unsupported argument "q"/);
});

test("parameters are listed in the patcher's parameters section under their box id", () => {
  const p = new PatcherBuilder({});
  const toggle = p.param("live.toggle", [0, 0, 15, 15], {
    longname: "Thru",
    shortname: "Thru",
    type: 2,
    visibility: 1,
    initial: 1,
    info: { name: "Thru", text: "Passes MIDI on." },
  });
  const file = p.build({ width: 100, amxdtype: 0 });
  assert.equal(file.patcher.parameters[toggle.id], ["Thru", "Thru", 0]);
  const valueof = (toggle.box["saved_attribute_attributes"] as { valueof: Record<string, unknown> }).valueof;
  assert.equal([valueof["parameter_invisible"], valueof["parameter_initial"]], [1, [1]]);
});

test("an enum saves its item count and Info View text as Max does; [js] its file; the scripts are dependencies", () => {
  const p = new PatcherBuilder({ "shim.js": [1, 1] });
  const info = { name: "Mode", text: "Chooses the mode." };
  const menu = p.param("live.menu", [0, 0, 60, 15], { longname: "Mode", shortname: "Mode", type: 2, visibility: 2, enums: ["a", "b", "c"], info });
  const valueof = (menu.box["saved_attribute_attributes"] as { valueof: Record<string, unknown> }).valueof;
  // Test.amxd's live.menu: three items, parameter_mmax 2; its live.tab: annotation on the box, the name also in valueof.
  assert.equal([valueof["parameter_mmax"], valueof["parameter_annotation_name"]], [2, "Mode"]);
  assert.equal([menu.box["annotation_name"], menu.box["annotation"]], ["Mode", "Chooses the mode."]);
  const js = p.obj("js shim.js");
  assert.equal(js.box["saved_object_attributes"], { filename: "shim.js", parameter_enable: 0 });
  p.obj("node.script main.js @autostart 1");
  assert.equal(p.build({ width: 100, amxdtype: 0 }).patcher.dependency_cache, [
    { name: "main.js", type: "TEXT", implicit: 1 },
    { name: "shim.js", type: "TEXT", implicit: 1 },
  ]);
});

test("a named [receive] has no inlet, a bare one has one", () => {
  const p = new PatcherBuilder({});
  assert.is(p.obj("receive ---midi").box.numinlets, 0);
  assert.is(p.obj("r x").box.numinlets, 0);
  assert.is(p.obj("receive").box.numinlets, 1);
});

test.run();
