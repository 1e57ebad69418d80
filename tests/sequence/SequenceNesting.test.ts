import { test } from "uvu";
import * as assert from "uvu/assert";
import { Sequence } from "../../src/sequence/Sequence";
import type { SequenceContext } from "../../src/sequence/SequenceContext";
import { testTime } from "../time/testTime";

/** Three levels, each waiting before and after calling the level below, as domain methods do. */
function threeDeep(context: SequenceContext, calls: string[], failInner = false): Sequence<number> {
  const inner = (): Sequence<number> =>
    new Sequence(context, "inner")
      .wait(1)
      .add(() => {
        calls.push("inner");
        if (failInner) throw new Error("inner failure");
        return 3;
      })
      .done();
  const middle = (): Sequence<number> =>
    new Sequence(context, "middle")
      .defer()
      .add(inner)
      .add((value: number) => {
        calls.push("middle");
        return value * 10;
      })
      .done();
  return new Sequence(context, "outer")
    .add(middle)
    .wait(2)
    .add((value: number) => {
      calls.push("outer");
      return value + 1;
    })
    .done();
}

test("nesting three deep: each level waits for the one below and gets its result", () => {
  const time = testTime();
  const calls: string[] = [];
  const outer = threeDeep(time.context, calls);
  assert.is(time.context.registry.size, 2); // inner is not created before middle's defer
  time.tick();
  assert.equal(calls, []);
  assert.is(time.context.registry.size, 3);
  time.tick();
  assert.equal(calls, ["inner", "middle"]);
  time.tick(2);
  assert.equal(calls, ["inner", "middle", "outer"]);
  assert.ok(outer.isTerminated);
  assert.is(outer.result, 31);
  assert.is(time.context.registry.size, 0);
});

test("an error in a nested step errors every level, logged once, and the scheduler goes on", () => {
  const time = testTime();
  const calls: string[] = [];
  const outer = threeDeep(time.context, calls, true);
  const bystander = new Sequence(time.context).wait(5).add(() => calls.push("bystander")).done();
  time.tick(6);
  assert.equal(calls, ["inner", "bystander"]);
  assert.ok(outer.isErrored);
  assert.match(String(outer.error), /inner failure/);
  assert.ok(bystander.isTerminated);
  const errors = time.messages("error");
  assert.is(errors.length, 1);
  assert.match(errors[0], /inner errored in step 'step 2': Error: inner failure/);
  assert.is(time.context.registry.size, 0);
});

test("a nested sequence that is cancelled cancels the sequence waiting on it", () => {
  const time = testTime();
  const child = new Sequence(time.context, "child").wait(3).done();
  const parent = new Sequence(time.context, "parent").add(() => child).add(() => "unreached").done();
  child.cancel();
  assert.ok(parent.isCancelled);
  assert.equal(time.messages("warn"), []);
  assert.ok(time.messages("debug").includes("parent cancelled in step 'step 1': nested sequence 'child' was cancelled"));
});

test("cancelling a parent cancels the nested sequence it waits on", () => {
  const time = testTime();
  let child: Sequence | undefined;
  const parent = new Sequence(time.context, "parent")
    .add(() => (child = new Sequence(time.context, "child").wait(3).done()))
    .done();
  parent.cancel();
  assert.ok(child?.isCancelled);
  assert.is(time.context.ticks.pending, 0);
});

test("a nested sequence that already ended is followed at once", () => {
  const time = testTime();
  const finished = new Sequence(time.context).add(() => "early").done();
  const parent = new Sequence(time.context).add(() => finished).done();
  assert.ok(parent.isTerminated);
  assert.is(parent.result, "early");
});

test("returning a sequence that was never started is an error, not a silent hang", () => {
  const time = testTime();
  const parent = new Sequence(time.context, "parent")
    .add(() => new Sequence(time.context, "forgotten").wait(1), { name: "build" })
    .done();
  assert.ok(parent.isErrored);
  assert.match(time.messages("error")[0], /parent errored in step 'build'.*'forgotten' without starting it \(call done\(\)\)/);
});

test("parallel steps may finish in any order; results keep the array's order", () => {
  const time = testTime();
  const finished: string[] = [];
  const branch = (label: string, ticks: number) => (): Sequence<string> =>
    new Sequence(time.context, label)
      .wait(ticks)
      .add(() => {
        finished.push(label);
        return label;
      })
      .done();
  const seq = new Sequence(time.context)
    .add([branch("slow", 5), () => "sync", branch("fast", 1), branch("medium", 3)])
    .add((results: string[]) => results.join(" "))
    .done();
  time.tick(4);
  assert.ok(seq.isStarted);
  time.tick();
  assert.equal(finished, ["fast", "medium", "slow"]);
  assert.ok(seq.isTerminated);
  assert.is(seq.result, "slow sync fast medium");
});

test("parallel functions start in order, synchronously, and receive the previous result", () => {
  const time = testTime();
  const started: string[] = [];
  new Sequence(time.context)
    .add(() => 7)
    .add([(n: number) => started.push(`a${n}`), (n: number) => started.push(`b${n}`)])
    .done();
  assert.equal(started, ["a7", "b7"]);
});

test("an empty parallel step finishes at once with no results", () => {
  const { context } = testTime();
  const seq = new Sequence(context).add([]).done();
  assert.ok(seq.isTerminated);
  assert.equal(seq.result, []);
});

test("a failing parallel branch errors the step and cancels its siblings", () => {
  const time = testTime();
  let sibling: Sequence | undefined;
  const seq = new Sequence(time.context, "fan-out")
    .add([
      () => (sibling = new Sequence(time.context, "sibling").wait(10).done()),
      function brokenBranch() {
        throw new Error("branch failed");
      },
      () => {
        throw new Error("never started");
      },
    ])
    .done();
  assert.ok(seq.isErrored);
  assert.ok(sibling?.isCancelled);
  const errors = time.messages("error");
  assert.is(errors.length, 1);
  assert.match(errors[0], /fan-out \/ parallel\(anonymous, brokenBranch, anonymous\) \[1\] errored in step 'brokenBranch'/);
  assert.is(time.context.ticks.pending, 0);
});

test("cancelling a parallel step cancels every branch", () => {
  const time = testTime();
  const branches: Sequence[] = [];
  const seq = new Sequence(time.context)
    .add(
      [1, 2, 3].map((ticks) => () => {
        const branch = new Sequence(time.context).wait(ticks).done();
        branches.push(branch);
        return branch;
      }),
    )
    .done();
  seq.cancel();
  assert.equal(
    branches.map((branch) => branch.status),
    ["cancelled", "cancelled", "cancelled"],
  );
  assert.is(time.context.registry.size, 0);
});

test.run();
