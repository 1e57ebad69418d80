import { test } from "uvu";
import * as assert from "uvu/assert";
import { Sequence } from "../../src/sequence/Sequence";
import { SequenceState, SequenceStateError, type SequenceStateName } from "../../src/sequence/SequenceState";
import { testTime } from "../time/testTime";

const ALL: SequenceStateName[] = ["un-started", "started", "terminated", "cancelled", "errored"];
const LEGAL = new Set(["un-started>started", "started>terminated", "started>cancelled", "started>errored"]);

/** A state machine brought to `state` through legal moves. */
function stateAt(state: SequenceStateName): SequenceState {
  const machine = new SequenceState("probe");
  if (state !== "un-started") machine.changeTo("started");
  if (state !== "un-started" && state !== "started") machine.changeTo(state);
  return machine;
}

test("exactly the original's transitions are legal; the others throw a clear error", () => {
  for (const from of ALL) {
    for (const to of ALL) {
      const machine = stateAt(from);
      if (LEGAL.has(`${from}>${to}`)) {
        machine.changeTo(to);
        assert.is(machine.value, to);
      } else {
        const error = (() => {
          try {
            machine.changeTo(to);
          } catch (caught) {
            return caught;
          }
          return undefined;
        })();
        assert.instance(error, SequenceStateError, `${from} > ${to}`);
        assert.is((error as Error).message, `sequence 'probe' cannot go from ${from} to ${to}`);
        assert.is(machine.value, from);
      }
    }
  }
});

test("a sequence goes un-started, started, then terminated", () => {
  const time = testTime();
  const seq = new Sequence(time.context).defer();
  assert.is(seq.status, "un-started");
  seq.done();
  assert.is(seq.status, "started");
  assert.ok(seq.isStarted);
  time.tick();
  assert.is(seq.status, "terminated");
});

test("starting a sequence twice throws", () => {
  const time = testTime();
  const seq = new Sequence(time.context, "twice").defer().done();
  assert.throws(
    () => seq.done(),
    (error: Error) => error instanceof SequenceStateError && /'twice' cannot go from started to started/.test(error.message),
  );
  const ended = new Sequence(time.context, "ended").done();
  assert.throws(() => ended.done(), /'ended' cannot go from terminated to started/);
});

test("cancel does nothing unless the sequence is started", () => {
  const time = testTime();
  const unstarted = new Sequence(time.context).defer();
  unstarted.cancel();
  assert.is(unstarted.status, "un-started");
  const ended = new Sequence(time.context).done();
  ended.cancel();
  assert.is(ended.status, "terminated");
});

test("steps cannot be added to an ended sequence", () => {
  const time = testTime();
  const seq = new Sequence(time.context, "over").done();
  assert.throws(() => seq.add(() => 1, { name: "late" }), /cannot add step 'late' to sequence 'over': it is terminated/);
  const cancelled = new Sequence(time.context, "stopped").defer().done();
  cancelled.cancel();
  assert.throws(() => cancelled.defer(), /it is cancelled/);
});

test("sequences are named after their registry when no name is given", () => {
  const time = testTime();
  assert.is(new Sequence(time.context).name, "sequence #1");
  assert.is(new Sequence(time.context).name, "sequence #2");
  assert.is(new Sequence(testTime().context).name, "sequence #1");
});

test.run();
