// The model's domain events on the bundle's bus, caused by edits in the simulated Live.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type * as ModelEvents from "../../src/model/ModelEvents";
import type { Rig } from "../../src/sim/max/Rig";
import { rigWith, type Running } from "../support/rigWith";

type EventName = keyof typeof ModelEvents;

/** Records every model event the running bundle emits, by class name, with its target's id. */
function record(r: Running): { name: EventName; target?: number }[] {
  const events = (r.rig.bundle as { modelEvents: typeof ModelEvents }).modelEvents;
  const seen: { name: EventName; target?: number }[] = [];
  for (const name of Object.keys(events) as EventName[]) {
    r.app.seq.bus.subscribe(events[name], (event: object) => {
      const target = (event as { target?: { id: number } | null }).target;
      seen.push(target ? { name, target: target.id } : { name });
    });
  }
  return seen;
}

async function settle(rig: Rig, change: () => unknown): Promise<void> {
  change();
  await rig.settle();
}

test("track added and deleted, tracks and scenes mapped", async () => {
  const r = await rigWith("demo");
  const seen = record(r);
  let id = 0;
  await settle(r.rig, () => (id = r.set.createTrack("audio", 1, "New").id));
  // Live selects a track it creates; the selection event waits until the track is mapped.
  assert.equal(seen, [
    { name: "TrackAddedEvent", target: id },
    { name: "TracksMappedEvent" },
    { name: "ScenesMappedEvent" },
    { name: "SelectedTrackChangedEvent", target: id },
  ]);
  seen.length = 0;
  await settle(r.rig, () => r.set.deleteTrack(id));
  assert.equal(seen[0], { name: "TrackDeletedEvent", target: id });
});

test("selected track changed", async () => {
  const r = await rigWith("demo");
  const seen = record(r);
  const vocals = r.set.song.tracks.find((t) => t.name === "Vocals")!;
  await settle(r.rig, () => r.set.selectTrack(vocals.id));
  assert.equal(seen, [{ name: "SelectedTrackChangedEvent", target: vocals.id }]);
});

test("clip created and deleted", async () => {
  const r = await rigWith("demo");
  const seen = record(r);
  const bassIndex = r.set.song.tracks.findIndex((t) => t.name === "Bass");
  const slot = r.set.song.tracks[bassIndex]!.clipSlots[3]!;
  // Slots are followed while they are in focus: the selected scene's row.
  await settle(r.rig, () => r.set.selectScene(r.set.song.scenes[3]!.id));
  seen.length = 0;
  await settle(r.rig, () => r.set.createClip(bassIndex, 3, { length: 4 }));
  assert.equal(seen, [{ name: "ClipCreatedEvent", target: slot.id }]);
  seen.length = 0;
  await settle(r.rig, () => r.set.callFunction(slot.id, "delete_clip"));
  assert.equal(seen, [{ name: "ClipDeletedEvent", target: slot.id }]);
});

test("scene inserted: scenes mapped, slots rebuilt", async () => {
  const r = await rigWith("demo");
  const seen = record(r);
  await settle(r.rig, () => r.set.createScene(1, "Bridge"));
  assert.ok(seen.some((e) => e.name === "ScenesMappedEvent"));
  assert.not.ok(seen.some((e) => e.name === "TracksMappedEvent"), "no track was added");
  assert.is(r.app.song.scenes()[1]!.name, "Bridge");
});

test.run();
