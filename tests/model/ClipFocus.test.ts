// Clips observe what decides their length always, and the rest while they are the detail clip.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { rigWith } from "../support/rigWith";

test("the detail clip's properties follow Live; another clip's are read again when it becomes the detail clip", async () => {
  const { set, rig, app } = await rigWith("demo");
  const bass = set.song.tracks.find((t) => t.name === "Bass")!;
  const [first, second] = bass.clipSlots.filter((slot) => slot.clip).map((slot) => slot.clip!);
  set.setProperty("live_set view", "detail_clip", "id", first!.id);
  await rig.settle();
  set.setProperty(first!.id, "name", "Renamed");
  set.setProperty(first!.id, "loop_start", 1);
  await rig.settle();
  assert.is(app.objects.clip(first!.id).name, "Renamed");
  assert.is(app.objects.clip(first!.id).loopStart, 1);

  set.setProperty(second!.id, "name", "Elsewhere");
  set.setProperty("live_set view", "detail_clip", "id", second!.id);
  await rig.settle();
  assert.is(app.objects.clip(second!.id).name, "Elsewhere", "focusing a clip reads its current values");
  assert.equal(rig.posts("error"), []);
});

test("focus costs observers only for the detail clip, and moves with it", async () => {
  const { set, rig, app } = await rigWith("demo");
  const [a, b] = set.song.tracks.flatMap((t) => t.clipSlots.filter((s) => s.clip).map((s) => s.clip!));
  set.setProperty("live_set view", "detail_clip", "id", a!.id);
  await rig.settle();
  const focused = set.observerCount;
  set.setProperty("live_set view", "detail_clip", "id", b!.id);
  await rig.settle();
  set.setProperty("live_set view", "detail_clip", "id", a!.id);
  await rig.settle();
  assert.is(set.observerCount, focused, "focus moved away and back: the observers moved with it, none left behind");
  // An empty slot highlighted: no detail clip, no on-demand observers.
  const pad = set.song.tracks.find((t) => t.name === "Pad")!;
  set.selectTrack(pad.id);
  await rig.settle();
  assert.equal(set.read("live_set view", "detail_clip"), ["id", 0]);
  assert.ok(set.observerCount < focused, "no clip in focus, fewer observers");
  assert.is(set.observerCount, app.client.observerCount);
});

test.run();
