// Every LOM name the device uses is one Live's Max for Live bridge exposes in both Live 11.2 and 12.0
// (src/lom/lomData.json, from _MxDCore/LomTypes.py), or a function the platform probe looks for first
// (PROBED_FUNCTIONS). The names come from the code, three ways: the literals written in the device's
// sources (the bundle, the shim, the input device), the typed names (LomNames.generated.ts; LomClasses'
// own are checked in tests/lom/LomNames.test.ts), and what LiveAPI was asked while the demo session and
// every gesture of every knob of the default mapping (shift actions included) ran through the rig, under each bridge.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BRIDGE_VERSIONS, bridgeExposes, LOM_DATA_PATH, type BridgeVersion, type LomData } from "../../src/lom/LomData";
import { LOM_NAMES } from "../../src/lom/LomNames.generated";
import { PROBED_FUNCTIONS } from "../../src/lom/LomNames";
import { startDemo } from "../../src/sim/Demo";
import { playDemoSession } from "../../src/sim/DemoSession";
import { logLines } from "../support/logMessages";

const data = JSON.parse(readFileSync(LOM_DATA_PATH, "utf8")) as LomData;
const probed = (type: string): readonly string[] => (PROBED_FUNCTIONS as Record<string, readonly string[]>)[type] ?? [];
const inBoth = (type: string, name: string): boolean => BRIDGE_VERSIONS.every((v) => bridgeExposes(data, type, name, v));

/** Every name of any class of the data, with the classes whose bridges both expose it. */
function lomNames(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const [type, cls] of Object.entries(data.classes))
    for (const name of [...Object.keys(cls.properties), ...Object.keys(cls.functions), ...Object.keys(cls.other)]) {
      const exposedBy = names.get(name) ?? [];
      if (inBoth(type, name)) exposedBy.push(type);
      names.set(name, exposedBy);
    }
  return names;
}

/** The device's sources: everything under src/ but the simulator and the generated names. */
function deviceSources(dir = "src"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join("src", "sim") ? [] : deviceSources(path);
    return path.endsWith(".ts") && !path.endsWith(".generated.ts") ? [path] : [];
  });
}

test("every LOM name written in the device's sources is exposed by both bridges, or probed first", () => {
  const names = lomNames();
  const found = new Map<string, Set<string>>();
  for (const path of deviceSources())
    for (const match of readFileSync(path, "utf8").matchAll(/["']([a-z][a-z0-9_]*)["']/g))
      if (names.has(match[1]!)) found.set(match[1]!, (found.get(match[1]!) ?? new Set()).add(path));
  const allProbed = Object.values(PROBED_FUNCTIONS).flat() as string[];
  const unexposed = [...found.keys()].filter((name) => names.get(name)!.length === 0);
  assert.equal(unexposed.filter((name) => !allProbed.includes(name)), [], "no other name Max for Live cannot reach");
  // The scan sees the names: those the probe gates are written in the model, the shim and LomNames.
  assert.equal(unexposed.sort(), [...allProbed].sort());
  assert.ok(found.get("begin_undo_step")!.has(join("src", "shim", "undoSteps.ts")));
  assert.ok(found.size > 50, `${found.size} LOM names found`);
});

test("the typed names the mirror may get, set and call are exposed by both bridges, or probed first", () => {
  const problems: string[] = [];
  for (const [type, names] of Object.entries(LOM_NAMES)) {
    for (const name of [...names.readable, ...names.settable]) if (!inBoth(type, name)) problems.push(`${type}.${name}`);
    for (const name of Object.keys(names.functions)) if (!inBoth(type, name) && !probed(type).includes(name)) problems.push(`${type}.${name}()`);
  }
  assert.equal(problems, []);
});

/** Runs the demo session, then every gesture of every knob of the active mapping, under `live`'s bridge. */
async function everyGesture(live: BridgeVersion) {
  const demo = await startDemo({ live });
  await playDemoSession(demo, { heading: () => {}, line: () => {}, heard: () => {} });
  for (const binding of demo.ec4.bindings()) {
    for (const steps of binding.gesture === "scroll" ? [1, -1] : [1]) await demo.ec4.perform(binding, steps);
    await demo.rig.advance(500);
  }
  return demo;
}

for (const live of BRIDGE_VERSIONS) {
  test(`Live ${live}: what the demo and every knob asked of LiveAPI is exposed by both bridges, or probed first; nothing else refused`, async () => {
    const demo = await everyGesture(live);
    const asked = [...demo.set.bridgeNamesAsked].flatMap(([type, names]) => [...names].map((name) => ({ type, name })));
    assert.ok(asked.length > 50, `${asked.length} names asked`);
    assert.ok(asked.some(({ type }) => type === "MaxDevice"), "the input devices' own device, a Max device");
    const outside = asked.filter(({ type, name }) => !inBoth(type, name) && !probed(type).includes(name));
    assert.equal(outside.map(({ type, name }) => `${type}.${name}`), []);
    // What the bridge refused (it posts), and what the shim refused itself after reading `info`.
    const refusals = demo.set.errors.filter((e) => e.includes("has no attribute"));
    assert.ok(refusals.every((e) => /'(Song|DeviceParameter)' object has no attribute '(begin|end)_(undo_step|gesture)'/.test(e)), refusals.join("\n"));
    const shimRefusals = logLines(demo.rig).filter((line) => / has no (property|function|list of children) /.test(line.message));
    assert.equal(shimRefusals.filter((line) => !/ has no function (begin|end)_(undo_step|gesture)\b/.test(line.message)).map((line) => line.message), []);
    assert.equal(demo.rig.failures, []);
  });
}

test("Live 11.2: the demo syncs, a knob acts, and Song.name, which 11.2's bridge lacks, is refused", async () => {
  const demo = await startDemo({ live: "11.2" });
  assert.equal(demo.rig.posts("error"), []);
  assert.ok(demo.song.simpleTracks().length > 0, "the set was read");
  const tempo = Number(demo.set.read("live_set", "tempo")[0]);
  await demo.ec4.play("transport.tempo", 3);
  await demo.rig.advance(500);
  assert.is(Number(demo.set.read("live_set", "tempo")[0]), tempo + 3);
  const song = new (demo.set.liveApiClass())(null, "live_set");
  assert.not.match(song.info, /property (name|file_path) /);
  assert.is(song.get("name"), undefined);
  assert.is(demo.set.errors[demo.set.errors.length - 1], "'Song' object has no attribute 'name'");
  const live12 = await startDemo();
  assert.equal(new (live12.set.liveApiClass())(null, "live_set").get("name"), ["Untitled"]);
});

test.run();
