// The shim's blocks: each stays within BLOCK_BUDGET (one 60 Hz frame, modelled), long work goes on in Tasks,
// foreground before background.
// Blocks are measured with the simulated set's counters around each message delivered and each Task run.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Op, SnapNode, SnapshotSpec } from "../../src/wire/protocol";
import { BACKGROUND, FOREGROUND } from "../../src/wire/protocol";
import { BLOCK_BUDGET, LIVEAPI_MS, MAX_ATOM_CHARS } from "../../src/wire/liveApiCosts";
import { snapshotSpecOf } from "../../src/lom/SnapshotSpecs";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { generateLargeSet } from "../../src/sim/live/generateLargeSet";
import { expectedSnapshot, ShimHarness } from "./ShimHarness";

const largeSet = (tracks: number, scenes: number) => LiveSet.fromDescription(generateLargeSet({ tracks, scenes }));


function assertWithinBudget(shim: ShimHarness, from = 0): void {
  for (const block of shim.blocks.slice(from)) {
    assert.ok(block.calls <= BLOCK_BUDGET.calls, `a ${block.kind} block of ${block.calls} calls`);
    assert.ok(block.objects <= BLOCK_BUDGET.newObjects, `a ${block.kind} block of ${block.objects} new objects`);
    assert.ok(block.ms <= BLOCK_BUDGET.modelledMs, `a ${block.kind} block of ${block.ms} ms modelled`);
  }
}

test("a batch of 1,000 gets runs over many blocks of at most one frame each, answered in op order", () => {
  const shim = new ShimHarness().ready();
  const tracks = shim.set.song.tracks;
  const ops: Op[] = Array.from({ length: 1000 }, (_, i) => ({ op: "get", target: tracks[i % tracks.length].id, prop: "name" }));
  const from = shim.blocks.length;
  const rid = shim.sendBatch(ops);
  const blocks = shim.blocks.slice(from).filter((b) => b.calls > 0);
  // 0.3 ms a get: a 16 ms block affords 53 calls, re-targets included.
  assert.ok(blocks.length >= Math.ceil(1000 / Math.floor(BLOCK_BUDGET.modelledMs / LIVEAPI_MS.central.call)), `${blocks.length} blocks`);
  assertWithinBudget(shim, from);
  assert.ok(shim.chunks(rid).length >= blocks.length, "one reply chunk per block");
  const reply = shim.replies().find((r) => r.rid === rid)!;
  assert.equal(reply.r, ops.map((_, i) => ({ v: [tracks[i % tracks.length].name] })));
});

test("a snapshot of a 256 x 16 set arrives whole through chunks, equal to what Live holds, no block over budget", () => {
  const shim = new ShimHarness(largeSet(256, 16)).ready();
  // The whole structure and every clip slot: far more than one block's worth of LiveAPI calls.
  const spec: SnapshotSpec = { ...snapshotSpecOf("Song"), children: { ...snapshotSpecOf("Song").children, tracks: { ...snapshotSpecOf("Track"), children: { clip_slots: snapshotSpecOf("ClipSlot") } } } };
  const from = shim.blocks.length;
  const rid = shim.sendBatch([{ op: "snapshot", target: "live_set", spec }], BACKGROUND);
  const snap = shim.replies().find((r) => r.rid === rid)!.r[0] as { v: SnapNode };
  assert.equal(snap.v, expectedSnapshot(shim.set, shim.set.song.id, spec));
  assert.is(snap.v.c.tracks.length, shim.set.song.tracks.length);
  assertWithinBudget(shim, from);
  assert.ok(shim.chunks(rid).length > 100, `${shim.chunks(rid).length} chunks`);
  for (const m of shim.toNode) for (const a of m) assert.ok(typeof a !== "string" || a.length <= MAX_ATOM_CHARS);
});

test("an object deleted while the walk waits for its next block is dropped; the rest is read", () => {
  const shim = new ShimHarness(largeSet(32, 4)).ready();
  const spec: SnapshotSpec = { props: ["name"], children: { tracks: { props: ["name", "color"], children: { clip_slots: { props: ["has_clip"] } } } } };
  const rid = shim.sendBatchQuietly([{ op: "snapshot", target: "live_set", spec }], BACKGROUND);
  shim.wire.drain(); // the first block ran
  const last = shim.set.song.tracks[shim.set.song.tracks.length - 1];
  shim.set.deleteTrack(last.id);
  shim.settle();
  const snap = (shim.replies().find((r) => r.rid === rid)!.r[0] as { v: SnapNode }).v;
  assert.not.ok(snap.c.tracks.some((t) => t.id === last.id));
  assert.is(snap.c.tracks.length, shim.set.song.tracks.length);
  assert.equal(snap, expectedSnapshot(shim.set, shim.set.song.id, spec));
});

test("a foreground batch sent while a background walk is under way is answered before the walk ends", () => {
  const shim = new ShimHarness(largeSet(64, 16)).ready();
  const walk = shim.sendBatchQuietly([{ op: "snapshot", target: "live_set", spec: snapshotSpecOf("Song") }], BACKGROUND);
  shim.wire.drain();
  shim.clock.runNextDue(); // the walk is a few blocks in
  assert.ok(shim.chunks(walk).length > 0 && !shim.replies().some((r) => r.rid === walk));
  const knob = shim.sendBatchQuietly([{ op: "set", target: "live_set", prop: "tempo", value: 99 }], FOREGROUND);
  shim.settle();
  const order = shim.replies().map((r) => r.rid);
  assert.ok(order.indexOf(knob) < order.indexOf(walk), JSON.stringify(order));
  // Answered by the very block its message started, not after the walk's Tasks.
  const replyAt = shim.toNode.findIndex((m) => m[1] === knob);
  const walkChunksBefore = shim.toNode.slice(0, replyAt).filter((m) => m[1] === walk).length;
  assert.ok(walkChunksBefore < shim.chunks(walk).length / 2);
  assert.equal(shim.set.read("live_set", "tempo"), [99]);
});

test("reset parks thousands of observers over several blocks; no event gets out after it", () => {
  const shim = new ShimHarness(largeSet(128, 8)).ready();
  const slots = shim.set.song.tracks.flatMap((t) => t.clipSlots.map((s) => s.id));
  shim.sendBatch(slots.map((id, i) => ({ op: "observe", oid: i + 1, target: id, prop: "has_clip" })));
  assert.is(shim.set.observerCount, slots.length);
  const from = shim.blocks.length;
  const rid = shim.sendBatch([{ op: "reset" }]);
  assert.equal(shim.replies().find((r) => r.rid === rid)!.r, [{ v: null }]);
  assert.ok(shim.blocks.length - from > 10);
  assertWithinBudget(shim);
  assert.is(shim.set.observerCount, 0, "parked observers point nowhere, so Live notifies none");
});

test.run();
