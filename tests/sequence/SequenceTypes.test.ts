// The types a Sequence carries from step to step. `npm run typecheck` checks this file: each
// `@ts-expect-error` line must fail to compile, and the positive cases run as tests too.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BarEndingEvent } from "../../src/events/BeatEvents";
import { ObservableValue } from "../../src/events/ObservableValue";
import { Sequence } from "../../src/sequence/Sequence";
import { testTime } from "../time/testTime";

type Equals<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
/** Compiles only when A is exactly B (neither wider nor narrower). */
function exactly<A, B>(_same: Equals<A, B>): void {}

test("the types flow through add → waitFor → add, and the result is the last step's", () => {
  const time = testTime();
  const count = new ObservableValue(0);
  const seq = new Sequence(time.context)
    .add(() => "2")
    .add((text: string) => Number(text))
    .waitFor(count, (n) => n >= 2)
    .add((n: number) => `got ${n}`)
    .done();
  exactly<typeof seq, Sequence<string>>(true);
  count.set(3);
  assert.is(seq.result, "got 3");
});

test("a nested sequence's result, a type-guarded waitFor, waitForEvent and the waits all type the next step", () => {
  const time = testTime();
  const clip = new ObservableValue<{ name: string } | null>(null);
  const seq = new Sequence(time.context)
    .add(() => new Sequence(time.context).add(() => 5).done())
    .add((five: number) => five)
    .defer()
    .log("typed")
    .waitFor(clip, (value) => value !== null)
    .add((found: { name: string }) => found.name)
    .wait(1)
    .waitForEvent(BarEndingEvent)
    .add((event: BarEndingEvent) => event)
    .done();
  exactly<typeof seq, Sequence<BarEndingEvent>>(true);
  time.tick();
  clip.set({ name: "take" });
  time.tick();
  const event = new BarEndingEvent();
  time.context.bus.emit(event);
  assert.is(seq.result, event);
});

test("parallel steps result in an array of their results", () => {
  const { context } = testTime();
  const seq = new Sequence(context).add([() => 1, () => new Sequence(context).add(() => "two").done()]).done();
  exactly<typeof seq, Sequence<(number | string)[]>>(true);
  assert.equal(seq.result, [1, "two"]);
});

/** Never run: only compiled. */
export function wrongTypesDoNotCompile(seq: Sequence<number>, count: ObservableValue<number>): void {
  // @ts-expect-error the previous step results in a number, not a string
  seq.add((text: string) => text);
  // @ts-expect-error a new sequence passes undefined to its first step
  new Sequence(testTime().context).add((n: number) => n);
  // @ts-expect-error waitFor results in the observed value (a number)
  seq.waitFor(count, (n) => n > 0).add((flag: boolean) => flag);
  // @ts-expect-error waitForEvent results in the event
  seq.waitForEvent(BarEndingEvent).add((n: number) => n);
  // @ts-expect-error waits pass the number through
  seq.wait(1).add((text: string) => text);
  // @ts-expect-error a parallel function receives the previous result too
  seq.add([(text: string) => text]);
  // @ts-expect-error the sequence's result is the last step's
  const wrong: Sequence<string> = seq.add((n) => n + 1);
  // Any sequence is a Sequence<unknown>, for holders that do not read its result.
  const held: Sequence<unknown> = wrong;
  // @ts-expect-error exactly tells a wider type from the same
  exactly<typeof held, typeof seq>(true);
}

test.run();
