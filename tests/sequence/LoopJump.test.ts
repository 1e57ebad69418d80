// The arrangement loop through the whole device: the simulated Live wraps its song time at the loop
// end (https://docs.cycling74.com/apiref/lom/song/: loop, loop_start, loop_length) and the bundle's
// beat scheduler, fed by its mirror, counts played time across the jumps.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type * as BeatEvents from "../../src/events/BeatEvents";
import { METRO_MS } from "../../src/sim/max/Rig";
import { Sequence } from "../../src/sequence/Sequence";
import { rigWith, type Running } from "../support/rigWith";

const songTime = (r: Running): number => Number(r.set.read("live_set", "current_song_time")[0]);

/** Counts the bar changes the bundle emits, subscribing with the bundle's own event class. */
function countBarChanges(r: Running): () => number {
  const { BarChangedEvent } = (r.rig.bundle as { beatEvents: typeof BeatEvents }).beatEvents;
  let count = 0;
  r.app.seq.bus.subscribe(BarChangedEvent, () => count++);
  return () => count;
}

interface TwoBars {
  /** Bar changes seen after one bar and after two. */
  barChanges: number[];
  /** Virtual ms from the wait's start to its end. */
  tookMs: number;
  songTimeAtEnd: number;
}

/** Plays the demo set with the arrangement loop over its first bar switched on or off, timing a waitBars(2). */
async function waitTwoBars(loop: boolean): Promise<TwoBars> {
  const r = await rigWith("demo");
  r.set.setProperty("live_set", "loop_start", 0);
  r.set.setProperty("live_set", "loop_length", 4);
  r.set.setProperty("live_set", "loop", loop ? 1 : 0);
  r.set.callFunction("live_set", "start_playing");
  await r.rig.settle();
  const barChanges = countBarChanges(r);
  const startMs = r.rig.clock.now;
  let end: { ms: number; songTime: number } | null = null;
  const seq = new Sequence(r.app.seq, "two bars").waitBars(2).add(() => (end = { ms: r.rig.clock.now, songTime: songTime(r) }));
  seq.done();
  await r.rig.advance(2_100); // 120 BPM: a bar of 4/4 is 2 s
  const seen = [barChanges()];
  await r.rig.advance(1_800);
  assert.not.ok(seq.isTerminated, "not before two bars played");
  await r.rig.advance(200);
  seen.push(barChanges());
  assert.ok(seq.isTerminated, `loop ${loop}: not ended at ${songTime(r)} (bar changes ${seen})`);
  const ended = end as { ms: number; songTime: number } | null;
  if (!ended) throw new Error("the wait ended without running its step");
  return { barChanges: seen, tookMs: ended.ms - startMs, songTimeAtEnd: ended.songTime };
}

test("in a one-bar loop, waitBars(2) ends after two bars played, each wrap counting as a new bar", async () => {
  const straight = await waitTwoBars(false);
  const looped = await waitTwoBars(true);
  assert.ok(straight.songTimeAtEnd >= 8, `without the loop the song went on to ${straight.songTimeAtEnd}`);
  assert.ok(looped.songTimeAtEnd < 4, `with it the song stayed in the loop (${looped.songTimeAtEnd})`);
  assert.equal(looped.barChanges, [1, 2], "one bar change per wrap, though the bar number never changes");
  assert.equal(looped.barChanges, straight.barChanges);
  // BeatScheduler: across a wrap it adds the tick the song played (extrapolated by the tempo), so
  // nothing is lost with 16th positions; the bound is the older one of at most one tick per wrap.
  const lateTicks = (looped.tookMs - straight.tookMs) / METRO_MS;
  assert.ok(lateTicks >= 0 && lateTicks <= 2, `the looped wait ended ${lateTicks} ticks later than the straight one`);
});

test.run();
