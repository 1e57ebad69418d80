// A second [live.thisdevice] bang in a running device (a preset load) is a structure check of the synced
// mirror, not a full resync: it costs a few LiveAPI calls, creates no observer, and still repairs what
// Live changed without telling the mirror.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { generateMusicianSet } from "../../src/sim/live/generateMusicianSet";
import { LiveSet } from "../../src/sim/live/LiveSet";
import { Rig } from "../../src/sim/max/Rig";
import type { Protocol0 } from "../../src/host/Protocol0";
import { loseNextEvent } from "../support/lostMessages";
import { divergences } from "../support/modelCheck";

const appOf = (rig: Rig): Protocol0 => (rig.bundle as { app: Protocol0 }).app;

async function synced(): Promise<{ rig: Rig; set: LiveSet }> {
  const set = LiveSet.fromDescription(generateMusicianSet());
  const rig = new Rig({ set });
  await rig.start();
  await rig.advance(500);
  return { rig, set };
}

test("a preset load: a structure check of a few calls, no resync, no observer created", async () => {
  const { rig, set } = await synced();
  const fullSync = rig.ledger.totals.calls;
  const mark = rig.ledger.mark();
  rig.thisDeviceBangs();
  await rig.advance(200);
  const phase = rig.ledger.since(mark);
  assert.is(appOf(rig).syncCount, 1, "no full resync");
  assert.is(phase.observersCreated, 0);
  assert.ok(phase.calls <= 40, `${phase.calls} LiveAPI calls (the sync took ${fullSync})`);
  assert.equal(divergences(appOf(rig), set), []);
  assert.equal(rig.posts("error"), []);
});

test("a preset load repairs a track list change the mirror missed", async () => {
  const { rig, set } = await synced();
  const lost = loseNextEvent(rig);
  set.createTrack("audio", 3, "Missed");
  await rig.settle();
  assert.ok(lost(), "the tracks event was lost");
  assert.ok(divergences(appOf(rig), set).length > 0);
  rig.thisDeviceBangs();
  await rig.advance(300);
  assert.is(appOf(rig).syncCount, 1);
  assert.equal(divergences(appOf(rig), set), []);
});

test.run();
