import { test } from "uvu";
import * as assert from "uvu/assert";
import { SongStartedEvent } from "../../src/events/SongEvents";
import { Sequence } from "../../src/sequence/Sequence";
import { testTime, type TestTime } from "../time/testTime";

// At 120 BPM one 17 ms tick plays 0.034 quarter notes.
const STEP_120 = (120 * 17) / 60_000;

function positionWhenDone(time: TestTime, seq: Sequence<unknown>, limit = 5000): number {
  for (let i = 0; i < limit && seq.isStarted; i++) time.tick();
  return time.clock.time;
}

test("waitBeats and waitBars count song time, whatever the tempo does meanwhile", () => {
  const time = testTime();
  time.clock.play();
  const reached: number[] = [];
  const seq = new Sequence(time.context)
    .waitBeats(2)
    .add(() => {
      reached.push(time.clock.time);
      time.clock.tempo = 174;
    })
    .waitBars(1)
    .add(() => {
      reached.push(time.clock.time);
      time.clock.tempo = 60;
    })
    .waitBeats(1)
    .add(() => reached.push(time.clock.time))
    .done();
  positionWhenDone(time, seq);
  assert.ok(seq.isTerminated);
  const [afterTwoBeats, afterBar, afterBeat] = reached;
  assert.ok(afterTwoBeats >= 2 && afterTwoBeats < 2 + STEP_120, `${afterTwoBeats}`);
  const step174 = (174 * 17) / 60_000;
  assert.ok(afterBar >= afterTwoBeats + 4 && afterBar < afterTwoBeats + 4 + step174, `${afterBar}`);
  const step60 = (60 * 17) / 60_000;
  assert.ok(afterBeat >= afterBar + 1 && afterBeat < afterBar + 1 + step60, `${afterBeat}`);
});

test("the bar length is read when the step runs, not when it is added", () => {
  const time = testTime();
  time.clock.play();
  const seq = new Sequence(time.context)
    .add(() => {
      time.clock.sig = { numerator: 3, denominator: 4 };
    })
    .waitBars(1)
    .done();
  const at = positionWhenDone(time, seq);
  assert.ok(at >= 3 && at < 3 + STEP_120, `${at}`);
});

test("stopping the song cancels a sequence waiting on beats, with the reason logged", () => {
  const time = testTime();
  time.clock.play();
  const seq = new Sequence(time.context, "record 4 bars").waitBars(4).add(() => "unreached").done();
  time.tick(20);
  time.clock.stop();
  assert.ok(seq.isCancelled);
  assert.equal(time.messages("warn"), ["record 4 bars cancelled in step 'wait 4 bars': the song is not playing"]);
  time.clock.play();
  time.tick(1000);
  assert.ok(seq.isCancelled);
});

test("continueOnSongStop goes on when the song stops, or at once when it is stopped already", () => {
  const time = testTime();
  time.clock.play();
  const calls: string[] = [];
  const seq = new Sequence(time.context)
    .waitBars(4, { continueOnSongStop: true })
    .add(() => calls.push(`stopped at tick ${time.context.ticks.currentTick}`))
    .waitBeats(1, { continueOnSongStop: true })
    .add(() => calls.push("went on while stopped"))
    .done();
  time.tick(20);
  time.clock.stop();
  assert.equal(calls, ["stopped at tick 20", "went on while stopped"]);
  assert.ok(seq.isTerminated);
});

test("a beat wait started while the song is stopped cancels the sequence", () => {
  const time = testTime();
  const seq = new Sequence(time.context, "stopped").waitBeats(1).done();
  assert.ok(seq.isCancelled);
  assert.match(time.messages("warn")[0], /stopped cancelled in step 'wait 1 beats': the song is not playing/);
});

test("tick waits keep running while the song is stopped and across a restart", () => {
  const time = testTime();
  time.clock.play();
  const calls: number[] = [];
  const seq = new Sequence(time.context)
    .wait(30)
    .add(() => calls.push(time.context.ticks.currentTick))
    .done();
  time.tick(10);
  time.clock.stop();
  time.tick(10);
  time.clock.play();
  time.tick(10);
  assert.equal(calls, [30]);
  assert.ok(seq.isTerminated);
});

test("a sequence can wait for the song to start, then count bars from there", () => {
  const time = testTime();
  const seq = new Sequence(time.context).waitForEvent(SongStartedEvent).waitBars(1).done();
  time.tick(5);
  assert.ok(seq.isStarted);
  time.clock.play();
  const at = positionWhenDone(time, seq);
  assert.ok(seq.isTerminated);
  assert.ok(at >= 4 && at < 4 + STEP_120, `${at}`);
});

test.run();
