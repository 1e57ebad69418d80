import { test } from "uvu";
import * as assert from "uvu/assert";
import { msToTicks, TickScheduler } from "../../src/time/TickScheduler";
import { capturingLogger } from "./testLogger";

function scheduler() {
  const logger = capturingLogger();
  return { ...logger, ticks: new TickScheduler(logger.log) };
}

test("defer runs on the next tick, not before", () => {
  const { ticks } = scheduler();
  const runs: number[] = [];
  ticks.defer(() => runs.push(ticks.currentTick));
  assert.equal(runs, []);
  ticks.tick();
  assert.equal(runs, [1]);
  ticks.tick();
  assert.equal(runs, [1]);
});

test("wait runs after exactly that many ticks, in scheduling order among equals", () => {
  const { ticks } = scheduler();
  const runs: string[] = [];
  ticks.wait(3, () => runs.push(`a@${ticks.currentTick}`));
  ticks.wait(2, () => runs.push(`b@${ticks.currentTick}`));
  ticks.wait(3, () => runs.push(`c@${ticks.currentTick}`));
  for (let i = 0; i < 5; i++) ticks.tick();
  assert.equal(runs, ["b@2", "a@3", "c@3"]);
});

test("waitMs counts 17 ms ticks, rounding up, at least one", () => {
  assert.is(msToTicks(34), 2);
  assert.is(msToTicks(35), 3);
  assert.is(msToTicks(1), 1);
  assert.is(msToTicks(0), 1);
  const { ticks } = scheduler();
  let ranAt = -1;
  ticks.waitMs(100, () => (ranAt = ticks.currentTick));
  for (let i = 0; i < 10; i++) ticks.tick();
  assert.is(ranAt, 6);
});

test("bad durations are refused with a clear error", () => {
  const { ticks } = scheduler();
  assert.throws(() => ticks.wait(0, () => {}), /whole number of ticks >= 1, got 0/);
  assert.throws(() => ticks.wait(1.5, () => {}), /got 1.5/);
  assert.throws(() => ticks.waitMs(-1, () => {}), /finite duration >= 0, got -1/);
  assert.throws(() => ticks.waitMs(NaN, () => {}), /got NaN/);
  assert.is(ticks.pending, 0);
});

test("a cancelled callback never runs and leaves the pending count", () => {
  const { ticks } = scheduler();
  let runs = 0;
  const handle = ticks.wait(2, () => runs++);
  ticks.wait(2, () => runs++);
  assert.is(ticks.pending, 2);
  handle.cancel();
  handle.cancel();
  assert.is(handle.pending, false);
  assert.is(ticks.pending, 1);
  ticks.tick();
  ticks.tick();
  assert.is(runs, 1);
  assert.is(ticks.pending, 0);
});

test("a throwing callback is logged and the others of its tick still run", () => {
  const { ticks, messages } = scheduler();
  const runs: string[] = [];
  ticks.defer(function explode() {
    throw new Error("boom");
  });
  ticks.defer(() => runs.push("after"));
  ticks.tick();
  assert.equal(runs, ["after"]);
  const errors = messages("error");
  assert.is(errors.length, 1);
  assert.match(errors[0], /tick 1: callback explode failed: Error: boom/);
});

test("a callback scheduling another makes it due at a later tick", () => {
  const { ticks } = scheduler();
  const runs: number[] = [];
  ticks.defer(() => ticks.defer(() => runs.push(ticks.currentTick)));
  ticks.tick();
  assert.equal(runs, []);
  ticks.tick();
  assert.equal(runs, [2]);
});

test("clear cancels everything pending", () => {
  const { ticks } = scheduler();
  let runs = 0;
  const handle = ticks.wait(1, () => runs++);
  ticks.wait(5, () => runs++);
  ticks.clear();
  assert.is(ticks.pending, 0);
  assert.is(handle.pending, false);
  for (let i = 0; i < 6; i++) ticks.tick();
  assert.is(runs, 0);
});

test("with 10,000 pending waits a tick visits only the callbacks due at it", () => {
  const { ticks } = scheduler();
  const dueCount = new Map<number, number>();
  // A deterministic spread over ticks 1000..10999, several per tick at some ticks and none at others.
  for (let i = 0; i < 10_000; i++) {
    const due = 1000 + ((i * 7919) % 10_000);
    const skewed = i % 3 === 0 ? due - (due % 5) : due;
    dueCount.set(skewed, (dueCount.get(skewed) ?? 0) + 1);
    ticks.wait(skewed, () => {});
  }
  assert.is(ticks.pending, 10_000);
  let visitedTotal = 0;
  for (let tick = 1; tick <= 11_000; tick++) {
    ticks.tick();
    assert.is(ticks.visitedLastTick, dueCount.get(tick) ?? 0, `tick ${tick}`);
    visitedTotal += ticks.visitedLastTick;
  }
  assert.is(visitedTotal, 10_000);
  assert.is(ticks.pending, 0);
});

test("everyTick listeners run at the start of every tick, before what is due, and are not waits", () => {
  const { ticks, messages } = scheduler();
  const runs: string[] = [];
  ticks.defer(() => runs.push(`due@${ticks.currentTick}`));
  const stop = ticks.everyTick(() => runs.push(`every@${ticks.currentTick}`));
  ticks.everyTick(function failingListener() {
    throw new Error("boom");
  });
  assert.is(ticks.pending, 1);
  ticks.tick();
  assert.is(ticks.visitedLastTick, 1);
  ticks.tick();
  assert.is(ticks.visitedLastTick, 0);
  stop();
  ticks.tick();
  assert.equal(runs, ["every@1", "due@1", "every@2"]);
  assert.is(ticks.pending, 0);
  assert.is(messages("error").length, 3, "a throwing listener is logged each tick, the others still run");
});

test.run();
