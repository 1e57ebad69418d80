// The mirror heals (issue 10, point 9): while the device is idle, one loaded object a second is read
// again and repaired, so a change Live never notifies, or an event lost on the wire, stops diverging
// within one round of the healer, without a full resync. Counts and virtual time only, never wall-clock.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { HEAL_SLICE_TICKS } from "../../src/lom/MirrorHealer";
import { METRO_MS } from "../../src/sim/max/Rig";
import type { SetDescription } from "../../src/sim/live/LiveSet";
import { generateLargeSet } from "../../src/sim/live/generateLargeSet";
import { generateMusicianSet } from "../../src/sim/live/generateMusicianSet";
import { divergences } from "../support/modelCheck";
import { loseNextEvent, loseSnapshotReply } from "../support/lostMessages";
import { actionRig } from "../support/ec4";
import { rigWith, type Running } from "../support/rigWith";

const SLICE_MS = HEAL_SLICE_TICKS * METRO_MS;

const trackNamed = (r: Running, name: string) => r.set.song.allTracks().find((t) => t.name === name)!;

/**
 * Advances one slice period at a time until `repaired()` holds; answers the seconds it took. Fails past
 * one full round: the objects the healer cycles through (every loaded one, at most), with a group track's
 * slice between every two, plus one.
 */
async function secondsUntil(r: Running, repaired: () => boolean): Promise<number> {
  const bound = 2 * r.app.mirror.size + 1;
  for (let slices = 0; slices <= bound; slices++) {
    if (repaired()) return slices;
    await r.rig.advance(SLICE_MS);
  }
  assert.unreachable(`not repaired within ${bound} slices (${r.app.healer.slices} issued, ${r.app.healer.repairs} repairs)`);
  return bound;
}

/** The edit made in Live is an undo step, and Song.can_undo is read, not observed: it heals too. */
const UNDO_TOO = "the value and Song.can_undo";

const EMPTY_GROUP: SetDescription = {
  scenes: 2,
  tracks: [
    { name: "Empty", type: "group", tracks: [] },
    { name: "Bass", type: "midi" },
    { name: "Pad", type: "audio" },
  ],
};

test("healer: nothing is read before the first sync lands, and a round starts at the Song", async () => {
  const r = await rigWith("demo");
  assert.is(r.app.healer.slices, 0, "the initial sync runs alone");
  await r.rig.advance(SLICE_MS);
  assert.is(r.app.healer.slices, 1, "one slice a second");
  assert.ok(r.app.healer.roundLength >= r.app.mirror.children(r.app.mirror.songId, "Song", "tracks").length + 2);
  await r.rig.advance(5 * SLICE_MS);
  assert.is(r.app.healer.slices, 6, "still one a second");
  assert.is(r.app.healer.repairs, 0, "a mirror equal to Live needs no repair");
});

test("heal: folding an empty group in Live (visible_tracks does not change: nobody tells the mirror) is repaired within a round", async () => {
  const r = await rigWith(EMPTY_GROUP);
  const empty = trackNamed(r, "Empty");
  r.set.setProperty(empty.id, "fold_state", 1);
  await r.rig.settle();
  assert.is(r.app.mirror.get(empty.id, "Track", "fold_state"), false, "the mirror was not told");
  const seconds = await secondsUntil(r, () => r.app.mirror.get(empty.id, "Track", "fold_state") === true);
  assert.ok(seconds >= 1, "the healer repaired it, not something else");
  assert.is(r.app.healer.repairs, 2, UNDO_TOO);
  assert.is(r.app.syncCount, 1, "no resync");
});

test("heal: a group folded inside a folded group at the end of a long set (nothing notifies) heals within two slices a group, not a round", async () => {
  const plain = Array.from({ length: 30 }, (_, i) => ({ name: `T${i + 1}`, type: "midi" as const }));
  const r = await rigWith({
    scenes: 2,
    tracks: [...plain, { name: "Bus", type: "group", folded: true, tracks: [{ name: "Drums", type: "group", tracks: [{ name: "Kick", type: "midi" }] }] }],
  });
  const drums = trackNamed(r, "Drums");
  await r.rig.advance(3 * SLICE_MS);
  r.set.setProperty(drums.id, "fold_state", 1);
  await r.rig.settle();
  assert.is(r.app.mirror.get(drums.id, "Track", "fold_state"), false, "the mirror was not told");
  const seconds = await secondsUntil(r, () => r.app.mirror.get(drums.id, "Track", "fold_state") === true);
  assert.ok(seconds <= 4, `two groups: healed within 4 slices, took ${seconds} (a round is ${r.app.healer.roundLength})`);
  assert.is(r.app.syncCount, 1, "no resync");
});

test("heal: a track colour changed in Live (read, not observed) is repaired within a round", async () => {
  const r = await rigWith("demo");
  const vocals = trackNamed(r, "Vocals");
  const before = r.app.mirror.get(vocals.id, "Track", "color");
  r.set.setProperty(vocals.id, "color", 0x00ff00);
  await r.rig.settle();
  assert.is(r.app.mirror.get(vocals.id, "Track", "color"), before, "colour is not observed");
  await secondsUntil(r, () => r.app.mirror.get(vocals.id, "Track", "color") === 0x00ff00);
  assert.is(r.app.healer.repairs, 2, UNDO_TOO);
  assert.is(r.app.syncCount, 1);
});

/** Loses the next lom_event on its way to node.script (with whatever else was queued for it then). */

test("heal: a lost event (an arm, which every track observes) is repaired without a full resync", async () => {
  const r = await rigWith("demo");
  const bass = trackNamed(r, "Bass");
  const lost = loseNextEvent(r.rig);
  r.set.setProperty(bass.id, "arm", 1);
  await r.rig.settle();
  assert.ok(lost(), "the event was lost");
  assert.is(r.app.mirror.get(bass.id, "Track", "arm"), false, "the mirror diverges");
  await secondsUntil(r, () => r.app.mirror.get(bass.id, "Track", "arm") === true);
  assert.ok(r.app.song.simpleTracks().find((t) => t.id === bass.id)?.isArmed, "the wrapper reads the repaired value");
  assert.is(r.app.syncCount, 1, "no resync");
  assert.equal(divergences(r.app, r.set), []);
});

test("heal: a lost tracks-list event (a track created in Live) is repaired: the track is read and mapped, no resync", async () => {
  const r = await rigWith("demo");
  const lost = loseNextEvent(r.rig);
  const created = r.set.createTrack("audio", 1, "Unseen");
  await r.rig.settle();
  assert.ok(lost(), "the event was lost");
  assert.ok(divergences(r.app, r.set).length > 0, "the mirror misses the track");
  await secondsUntil(r, () => r.app.song.simpleTracks().some((t) => t.id === created.id));
  await r.rig.settle();
  assert.equal(divergences(r.app, r.set), []);
  assert.is(r.app.syncCount, 1, "no resync");
  assert.ok(r.app.healer.repairs >= 1);
});

/** Advances `seconds` slices and checks each one was one shim block of at most 100 LiveAPI calls. */
async function sliceBlocks(r: Running, seconds: number): Promise<{ issued: number; maxCalls: number }> {
  await r.rig.advance(SLICE_MS / 2);
  const mark = r.rig.ledger.mark();
  const slices = r.app.healer.slices;
  await r.rig.advance(seconds * SLICE_MS);
  const issued = r.app.healer.slices - slices;
  assert.ok(issued >= seconds - 1, `${issued} slices in ${seconds} seconds`);
  const blocks = r.rig.ledger.blocks.slice(mark).filter((b) => b.script === "lom-shim.js" && b.calls > 0);
  for (const block of blocks) assert.ok(block.calls <= 100, `a block of ${block.calls} calls (${block.selector})`);
  assert.is(blocks.length, issued, "one block a slice, one refresh at a time: the healer is the only LiveAPI work of an idle device");
  return { issued, maxCalls: Math.max(...blocks.map((b) => b.calls)) };
}

test("healer cost: a whole round, each slice one shim block of at most 100 LiveAPI calls (demo, musician)", async () => {
  for (const description of ["demo", generateMusicianSet()] as const) {
    const r = await rigWith(description);
    // The Song, its view, every track, return, master and scene, then the focus, a group track's slice
    // between every two: a round and a bit.
    await sliceBlocks(r, 2 * r.app.mirror.size + 2);
    assert.ok(r.app.healer.rounds >= 1, "a whole round went by");
    assert.is(r.app.healer.repairs, 0);
  }
});

test("healer cost: on 256 x 128 the Song's and the first tracks' slices stay within one block each", async () => {
  const r = await rigWith(generateLargeSet({ tracks: 256, scenes: 128 }));
  const { issued } = await sliceBlocks(r, 6);
  assert.ok(issued >= 5);
  assert.is(r.app.healer.repairs, 0);
});

test("healer waits: nothing is issued while the mirror is busy (a re-read awaits its reply), and it goes on afterwards", async () => {
  const r = await rigWith("demo");
  await r.rig.advance(2 * SLICE_MS);
  // The snapshot of a new track loses its reply: the mirror stays unsettled until the 30 s timeout.
  let slow = -1;
  const lost = loseSnapshotReply(r.rig, () => slow);
  slow = r.set.createTrack("midi", 1, "Slow").id;
  await r.rig.settle();
  assert.ok(lost(), "a reply was lost");
  assert.not.ok(r.app.mirror.isSettled, "the mirror is busy");
  const slices = r.app.healer.slices;
  const mark = r.rig.ledger.mark();
  await r.rig.advance(20_000);
  assert.not.ok(r.app.mirror.isSettled, "still busy");
  assert.is(r.app.healer.slices, slices, "no slice while busy");
  assert.is(r.rig.ledger.since(mark).calls, 0, "no LiveAPI work at all");
  // The timeout fails the batch and resyncs; the healer starts a new round after it.
  await r.rig.advance(12_000);
  assert.is(r.app.syncCount, 2);
  const afterResync = r.app.healer.slices;
  await r.rig.advance(3 * SLICE_MS);
  assert.is(r.app.healer.slices, afterResync + 3, "the healer goes on after the resync");
  assert.equal(divergences(r.app, r.set), []);
});

test("healer goes on while a sequence waits (a looping scene): a lost event is repaired meanwhile", async () => {
  const r = await actionRig("demo");
  const bass = trackNamed(r, "Bass");
  r.set.selectScene(r.set.song.scenes[1]!.id);
  await r.play("scene.loop");
  assert.ok(r.app.seq.registry.size > 0, "the loop's sequence waits for the scene's end");
  const lost = loseNextEvent(r.rig);
  r.set.setProperty(bass.id, "arm", 1);
  await r.rig.settle();
  assert.ok(lost(), "the event was lost");
  await secondsUntil(r, () => r.app.mirror.get(bass.id, "Track", "arm") === true);
  assert.ok(r.app.seq.registry.size > 0, "repaired while the scene still loops");
});

test("healer restarts after reinitialise: a new round from the Song, and a repair still lands", async () => {
  const r = await rigWith("demo");
  await r.rig.advance(4 * SLICE_MS);
  const reinitialised = r.app.reinitialise();
  await r.rig.settle();
  await reinitialised;
  assert.is(r.app.syncCount, 2);
  assert.is(r.app.healer.roundLength, 0, "the round was dropped with the old mirror");
  const vocals = trackNamed(r, "Vocals");
  r.set.setProperty(vocals.id, "color", 0x0000ff);
  await secondsUntil(r, () => r.app.mirror.get(vocals.id, "Track", "color") === 0x0000ff);
  assert.is(r.app.healer.repairs, 2, UNDO_TOO);
});

test.run();
