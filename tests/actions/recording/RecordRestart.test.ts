// Node for Max restarting during a recording: the undo step the recording opened is closed by the
// next bundle's reset (the shim keeps count of the steps it opened), so later edits are steps of their own.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { recorder } from "./recordingRig";
import { recordingSet } from "./sets";

test("a restart mid-recording leaves no undo step open: the next presses are steps of their own", async () => {
  const r = await recorder(recordingSet());
  await r.gesture("record.normal");
  await r.bars(1.5);
  assert.ok(r.app.seq.registry.size > 0, "the recording is under way, its undo step open");
  await r.rig.restartNode();
  await r.bars(0.5);
  const before = r.set.undoHistory.length;
  for (let i = 0; i < 3; i++) await r.gesture("transport.metronome");
  await r.bars(0.25);
  assert.is(r.set.undoHistory.length - before, 3, "three presses, three undo steps");
});

test.run();
