import { test } from "uvu";
import * as assert from "uvu/assert";
import { BarEndingEvent } from "../../src/events/BeatEvents";
import { ObservableValue } from "../../src/events/ObservableValue";
import { DEFAULT_TIMEOUT_TICKS, Sequence } from "../../src/sequence/Sequence";
import { testTime } from "../time/testTime";

class Track {
  constructor(readonly name: string) {}
}

class TrackRecordedEvent {
  constructor(
    readonly target: Track,
    readonly bars: number,
  ) {}
}

test("waitForEvent goes on when the event is emitted and results in the event", () => {
  const time = testTime();
  const seq = new Sequence(time.context).waitForEvent(BarEndingEvent).add((event: BarEndingEvent) => event).done();
  assert.ok(seq.isStarted);
  const event = new BarEndingEvent();
  time.context.bus.emit(event);
  assert.ok(seq.isTerminated);
  assert.is(seq.result, event);
  assert.is(time.context.bus.listenerCount(BarEndingEvent), 0);
});

test("an expected target matches only events from that object", () => {
  const time = testTime();
  const bass = new Track("bass");
  const drums = new Track("drums");
  const recorded: number[] = [];
  new Sequence(time.context)
    .waitForEvent(TrackRecordedEvent, drums)
    .add((event: TrackRecordedEvent) => recorded.push(event.bars))
    .done();
  time.context.bus.emit(new TrackRecordedEvent(bass, 1));
  time.context.bus.emit(new TrackRecordedEvent(new Track("drums"), 2));
  assert.equal(recorded, []);
  time.context.bus.emit(new TrackRecordedEvent(drums, 4));
  time.context.bus.emit(new TrackRecordedEvent(drums, 8));
  assert.equal(recorded, [4]);
});

test("parallel sequences each wait for their own target", () => {
  const time = testTime();
  const tracks = [new Track("a"), new Track("b")];
  const done: string[] = [];
  const seq = new Sequence(time.context)
    .add(
      tracks.map((track) => () =>
        new Sequence(time.context)
          .waitForEvent(TrackRecordedEvent, track)
          .add(() => done.push(track.name))
          .done(),
      ),
    )
    .done();
  time.context.bus.emit(new TrackRecordedEvent(tracks[1], 1));
  time.context.bus.emit(new TrackRecordedEvent(tracks[0], 1));
  assert.equal(done, ["b", "a"]);
  assert.ok(seq.isTerminated);
});

test("a wait for an event times out: the sequence is cancelled and the log says who waited for what", () => {
  const time = testTime();
  const seq = new Sequence(time.context, "record bass")
    .waitForEvent(TrackRecordedEvent, new Track("bass"), { timeoutTicks: 10 })
    .add(() => "unreached")
    .done();
  time.tick(9);
  assert.ok(seq.isStarted);
  time.tick();
  assert.ok(seq.isCancelled);
  assert.equal(time.messages("warn"), [
    "record bass cancelled in step 'waitForEvent TrackRecordedEvent from Track 'bass'': timed out after 10 ticks",
  ]);
  assert.is(time.context.bus.listenerCount(TrackRecordedEvent), 0);
});

test("the timeout is released once the event came, and defaults to the original's 50 s", () => {
  const time = testTime();
  assert.is(DEFAULT_TIMEOUT_TICKS, 2942);
  new Sequence(time.context).waitForEvent(BarEndingEvent).done();
  assert.is(time.context.ticks.pending, 1);
  time.context.bus.emit(new BarEndingEvent());
  assert.is(time.context.ticks.pending, 0);
});

test("a timeout in a nested wait cancels the parents too", () => {
  const time = testTime();
  const parent = new Sequence(time.context, "parent")
    .add(() => new Sequence(time.context, "child").waitForEvent(BarEndingEvent, undefined, { timeoutTicks: 3 }).done())
    .done();
  time.tick(3);
  assert.ok(parent.isCancelled);
  assert.equal(time.messages("warn"), ["child cancelled in step 'waitForEvent BarEndingEvent': timed out after 3 ticks"]);
});

test("waitFor goes on at once when the observed value already satisfies the predicate", () => {
  const time = testTime();
  const armed = new ObservableValue(true);
  const seq = new Sequence(time.context).waitFor(armed, (value) => value).done();
  assert.ok(seq.isTerminated);
  assert.is(seq.result, true);
  assert.is(time.context.ticks.pending, 0);
});

test("waitFor reacts to the first change satisfying the predicate and results in that value", () => {
  const time = testTime();
  const clipCount = new ObservableValue(0);
  const seq = new Sequence(time.context)
    .waitFor(clipCount, (count) => count >= 2)
    .add((count: number) => `got ${count}`)
    .done();
  clipCount.set(1);
  assert.ok(seq.isStarted);
  clipCount.set(3);
  assert.is(seq.result, "got 3");
  clipCount.set(4);
  assert.is(seq.result, "got 3");
});

test("waitFor times out with the step named in the log, and stops observing", () => {
  const time = testTime();
  const armed = new ObservableValue(false);
  let observed = 0;
  const seq = new Sequence(time.context, "arm")
    .waitFor(
      armed,
      (value) => {
        observed++;
        return value;
      },
      { timeoutTicks: 2, name: "track armed" },
    )
    .done();
  time.tick(2);
  assert.ok(seq.isCancelled);
  assert.equal(time.messages("warn"), ["arm cancelled in step 'track armed': timed out after 2 ticks"]);
  armed.set(true);
  assert.is(observed, 1);
});

test("a throwing predicate errors the sequence, not the code changing the value", () => {
  const time = testTime();
  const level = new ObservableValue(0);
  const seq = new Sequence(time.context, "meter")
    .waitFor(level, (value) => {
      if (value > 1) throw new Error("clipping");
      return false;
    })
    .done();
  level.set(2);
  assert.ok(seq.isErrored);
  assert.match(time.messages("error")[0], /meter errored in step 'waitFor condition': Error: clipping/);
});

test("timeoutTicks: Infinity waits without a timer", () => {
  const time = testTime();
  const armed = new ObservableValue(false);
  new Sequence(time.context).waitFor(armed, (value) => value, { timeoutTicks: Infinity }).done();
  assert.is(time.context.ticks.pending, 0);
});

test.run();
