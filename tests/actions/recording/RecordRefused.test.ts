// A recording whose write Live refuses stops there (issue 19, point 1): the refusal is answered to the
// recording's own step, which ends its sequence (undone as a cancel is), and the status line says it
// under the action's title, never the recording's success.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MSG_BATCH } from "../../../src/wire/protocol";
import { clipAt, recorder } from "./recordingRig";
import { KEYS, recordingSet } from "./sets";

test("a recording whose launch Live refuses (its scene deleted as the launch went) stops and says so under the action's title", async () => {
  const r = await recorder(recordingSet());
  const keys = r.set.song.tracks[KEYS]!;
  let deleted = false;
  // The musician deletes the recording's scene just as the launch is on its way: Live has no slot to fire.
  r.rig.wire.tap(({ to, atoms }) => {
    if (deleted || to !== "shim" || atoms[0] !== MSG_BATCH || !atoms.includes("fire")) return;
    deleted = true;
    r.set.callFunction("live_set", "delete_scene", 0);
  });
  await r.gesture("record.normal");
  await r.bars(1);
  assert.ok(deleted, "the launch reached Live");
  const statuses = r.statuses();
  assert.match(statuses[statuses.length - 1] ?? "", /^warn Record: Live refused fire \(.+\)$/, statuses.join("\n"));
  assert.not.ok(statuses.some((line) => line.includes("Recorded")), "no success text");
  assert.is(r.app.seq.registry.size, 0, "the recording sequence is over");
  assert.is(keys.values.arm, 0, "the arm is put back");
  await r.bars(2);
  assert.equal(r.set.song.tracks.map((track) => clipAt(track, 0)), r.set.song.tracks.map(() => null), "nothing records later");
});

test.run();
