// Live refuses LOM writes made from inside a notification; the shim defers them to its next Task tick.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Op } from "../../src/wire/protocol";
import { MSG_EVENT } from "../../src/wire/protocol";
import { NOTIFICATION_WRITE_ERROR } from "../../src/sim/live/LiveCore";
import { ShimHarness } from "./ShimHarness";

const WRITE: Op[] = [
  { op: "set", target: "live_set", prop: "tempo", value: 140 },
  { op: "get", target: "live_set", prop: "tempo" },
];

/** Plays the song and forces WRITE into the shim from inside its first song-time notification; answers its rid. */
function writeDuringNotification(shim: ShimHarness): number {
  shim.value({ op: "observe", oid: 1, target: "live_set", prop: "current_song_time" });
  let forced = false;
  const write = shim.batchAtoms(WRITE);
  shim.wire.tap((message) => {
    if (forced || message.to !== "node" || message.atoms[0] !== MSG_EVENT) return;
    forced = true;
    shim.wire.deliverNow("shim", write);
  });
  shim.set.callFunction("live_set", "start_playing");
  shim.set.advance(100);
  assert.ok(forced, "the batch was delivered during the notification");
  return Number(write[1]);
}

test("control: a LiveAPI write from a notification is refused by the simulated Live", () => {
  const shim = new ShimHarness();
  const LiveAPI = shim.set.liveApiClass();
  const writer = new LiveAPI(undefined, "live_set");
  let armed = false; // the value sent when observation starts is not a notification
  const watcher = new LiveAPI((args: (string | number)[]) => {
    if (armed && args[0] === "current_song_time") writer.set("tempo", 140);
  }, "live_set");
  watcher.property = "current_song_time";
  armed = true;
  shim.set.callFunction("live_set", "start_playing");
  shim.set.advance(100);
  assert.ok(shim.set.errors.some((e) => e.includes(NOTIFICATION_WRITE_ERROR)));
  assert.equal(shim.set.read("live_set", "tempo"), [120]);
});

test("a write batch arriving inside a notification runs on the next tick, then replies", () => {
  const shim = new ShimHarness().ready();
  const rid = writeDuringNotification(shim);
  shim.wire.drain();
  assert.not.ok(shim.replies().some((r) => r.rid === rid), "no reply before the deferred ops ran");
  assert.equal(shim.set.read("live_set", "tempo"), [120]);
  assert.is(shim.clock.pending, 1);
  shim.settle();
  assert.equal(shim.replies().find((r) => r.rid === rid), { rid, r: [{ v: null }, { v: [140] }] });
  assert.equal(shim.set.read("live_set", "tempo"), [140]);
  assert.equal(shim.set.errors, []);
});

test("batches arriving while writes wait are answered after them, in order", () => {
  const shim = new ShimHarness().ready();
  const rid = writeDuringNotification(shim);
  const later = shim.sendBatchQuietly([{ op: "get", target: "live_set", prop: "tempo" }]);
  shim.settle();
  const order = shim.replies().map((r) => r.rid);
  assert.ok(order.indexOf(rid) >= 0 && order.indexOf(rid) < order.indexOf(later));
  assert.equal(shim.replies().find((r) => r.rid === later)?.r, [{ v: [140] }]);
});

test("a read-only batch inside a notification is answered at once", () => {
  const shim = new ShimHarness().ready();
  shim.value({ op: "observe", oid: 1, target: "live_set", prop: "tempo" });
  const read = shim.batchAtoms([{ op: "get", target: "live_set", prop: "signature_numerator" }]);
  const rid = Number(read[1]);
  shim.wire.tap((message) => {
    if (message.atoms[0] === MSG_EVENT && !shim.replies().some((r) => r.rid === rid)) shim.wire.deliverNow("shim", read);
  });
  shim.set.setProperty("live_set", "tempo", 90);
  shim.wire.drain();
  assert.equal(shim.replies().find((r) => r.rid === rid), { rid, r: [{ v: [4] }] });
  assert.is(shim.clock.pending, 0);
});

test.run();
