import { test } from "uvu";
import * as assert from "uvu/assert";
import { Sequence } from "../../src/sequence/Sequence";
import { testTime } from "../time/testTime";

test("nothing runs before done(); a sequence without waits has terminated when done() returns", () => {
  const { context } = testTime();
  const calls: string[] = [];
  const seq = new Sequence(context, "sync")
    .add(() => calls.push("a"))
    .add(() => calls.push("b"));
  assert.equal(calls, []);
  assert.is(seq.status, "un-started");
  assert.is(seq.done(), seq);
  assert.equal(calls, ["a", "b"]);
  assert.ok(seq.isTerminated);
  assert.is(context.registry.size, 0);
});

test("each step receives the previous result; the sequence's result is the last one", () => {
  const { context } = testTime();
  const seen: unknown[] = [];
  const seq = new Sequence(context)
    .add(() => 2)
    .add((n: number) => n * 10)
    .add((n: number) => {
      seen.push(n);
    })
    .add((nothing: void) => {
      seen.push(nothing);
      return "last";
    })
    .done();
  assert.equal(seen, [20, undefined]);
  assert.is(seq.result, "last");
});

test("waits, defer and log pass the previous result through", () => {
  const time = testTime();
  let received: unknown;
  new Sequence(time.context, "through")
    .add(() => "kept")
    .defer()
    .wait(2)
    .waitMs(20)
    .log("halfway")
    .add((value: string) => (received = value))
    .done();
  time.tick(5);
  assert.is(received, "kept");
  assert.equal(time.messages("info"), ["through: halfway"]);
});

test("defer, wait and waitMs take exactly their number of ticks", () => {
  const time = testTime();
  const at: Record<string, number> = {};
  const mark = (label: string) => () => {
    at[label] = time.context.ticks.currentTick;
  };
  new Sequence(time.context)
    .defer()
    .add(mark("defer"))
    .wait(3)
    .add(mark("wait 3"))
    .waitMs(35) // 3 ticks: 35 / 17 rounded up
    .add(mark("waitMs 35"))
    .done();
  time.tick(10);
  assert.equal(at, { defer: 1, "wait 3": 4, "waitMs 35": 7 });
});

test("bad wait durations are refused when the step is added", () => {
  const { context } = testTime();
  const seq = new Sequence(context);
  assert.throws(() => seq.wait(0), /whole number of ticks >= 1, got 0/);
  assert.throws(() => seq.waitMs(-5), /finite duration >= 0, got -5/);
});

test("a throwing step errors the sequence, logs the step name and cause, and the scheduler goes on", () => {
  const time = testTime();
  const calls: string[] = [];
  const other = new Sequence(time.context, "other").wait(2).add(() => calls.push("other ran")).done();
  const seq = new Sequence(time.context, "failing")
    .wait(1)
    .add(
      () => {
        throw new Error("no such track");
      },
      { name: "find track" },
    )
    .add(() => calls.push("never"))
    .done();
  time.tick(3);
  assert.ok(seq.isErrored);
  assert.instance(seq.error, Error);
  assert.equal(calls, ["other ran"]);
  assert.ok(other.isTerminated);
  const errors = time.messages("error");
  assert.is(errors.length, 1);
  assert.match(errors[0], /failing errored in step 'find track': Error: no such track/);
});

test("the default step name is the function's name", () => {
  const time = testTime();
  new Sequence(time.context, "named")
    .add(function armTrack() {
      throw new Error("x");
    })
    .done();
  assert.match(time.messages("error")[0], /named errored in step 'armTrack'/);
});

test("cancel from inside a step stops the sequence there", () => {
  const { context } = testTime();
  const calls: string[] = [];
  const seq = new Sequence(context, "self-cancelling");
  seq
    .add(() => calls.push("before"))
    .add(() => seq.cancel())
    .add(() => calls.push("after"))
    .done();
  assert.equal(calls, ["before"]);
  assert.ok(seq.isCancelled);
  assert.is(context.registry.size, 0);
});

test("cancelling a waiting sequence releases its timer", () => {
  const time = testTime();
  let ran = false;
  const seq = new Sequence(time.context).wait(5).add(() => (ran = true)).done();
  assert.is(time.context.ticks.pending, 1);
  seq.cancel();
  assert.is(time.context.ticks.pending, 0);
  time.tick(10);
  assert.not.ok(ran);
});

test("onEnd tells when the sequence ended, or at once if it has", () => {
  const time = testTime();
  const ends: string[] = [];
  const seq = new Sequence(time.context, "waiting").wait(1).done();
  seq.onEnd((ended) => ends.push(`${ended.name} ${ended.status}`));
  const off = seq.onEnd(() => ends.push("removed"));
  off();
  time.tick();
  seq.onEnd((ended) => ends.push(`late ${ended.status}`));
  assert.equal(ends, ["waiting terminated", "late terminated"]);
});

test("the registry cancels every running sequence, newest first", () => {
  const time = testTime();
  const cancelled: string[] = [];
  for (const name of ["first", "second", "third"]) {
    new Sequence(time.context, name)
      .wait(10)
      .done()
      .onEnd((seq) => cancelled.push(`${seq.name} ${seq.status}`));
  }
  new Sequence(time.context, "finished").done();
  assert.is(time.context.registry.size, 3);
  time.context.registry.cancelAll();
  assert.equal(cancelled, ["third cancelled", "second cancelled", "first cancelled"]);
  assert.is(time.context.registry.size, 0);
  assert.is(time.context.ticks.pending, 0);
});

test("a step may add steps to its own running sequence", () => {
  const time = testTime();
  const calls: string[] = [];
  const seq = new Sequence(time.context);
  seq
    .add(() => {
      calls.push("first");
      seq.defer().add(() => calls.push("added"));
    })
    .done();
  assert.equal(calls, ["first"]);
  time.tick();
  assert.equal(calls, ["first", "added"]);
  assert.ok(seq.isTerminated);
});

test("10,000 waiting sequences: each tick visits only the waits due at it", () => {
  const time = testTime();
  const sequences: Sequence[] = [];
  for (let i = 0; i < 10_000; i++) sequences.push(new Sequence(time.context).wait((i % 100) + 1).done());
  assert.is(time.context.registry.size, 10_000);
  for (let tick = 1; tick <= 100; tick++) {
    time.tick();
    assert.is(time.context.ticks.visitedLastTick, 100);
    assert.is(time.context.registry.size, 10_000 - tick * 100);
  }
  assert.ok(sequences.every((seq) => seq.isTerminated));
});

test.run();
