// The simulated LiveAPI answers only what Live's Max for Live bridge exposes (src/sim/live/Bridge.ts, after
// _MxDCore/MxDCore.py and LomTypes.py): get, set and call of another name post the bridge's text and change
// nothing; `info` lists only exposed names; Live 11.2's bridge is narrower than 12.0's.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { BRIDGE_VERSIONS, bridgeExposes, LOM_DATA_PATH, type LomData } from "../../src/lom/LomData";
import { Bridge } from "../../src/sim/live/Bridge";
import { LiveSet, type SetDescription } from "../../src/sim/live/LiveSet";
import { BRIDGE_WITH_UNDO_FUNCTIONS } from "../support/hypotheticalBridge";
import { everyObject, loadSet } from "./simSets";

const data = JSON.parse(readFileSync(LOM_DATA_PATH, "utf8")) as LomData;

test("get, set and call of names Live's Python API has and the bridge does not: its text, and nothing changes", () => {
  const set = loadSet("flat");
  const LiveAPI = set.liveApiClass();
  const volume = new LiveAPI(null, "live_set tracks 0 mixer_device volume");
  const value = volume.get("value");
  assert.is(volume.get("display_value"), undefined);
  assert.is(volume.get("short_value_items"), undefined);
  volume.set("display_value", 0.2);
  assert.is(volume.call("begin_gesture"), undefined);
  const song = new LiveAPI(null, "live_set");
  assert.is(song.call("begin_undo_step"), undefined);
  assert.is(song.call("get_data", "key", 0), undefined);
  const clip = new LiveAPI(null, "live_set tracks 0 clip_slots 0 clip");
  assert.is(clip.get("is_session_clip"), undefined);
  assert.equal(set.errors, [
    "'DeviceParameter' object has no attribute 'display_value'",
    "'DeviceParameter' object has no attribute 'short_value_items'",
    "'DeviceParameter' object has no attribute 'display_value'",
    "'DeviceParameter' object has no attribute 'begin_gesture'",
    "'Song' object has no attribute 'begin_undo_step'",
    "'Song' object has no attribute 'get_data'",
    "'Clip' object has no attribute 'is_session_clip'",
  ]);
  assert.equal(volume.get("value"), value, "the refused set changed nothing");
  assert.equal(set.undoHistory, []);
  // What the bridge offers instead: the parameter's text and items, a clip's place.
  assert.equal(clip.get("is_arrangement_clip"), [0]);
  assert.is(volume.call("str_for_value", 0.5), "0.5");
  const withDevice = LiveSet.fromDescription({ tracks: [{ name: "Keys", type: "midi", devices: [{ name: "Operator", type: "instrument" }] }] });
  assert.equal(new (withDevice.liveApiClass())(null, "live_set tracks 0 devices 0 parameters 0").get("value_items"), ["Off", "On"]);
});

test("an object's type is its Python type's name (Song.View is `View`, a Max device `MaxDevice`), and so is a refusal's", () => {
  const set = loadSet("demo");
  const LiveAPI = set.liveApiClass();
  const view = new LiveAPI(null, "live_set view");
  assert.is(view.type, "View");
  assert.match(view.info, /^id \d+\ntype View\n/);
  assert.is(view.get("draw_mode_x"), undefined);
  assert.equal(set.errors, ["'View' object has no attribute 'draw_mode_x'"]);
  assert.is(new LiveAPI(null, "live_set master_track devices 0").type, "MaxDevice");
});

for (const live of BRIDGE_VERSIONS) {
  test(`Live ${live}: info lists only what the bridge exposes for the object's type`, () => {
    const set = loadSet("demo", { live });
    const LiveAPI = set.liveApiClass();
    const types = new Bridge({ live });
    const listed = new Map<string, Set<string>>();
    const problems: string[] = [];
    for (const o of everyObject(set)) {
      const type = types.typeOf(o);
      const names = listed.get(type) ?? new Set<string>();
      for (const line of new LiveAPI(null, o.id).info.split("\n")) {
        const [kind, name] = line.split(" ");
        if (!["property", "child", "children", "function"].includes(kind!)) continue;
        names.add(name!);
        if (!bridgeExposes(data, type, name!, live)) problems.push(`${type}.${name}`);
      }
      listed.set(type, names);
    }
    assert.equal([...new Set(problems)], []);
    assert.ok(listed.get("Song")!.has("start_playing") && listed.get("DeviceParameter")!.has("value"));
    assert.not.ok(listed.get("DeviceParameter")!.has("display_value"));
    assert.not.ok(listed.get("Clip")!.has("is_session_clip"));
    assert.is(listed.get("Song")!.has("name"), live === "12.0", "Song.name is 12.0's only");
    assert.ok(listed.has("MaxDevice") && listed.has("RackDevice"), [...listed.keys()].join(", "));
  });
}

test("a device type Live 11.2's bridge lacks (Drift) has nothing to answer there", () => {
  const drift: SetDescription = { tracks: [{ name: "Synth", type: "midi", devices: [{ name: "Drift", className: "Drift", type: "instrument" }] }] };
  const live11 = LiveSet.fromDescription(drift, { live: "11.2" });
  assert.is(new (live11.liveApiClass())(null, "live_set tracks 0 devices 0").get("name"), undefined);
  assert.equal(live11.errors, ["'DriftDevice' object has no attribute 'name'"]);
  assert.equal(new (LiveSet.fromDescription(drift).liveApiClass())(null, "live_set tracks 0 devices 0").get("name"), ["Drift"]);
});

test("a hypothetical bridge that adds names answers them, and info lists them", () => {
  const set = loadSet("flat", BRIDGE_WITH_UNDO_FUNCTIONS);
  const song = new (set.liveApiClass())(null, "live_set");
  assert.match(song.info, /function begin_undo_step\n/);
  song.call("begin_undo_step");
  song.set("tempo", 100);
  song.set("tempo", 101);
  song.call("end_undo_step");
  assert.equal(set.errors, []);
  assert.is(set.undoHistory.length, 1);
});

test.run();
