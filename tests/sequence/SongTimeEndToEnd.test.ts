// Beat and bar waits driven by the simulated Live's song time, as the bundle observes it through
// the shim: the bundle's own schedulers, fed by its mirror, with the clock of the rig.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Sequence } from "../../src/sequence/Sequence";
import { rigWith, type Running } from "../support/rigWith";

const songTime = (r: Running): number => Number(r.set.read("live_set", "current_song_time")[0]);

async function play(r: Running): Promise<void> {
  r.set.callFunction("live_set", "start_playing");
  await r.rig.settle();
}

/** A started sequence in the bundle's context waiting `bars`, noting Live's song time when it ends. */
function barWait(r: Running, bars: number, options = {}): { seq: Sequence<unknown>; endedAt: () => number | null } {
  let endedAt: number | null = null;
  const seq = new Sequence(r.app.seq, "bar wait").waitBars(bars, options).add(() => (endedAt = songTime(r)));
  seq.done();
  return { seq, endedAt: () => endedAt };
}

test("waitBars ends when Live's song time reaches the bar, not before", async () => {
  const r = await rigWith("demo");
  await play(r);
  const start = songTime(r);
  const { seq, endedAt } = barWait(r, 2);
  await r.rig.advance(3_900); // 120 BPM: 2 bars of 4/4 are 4 s
  assert.is(endedAt(), null);
  await r.rig.advance(200);
  assert.ok(seq.isTerminated);
  const beats = endedAt()! - start;
  assert.ok(beats >= 8 && beats < 8.1, `ended after ${beats} beats`);
});

test("a tempo change during the wait stretches it in time, not in beats", async () => {
  const r = await rigWith("demo");
  await play(r);
  const { seq } = barWait(r, 2);
  await r.rig.advance(2_000); // one bar at 120 BPM
  r.set.setProperty("live_set", "tempo", 60);
  await r.rig.advance(3_900); // the second bar takes 4 s at 60 BPM
  assert.not.ok(seq.isTerminated);
  await r.rig.advance(200);
  assert.ok(seq.isTerminated);
});

test("stopping the song cancels a bar wait; continueOnSongStop goes on after stop", async () => {
  const r = await rigWith("demo");
  await play(r);
  const cancelled = barWait(r, 4);
  const continued = barWait(r, 4, { continueOnSongStop: true });
  await r.rig.advance(1_000);
  r.set.callFunction("live_set", "stop_playing");
  await r.rig.settle();
  assert.ok(cancelled.seq.isCancelled);
  assert.ok(continued.seq.isTerminated);
  assert.ok(r.rig.posts("warn").some((line) => line.includes("bar wait")), r.rig.posts("warn").join("\n"));
});

test("after stop and start, a new wait counts from the new start", async () => {
  const r = await rigWith("demo");
  await play(r);
  await r.rig.advance(1_000);
  r.set.callFunction("live_set", "stop_playing");
  r.set.callFunction("live_set", "stop_playing"); // a second stop returns to the start
  await r.rig.settle();
  await play(r);
  const start = songTime(r);
  const { seq, endedAt } = barWait(r, 1);
  await r.rig.advance(2_100);
  assert.ok(seq.isTerminated);
  const beats = endedAt()! - start;
  assert.ok(beats >= 4 && beats < 4.1, `ended after ${beats} beats`);
});

test.run();
