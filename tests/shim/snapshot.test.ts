// Snapshot in the real shim, checked against the simulator's own reads (not through LiveAPI).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { SnapNode, SnapshotSpec } from "../../src/wire/protocol";
import { BLOCK_BUDGET } from "../../src/wire/liveApiCosts";
import { expectedSnapshot, ShimHarness } from "./ShimHarness";

const SPEC: SnapshotSpec = {
  props: ["tempo", "signature_numerator"],
  children: {
    tracks: {
      props: ["name", "color", "is_foldable"],
      children: {
        clip_slots: { props: ["has_clip"], children: { clip: { props: ["name", "length"] } } },
        devices: { props: ["name", "class_name"], children: { parameters: { props: ["name", "value"] }, chains: { props: ["name"] } } },
        mixer_device: { props: [], children: { volume: { props: ["value"] } } },
      },
    },
    scenes: { props: ["name"] },
    master_track: { props: ["name"] },
  },
};

function count(node: SnapNode): number {
  return 1 + Object.values(node.c).reduce((n, list) => n + list.reduce((m, c) => m + count(c), 0), 0);
}

test("a snapshot of the whole set equals what Live holds, empty slots' clip (id 0) left out", () => {
  const shim = new ShimHarness().ready();
  const snap = shim.value({ op: "snapshot", target: "live_set", spec: SPEC }) as SnapNode;
  assert.equal(snap, expectedSnapshot(shim.set, shim.set.song.id, SPEC));
  const slots = snap.c.tracks.flatMap((t) => t.c.clip_slots);
  assert.ok(slots.some((s) => s.p.has_clip[0] === 0 && s.c.clip.length === 0));
  assert.ok(slots.some((s) => s.p.has_clip[0] === 1 && s.c.clip.length === 1));
  assert.ok(count(snap) > 50);
});

test("properties and children a class lacks are left out, so one spec covers mixed classes", () => {
  const shim = new ShimHarness().ready();
  const snap = shim.value({ op: "snapshot", target: "live_set", spec: SPEC }) as SnapNode;
  const devices = snap.c.tracks.flatMap((t) => t.c.devices);
  assert.ok(devices.some((d) => "chains" in d.c) && devices.some((d) => !("chains" in d.c)));
  assert.not.ok("is_foldable" in snap.c.master_track[0].p);
});

/** Per object: one re-target and one get per listed property and child list (read whether the class has it or not). */
function readsOf(node: SnapNode, spec: SnapshotSpec): number {
  let calls = 1 + spec.props.length + Object.keys(spec.children ?? {}).length;
  for (const [child, list] of Object.entries(node.c)) for (const c of list) calls += readsOf(c, spec.children![child]);
  return calls;
}

test("a snapshot uses the shared LiveAPI object only: one construction, one API call per read", () => {
  const shim = new ShimHarness().ready();
  const spec: SnapshotSpec = { props: ["tempo"], children: { scenes: { props: ["name"] } } };
  const before = shim.set.stats.apiCalls;
  const snap = shim.value({ op: "snapshot", target: shim.set.song.id, spec }) as SnapNode;
  assert.is(shim.set.stats.apiObjectsConstructed, 1);
  // the root's re-target is the op's own: the walk does not point the worker at it again
  assert.is(shim.set.stats.apiCalls - before, readsOf(snap, spec));
});

test("a walk longer than a block goes on in Tasks; resuming costs at most one re-target a block", () => {
  const shim = new ShimHarness().ready();
  const before = shim.set.stats.apiCalls;
  const blocks = shim.blocks.length;
  const snap = shim.value({ op: "snapshot", target: shim.set.song.id, spec: SPEC }) as SnapNode;
  const walked = shim.blocks.slice(blocks);
  assert.ok(walked.length > 1, `${walked.length} blocks`);
  for (const block of walked) assert.ok(block.calls <= BLOCK_BUDGET.calls && block.ms <= BLOCK_BUDGET.modelledMs, `a block of ${block.calls} calls, ${block.ms} ms`);
  const calls = shim.set.stats.apiCalls - before;
  assert.ok(calls >= readsOf(snap, SPEC) && calls <= readsOf(snap, SPEC) + walked.length, `${calls} calls`);
});

test("a subtree by path; a bad target or spec is an error result", () => {
  const shim = new ShimHarness().ready();
  const track = shim.set.song.tracks[0];
  const spec: SnapshotSpec = { props: ["name"], children: { devices: { props: ["name"] } } };
  assert.equal(shim.value({ op: "snapshot", target: "live_set tracks 0", spec }), expectedSnapshot(shim.set, track.id, spec));
  const reply = shim.batch(
    { op: "snapshot", target: "live_set tracks 77", spec },
    { op: "snapshot", target: "live_set", spec: { props: "name" } as never },
    { op: "snapshot", target: "live_set", spec: { props: [], children: { tracks: null } } as never },
  );
  // A malformed spec is refused when it is registered (on the console); the op naming it fails.
  assert.equal(reply.r, [{ e: "no object at path live_set tracks 77" }, { e: "unknown snapshot spec 1" }, { e: "unknown snapshot spec 2" }]);
  assert.equal(shim.errors(), ["lom-shim: snapshot spec 1: snapshot spec needs a props array", "lom-shim: snapshot spec 2: snapshot spec needs a props array"]);
});

test.run();
