// Max's symbol table per rig: strings crossing cords, LiveAPI path strings, observer teardowns.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { SYMBOLS_PER_OBSERVER_TEARDOWN } from "../../src/wire/liveApiCosts";
import type { LiveApiCallback, LiveApiConstructor } from "../../src/sim/live/LiveSet";
import { Rig } from "../../src/sim/max/Rig";
import { SymbolTable } from "../../src/sim/max/SymbolTable";
import { Wire } from "../../src/sim/max/Wire";
import { loadSet } from "../sim/simSets";

const noop: LiveApiCallback = () => {};

function rigAndApi(): { rig: Rig; LiveAPI: LiveApiConstructor } {
  const rig = new Rig({ set: loadSet("demo") });
  return { rig, LiveAPI: rig.set.liveApiClass() };
}

test("each distinct string atom crossing the wire interns once, in any direction; numbers never", () => {
  const symbols = new SymbolTable();
  const wire = new Wire(symbols);
  for (const to of ["node", "shim", "patcher"] as const) wire.connect(to, () => {});
  wire.send("node", ["lom_event", 12, 0.5, "Bass"]);
  wire.send("shim", ["lom_event", 13, "Bass"]);
  wire.send("patcher", ["status", "Bass", 7]);
  wire.drain();
  assert.is(symbols.size, 3);
  assert.ok(symbols.has("lom_event") && symbols.has("Bass") && symbols.has("status"));
  assert.not.ok(symbols.has("12"));
  wire.send("node", [1, 2, 3.25]);
  wire.drain();
  assert.is(symbols.size, 3);
});

test("mark and since count the symbols added in a phase; nothing is ever removed", () => {
  const symbols = new SymbolTable();
  symbols.intern("a");
  const mark = symbols.mark();
  assert.is(symbols.intern("a"), false);
  assert.is(symbols.intern("b"), true);
  symbols.internAtoms(["b", "c", 4]);
  assert.is(symbols.since(mark), 2);
  assert.is(symbols.size, 3);
});

test("cords off the queue (messnamed, the input device's [js] and comment) intern too", () => {
  const wire = new Wire();
  wire.cross("named", ["p0_status", "hello"]);
  wire.cross("input", [144]);
  wire.cross("comment", ["channel", "3"]);
  assert.equal(["p0_status", "hello", "channel", "3"].map((s) => wire.symbols.has(s)), [true, true, true, true]);
  assert.is(wire.symbols.size, 4);
});

test("each distinct path string given to the constructor, path = or goto interns one symbol; ids none", () => {
  const { rig, LiveAPI } = rigAndApi();
  const before = rig.symbols.mark();
  const api = new LiveAPI(null, "live_set");
  api.path = "live_set tracks 0";
  api.goto("live_set tracks 1");
  api.goto("live_set tracks 1");
  new LiveAPI(null, "live_set");
  assert.is(rig.symbols.since(before), 3);
  assert.ok(rig.symbols.has("live_set tracks 1"));
  const ids = rig.symbols.mark();
  api.id = 3;
  api.id = "4";
  new LiveAPI(null, 5);
  assert.is(rig.symbols.since(ids), 0);
  // an id written as a path string is a path string
  api.path = "id 5";
  new LiveAPI(null, "id 6");
  assert.is(rig.symbols.since(ids), 2);
  assert.ok(rig.symbols.has("id 5"));
});

test("LiveAPI reads do not intern what they answer", () => {
  const { rig, LiveAPI } = rigAndApi();
  const api = new LiveAPI(null, "live_set tracks 0");
  const mark = rig.symbols.mark();
  const name = String(api.get("name")?.[0]);
  api.getstring("name");
  api.getcount("devices");
  assert.is(rig.symbols.since(mark), 0);
  assert.not.ok(rig.symbols.has(name));
});

test("tearing down an observer (property to \"\") adds 6 symbols; re-pointing by id, id 0 or property adds none", () => {
  const { rig, LiveAPI } = rigAndApi();
  const observer = new LiveAPI(noop, "live_set tracks 0");
  const other = Number(new LiveAPI(null, "live_set tracks 1").id);
  const mark = rig.symbols.mark();
  observer.property = "name";
  observer.id = other;
  observer.property = "mute";
  observer.id = 0;
  assert.is(rig.symbols.since(mark), 0);
  observer.property = "";
  assert.is(rig.symbols.since(mark), SYMBOLS_PER_OBSERVER_TEARDOWN);
  assert.is(SYMBOLS_PER_OBSERVER_TEARDOWN, 6);
  assert.is(rig.symbols.teardowns, 1);
  // clearing again, or clearing an object with no callback, tears nothing down
  observer.property = "";
  const plain = new LiveAPI(null, 3);
  plain.property = "name";
  plain.property = "";
  assert.is(rig.symbols.since(mark), SYMBOLS_PER_OBSERVER_TEARDOWN);
  assert.equal(
    { created: rig.set.stats.observersCreated, repointed: rig.set.stats.observersRepointed, tornDown: rig.set.stats.observersTornDown },
    // by id and by property re-point; id 0 parks (a plain call, tests/max/LiveApiLedger)
    { created: 1, repointed: 2, tornDown: 1 },
  );
});

test.run();
