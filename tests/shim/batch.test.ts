// The real device/lom-shim.js answering batches over the real simulated Live set.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SnapNode } from "../../src/wire/protocol";
import { MSG_BATCH, MSG_HELLO } from "../../src/wire/protocol";
import { MAX_ATOM_CHARS } from "../../src/wire/liveApiCosts";
import { encodeOp } from "../../src/lom/OpCodec";
import { ShimHarness } from "./ShimHarness";

function idsOf(raw: unknown): number[] {
  const list = raw as (string | number)[];
  const ids: number[] = [];
  for (let i = 0; i < list.length; i += 2) ids.push(Number(list[i + 1]));
  return ids;
}

test("hello is answered only once [live.thisdevice] said ready; a batch before that is refused", () => {
  const shim = new ShimHarness();
  shim.send(MSG_HELLO);
  assert.is(shim.readyCount(), 0);
  const early = shim.batch({ op: "get", target: "live_set", prop: "tempo" });
  assert.equal(early.r, []);
  assert.match(String(early.e), /not ready/);
  shim.ready();
  assert.is(shim.readyCount(), 1);
  shim.send(MSG_HELLO);
  assert.is(shim.readyCount(), 2);
});

test("loading the file touches no LiveAPI (Max forbids it in global code)", () => {
  const shim = new ShimHarness();
  assert.is(shim.set.stats.apiObjectsConstructed, 0);
  shim.ready();
  assert.is(shim.set.stats.apiObjectsConstructed, 0);
});

test("get by path and by id, one reply per batch with results in op order", () => {
  const shim = new ShimHarness().ready();
  const songId = shim.set.song.id;
  const reply = shim.batch(
    { op: "get", target: "live_set", prop: "tempo" },
    { op: "get", target: songId, prop: "signature_numerator" },
    { op: "get", target: "live_set", prop: "tracks" },
    { op: "get", target: "live_set tracks 0", prop: "name" },
  );
  assert.is(shim.replies().length, 1);
  assert.equal(reply.r[0], { v: shim.set.read("live_set", "tempo") });
  assert.equal(reply.r[1], { v: shim.set.read(songId, "signature_numerator") });
  const trackIds = idsOf((reply.r[2] as { v: unknown }).v);
  assert.equal(trackIds, shim.set.song.tracks.map((t) => t.id));
  assert.equal(reply.r[3], { v: ["Drums"] });
});

test("set writes to Live; a list value reaches it as a list", () => {
  const shim = new ShimHarness().ready();
  const track = shim.set.song.tracks[1].id;
  const reply = shim.batch(
    { op: "set", target: "live_set", prop: "tempo", value: 133.5 },
    { op: "set", target: track, prop: "name", value: ["Lead", "Synth"] },
    { op: "get", target: track, prop: "name" },
  );
  assert.equal(reply.r.slice(0, 2), [{ v: null }, { v: null }]);
  assert.equal(shim.set.read("live_set", "tempo"), [133.5]);
  assert.equal(reply.r[2], { v: ["Lead Synth"] });
  assert.equal(shim.set.errors, []);
});

test("call passes arguments and answers Live's return value; getcount and info read structure", () => {
  const shim = new ShimHarness().ready();
  const before = shim.set.song.scenes.length;
  const reply = shim.batch(
    { op: "call", target: "live_set", fn: "create_scene", args: [1] },
    { op: "getcount", target: "live_set", child: "scenes" },
    { op: "info", target: "live_set" },
  );
  const created = (reply.r[0] as { v: unknown }).v as (string | number)[];
  assert.is(created[0], "id");
  assert.is(shim.set.song.scenes[1].id, created[1]);
  assert.equal(reply.r[1], { v: before + 1 });
  const info = String((reply.r[2] as { v: unknown }).v);
  assert.ok(info.startsWith(`id ${shim.set.song.id}\ntype Song`));
  assert.ok(info.includes("function create_scene"));
  assert.equal(shim.value({ op: "call", target: "live_set", fn: "stop_playing" }), null);
});

test("every non-observe op shares one LiveAPI object, re-targeted", () => {
  const shim = new ShimHarness().ready();
  for (let i = 0; i < 5; i++) {
    shim.batch(
      { op: "get", target: shim.set.song.tracks[i % 3].id, prop: "name" },
      { op: "set", target: "live_set", prop: "tempo", value: 100 + i },
      { op: "getcount", target: "live_set", child: "tracks" },
      { op: "snapshot", target: "live_set", spec: { props: ["tempo"], children: { tracks: { props: ["name"] } } } },
    );
  }
  assert.is(shim.set.stats.apiObjectsConstructed, 1);
});

test("bad ops get an error result each, the rest of the batch still runs, and nothing is thrown", () => {
  const shim = new ShimHarness().ready();
  const reply = shim.batch(
    { op: "get", target: 99999, prop: "name" },
    { op: "get", target: 0, prop: "name" },
    { op: "get", target: "live_set tracks 99", prop: "name" },
    { op: "get", target: "live_set", prop: "no_such_prop" },
    { op: "set", target: "live_set", prop: "no_such_prop", value: 1 },
    { op: "call", target: "live_set", fn: "no_such_fn" },
    { op: "getcount", target: "live_set", child: "tempo" },
    { op: "observe", oid: 1, target: "live_set", prop: "no_such_prop" },
    { op: "observe", oid: 2, target: "live_set", prop: "exclusive_arm" },
    { op: "unobserve", oid: 42 },
    { op: "get", target: "live_set", prop: "tempo" },
  );
  const errors = reply.r.map((r) => ("e" in r ? r.e : null));
  assert.equal(errors, [
    "no object with id 99999",
    "no object with id 0",
    "no object at path live_set tracks 99",
    "Song has no property no_such_prop",
    "Song has no property no_such_prop",
    "Song has no function no_such_fn",
    "Song has no list of children tempo",
    "Song has no property no_such_prop",
    "exclusive_arm of Song cannot be observed",
    "no observer 42",
    null,
  ]);
  assert.equal(reply.r[10], { v: shim.set.read("live_set", "tempo") });
  assert.equal(shim.errors(), []);
  assert.equal(shim.events(), [], "refused observers send nothing");
});

test("Live's own refusals (read-only, out of range) show on the console; the shim replies and carries on", () => {
  // Live refuses these only by posting to the Max window, which a [js] cannot read; LiveAPI returns as usual.
  const shim = new ShimHarness().ready();
  const reply = shim.batch(
    { op: "set", target: "live_set", prop: "is_playing", value: 1 },
    { op: "set", target: "live_set", prop: "tempo", value: 5000 },
    { op: "get", target: "live_set", prop: "is_playing" },
  );
  assert.equal(reply.r, [{ v: null }, { v: null }, { v: [0] }]);
  assert.equal(shim.set.read("live_set", "tempo"), [120]);
  assert.is(shim.set.errors.length, 2);
  assert.match(shim.set.errors[0], /read-only/);
});

test("an op whose fields have the wrong type gets an error result; the rest of the batch still runs", () => {
  const shim = new ShimHarness().ready();
  shim.send(MSG_BATCH, 7, 1, "get", "live_set", 5, "observe", "x", "live_set", "tempo", 0, "observe", 1, "live_set", "tempo", -1, "snapshot", "live_set", 99, "get", "", "name", "get", "live_set", "tempo");
  assert.equal(shim.chunks(7), [
    [7, 1, -1, "prop must be a non-empty string", -1, "oid must be an integer", -1, "quantum must be a number >= 0", -1, "unknown snapshot spec 99", -1, "target must be a Live id or a path", 1, 120],
  ]);
  assert.equal(shim.errors(), []);
});

test("malformed batches get a whole-batch error; the shim keeps answering", () => {
  const shim = new ShimHarness().ready();
  shim.send(MSG_BATCH, "{not json");
  shim.send(MSG_BATCH, 8, 2, "reset");
  shim.send(MSG_BATCH, 9, 1, "frobnicate", "live_set");
  shim.send(MSG_BATCH, 10, 1, "get", "live_set");
  shim.send(MSG_BATCH, 11, 1, "set", "live_set", "tempo", 3, 1);
  assert.equal(shim.chunks(-1), [[-1, 1, -2, "batch needs a numeric rid"]]);
  assert.equal(shim.chunks(8), [[8, 1, -2, "batch needs a priority 0 or 1"]]);
  assert.equal(shim.chunks(9), [[9, 1, -2, 'unknown op "frobnicate" at atom 2']]);
  assert.equal(shim.chunks(10), [[10, 1, -2, "get needs 2 arguments"]]);
  assert.equal(shim.chunks(11), [[11, 1, -2, "set needs a count of atoms that follow"]]);
  assert.equal(shim.value({ op: "get", target: "live_set", prop: "tempo" }), [120]);
  assert.equal(shim.errors(), []);
});

test("the client refuses to send a string Max would cut; the shim cuts a value too long, marked with …", () => {
  const long = "x".repeat(MAX_ATOM_CHARS + 1);
  assert.throws(() => encodeOp({ op: "set", target: "live_set tracks 0", prop: "name", value: long }, () => 0), /value too long/);
  const shim = new ShimHarness().ready();
  const track = shim.set.song.tracks[0].id;
  shim.set.setProperty(track, "name", long); // the user typed it in Live
  const reply = shim.batch(
    { op: "get", target: track, prop: "name" },
    { op: "snapshot", target: track, spec: { props: ["name", "color"] } },
  );
  const cut = long.slice(0, MAX_ATOM_CHARS - 1) + "\u2026";
  assert.equal(reply.r[0], { v: [cut] });
  const snap = (reply.r[1] as { v: SnapNode }).v;
  assert.equal(snap.p.name, [cut], "the snapshot's name is cut the same way");
  assert.equal(snap.p.color, shim.set.read(track, "color"));
  for (const m of shim.toNode) for (const a of m) assert.ok(typeof a !== "string" || a.length <= MAX_ATOM_CHARS);
});

test("an unknown message is reported on the console, not thrown", () => {
  const shim = new ShimHarness().ready();
  shim.send("lom_bogus", 1);
  assert.equal(shim.errors(), ["lom-shim: unknown message lom_bogus"]);
});

test.run();
