// A Node for Max restart: the new bundle drops the old observers in the shim, reads the whole set
// again (changes made while it was down included) and ends with exactly one observer per property.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MSG_BATCH, MSG_EVENT } from "../../src/wire/protocol";
import type { Protocol0 } from "../../src/host/Protocol0";
import { generateLargeSet } from "../../src/sim/live/generateLargeSet";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { Rig } from "../../src/sim/max/Rig";
import { divergences } from "../support/modelCheck";
import { rigWith } from "../support/rigWith";

test("restart: full resync, changes made meanwhile seen, no duplicate observers", async () => {
  const running = await rigWith("demo");
  const { set, rig } = running;
  const bass = set.song.tracks.find((t) => t.name === "Bass")!;
  const before = running.app;

  assert.is(set.observerCount, before.client.observerCount);
  // Changed while the old process dies: its pending events are lost with it. Fewer tracks also
  // means fewer observers: any the old bundle left behind would show.
  set.setProperty(bass.id, "name", "Sub bass");
  set.deleteTrack(set.song.tracks.find((t) => t.name === "Keys")!.id);
  await rig.restartNode();

  const after = running.app;
  assert.is.not(after, before);
  assert.is(after.syncCount, 1);
  assert.is(set.observerCount, after.client.observerCount, "the shim holds exactly the new bundle's observers");
  assert.equal(divergences(after, set), []);
  assert.is(after.song.simpleTracks().find((t) => t.id === bass.id)?.name, "Sub bass");

  // One change, one event: the old bundle's observers are gone from the shim.
  const events: unknown[] = [];
  rig.wire.tap((m) => {
    if (m.to === "node" && m.atoms[0] === MSG_EVENT) events.push(m.atoms[1]);
  });
  set.setProperty(bass.id, "arm", 1); // every track observes its arm (LomClasses)
  await rig.settle();
  assert.is(events.length, 1, JSON.stringify(events));
  assert.ok(after.song.simpleTracks().find((t) => t.id === bass.id)?.isArmed);
  assert.equal(rig.posts("error"), []);
});

test("a resync started while the sync is still observing: the shim ends with exactly the bundle's observers", async () => {
  const set = LiveSet.fromDescription(generateLargeSet({ tracks: 64, scenes: 16 }));
  const rig = new Rig({ set });
  let resynced = false;
  rig.wire.tap((message) => {
    if (resynced || message.to !== "shim" || message.atoms[0] !== MSG_BATCH || !message.atoms.includes("observe")) return;
    resynced = true;
    // A reinitialise pressed while the first sync's observers are still queued in the shim.
    queueMicrotask(() => void (rig.bundle as { app: Protocol0 }).app.reinitialise());
  });
  await rig.start();
  await rig.advance(1_000);
  const app = (rig.bundle as { app: Protocol0 }).app;
  assert.ok(resynced);
  assert.is(app.syncCount, 2);
  assert.is(set.observerCount, app.client.observerCount, "no observer of the first sync left active");
  assert.equal(divergences(app, set), []);
  assert.equal(rig.posts("error"), []);
});

test("what the focus held is loaded again after a resync, lists nested in held ones too", async () => {
  const running = await rigWith("demo");
  const { set, rig } = running;
  const bass = set.song.tracks.find((t) => t.name === "Bass")!;
  set.selectTrack(bass.id);
  set.callFunction("live_set view", "select_device", "id", bass.devices[0]!.id);
  await rig.advance(200);
  const device = bass.devices[0]!.id;
  assert.ok(running.app.mirror.isLoaded(device, "parameters"), "the selected device's parameters are in focus");
  void running.app.reinitialise();
  await rig.advance(500);
  assert.ok(running.app.mirror.isLoaded(device, "parameters"), "and again after the resync");
  assert.is(set.observerCount, running.app.client.observerCount);
  assert.equal(divergences(running.app, set), []);
});

test.run();
