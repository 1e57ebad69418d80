import { test } from "uvu";
import * as assert from "uvu/assert";
import { Clock } from "../../src/sim/max/Clock";

test("advance runs due callbacks in time order, same-time ones in scheduling order", () => {
  const clock = new Clock();
  const log: string[] = [];
  clock.schedule(30, () => log.push(`c@${clock.now}`));
  clock.schedule(10, () => log.push(`a@${clock.now}`));
  clock.schedule(10, () => log.push(`b@${clock.now}`));
  clock.advance(20);
  assert.equal(log, ["a@10", "b@10"]);
  assert.is(clock.now, 20);
  clock.advance(10);
  assert.equal(log, ["a@10", "b@10", "c@30"]);
});

test("a callback scheduled from a callback runs in the same advance when due", () => {
  const clock = new Clock();
  const times: number[] = [];
  const tick = () => {
    times.push(clock.now);
    clock.schedule(17, tick);
  };
  clock.schedule(0, tick);
  clock.advance(51);
  assert.equal(times, [0, 17, 34, 51]);
  assert.is(clock.pending, 1);
});

test("cancel removes a pending callback; cancelling twice is harmless", () => {
  const clock = new Clock();
  let ran = 0;
  const handle = clock.schedule(5, () => ran++);
  clock.cancel(handle);
  clock.cancel(handle);
  clock.advance(10);
  assert.is(ran, 0);
});

test("time listeners get each elapsed slice; slices add up to the advance", () => {
  const clock = new Clock();
  const slices: number[] = [];
  clock.onAdvance((ms) => slices.push(ms));
  clock.schedule(7, () => {});
  clock.advance(20);
  assert.equal(slices, [7, 13]);
});

test("delay 0 does not run synchronously: it waits for runNextDue", () => {
  const clock = new Clock();
  let ran = false;
  clock.schedule(0, () => (ran = true));
  assert.is(ran, false);
  assert.is(clock.runNextDue(), true);
  assert.is(ran, true);
  assert.is(clock.runNextDue(), false);
});

test("negative delays are refused", () => {
  assert.throws(() => new Clock().schedule(-1, () => {}), /delay/);
});

test("a stopped scheduler freezes its callbacks with what they still had to wait; the node lane runs on", () => {
  const clock = new Clock();
  const log: string[] = [];
  clock.schedule(10, () => log.push(`metro@${clock.now}`));
  clock.schedule(5, () => log.push(`node@${clock.now}`), "node");
  clock.advance(4);
  clock.stopScheduler();
  assert.is(clock.schedulerRunning, false);
  clock.schedule(3, () => log.push(`task@${clock.now}`));
  clock.advance(100);
  assert.equal(log, ["node@5"], "only the node lane ran while stopped");
  assert.is(clock.pending, 2);
  clock.startScheduler();
  clock.advance(6);
  // 6 ms were left of the metro's 10 when it stopped; the task asked 3 while stopped.
  assert.equal(log, ["node@5", "task@107", "metro@110"]);
});

test("a callback cancelled while the scheduler is stopped never runs", () => {
  const clock = new Clock();
  let ran = 0;
  const handle = clock.schedule(10, () => ran++);
  clock.stopScheduler();
  clock.cancel(handle);
  clock.startScheduler();
  clock.advance(50);
  assert.is(ran, 0);
  assert.is(clock.pending, 0);
});

test.run();
