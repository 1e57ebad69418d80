// A step that returns Live's answer to its writes lasts until Live answered (issue 19, point 1): the
// accepted outcome is the next step's input; a refusal ends the sequence with Live's words, taken there
// (the mirror does not tell it again). The refusals themselves come from the simulator in
// tests/actions/recording/RecordRefused.test.ts and tests/actions/SceneLoopRefused.test.ts.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Answer, Refused, type Outcome } from "../../src/lom/Outcome";
import { Sequence } from "../../src/sequence/Sequence";
import { testTime } from "../time/testTime";

/** An answer Live gives when `give` is called (settled once it returns); what nobody took goes to `untaken`. */
function pending(untaken: Outcome[]): { answer: Answer; give(outcome: Outcome): Promise<void> } {
  let settle: (outcome: Outcome) => void = () => {};
  const answer = Answer.of(new Promise<Outcome>((resolve) => (settle = resolve)), (failure) => untaken.push(failure));
  const give = async (outcome: Outcome): Promise<void> => {
    settle(outcome);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { answer, give };
}

test("a step returning an answer waits for it: the accepted outcome is the next step's input", async () => {
  const { context } = testTime();
  const live = pending([]);
  const seen: Outcome[] = [];
  const seq = new Sequence(context, "write")
    .add(() => live.answer)
    .add((outcome: Outcome) => {
      seen.push(outcome);
      return "done";
    })
    .done();
  assert.ok(seq.isStarted, "waits for Live");
  await live.give({ kind: "accepted", reply: 1 });
  assert.equal(seen, [{ kind: "accepted", reply: 1 }]);
  assert.is(seq.result, "done");
});

test("a refused answer errors the sequence with Live's words, taken: not told as the model's own", async () => {
  const { context } = testTime();
  const untaken: Outcome[] = [];
  const live = pending(untaken);
  let after = false;
  const seq = new Sequence(context, "write")
    .add(() => Answer.all([Answer.none(), live.answer]))
    .add(() => (after = true))
    .done();
  await live.give({ kind: "refused", what: "arm", name: "Keys", reason: "no arm" });
  assert.ok(seq.isErrored);
  assert.ok(seq.error instanceof Refused);
  assert.is((seq.error as Refused).message, 'Live refused arm of "Keys" (no arm)');
  assert.not.ok(after, "the next step never runs");
  assert.equal(untaken, [], "the sequence took it");
  assert.is(context.registry.size, 0);
});

test.run();
