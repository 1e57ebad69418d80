import { test } from "uvu";
import * as assert from "uvu/assert";
import { BarChangedEvent } from "../../src/events/BeatEvents";
import { SongStartedEvent, SongStoppedEvent } from "../../src/events/SongEvents";
import { BAR_EVENTS, BAR_PARTS, recordEvents, testTime, tickUntil } from "./testTime";

// At 120 BPM one 17 ms tick plays 0.034 quarter notes.
const STEP_120 = (120 * 17) / 60_000;




test("waitBeats fires on the first position 4 beats later", () => {
  const time = testTime();
  time.clock.play();
  let firedAt = -1;
  time.context.beats.waitBeats(4, () => (firedAt = time.clock.time));
  const ticks = tickUntil(time, () => firedAt >= 0);
  assert.ok(firedAt >= 4 && firedAt < 4 + STEP_120, `fired at ${firedAt}`);
  assert.is(ticks, Math.ceil(4 / STEP_120));
  assert.is(time.context.beats.pending, 0);
});

test("the first position seen after a start only anchors the count, whichever is observed first", () => {
  const time = testTime();
  time.clock.playing = true;
  time.context.beats.onPlayingChanged(true);
  let firedAt = -1;
  time.context.beats.waitBeats(1, () => (firedAt = time.clock.time));
  time.clock.jumpTo(16); // the start marker, reported after is_playing
  assert.is(firedAt, -1);
  time.clock.jumpTo(16.5);
  time.clock.jumpTo(17);
  assert.is(firedAt, 17);
});

test("a tempo change mid-wait changes when it fires in ticks, not in beats", () => {
  const time = testTime();
  time.clock.play();
  let firedAt = -1;
  time.context.beats.waitBeats(4, () => (firedAt = time.clock.time));
  tickUntil(time, () => time.clock.time >= 2);
  time.clock.tempo = 60;
  // 4 beats at 120 BPM last 118 ticks: that is when a wait counted in milliseconds would fire.
  tickUntil(time, () => time.context.ticks.currentTick >= Math.ceil(4 / STEP_120));
  assert.is(firedAt, -1);
  tickUntil(time, () => firedAt >= 0);
  assert.ok(firedAt >= 4 && firedAt < 4 + STEP_120 / 2, `fired at ${firedAt}`);
});

test("beats and bars follow the signature (a bar of 6/8 is 3 quarter notes, its beat an eighth)", () => {
  const time = testTime();
  time.clock.sig = { numerator: 6, denominator: 8 };
  time.clock.play();
  const fired: string[] = [];
  time.context.beats.waitBeats(2, () => fired.push(`2 beats at ${time.clock.time}`));
  time.context.beats.waitBars(1, () => fired.push(`1 bar at ${time.clock.time}`));
  for (const at of [0.5, 0.99, 1, 2.9, 3]) time.clock.jumpTo(at);
  assert.equal(fired, ["2 beats at 1", "1 bar at 3"]);
});

test("waitBeats(0) runs at once; bad counts are refused", () => {
  const time = testTime();
  time.clock.play();
  let runs = 0;
  time.context.beats.waitBeats(0, () => runs++);
  assert.is(runs, 1);
  assert.throws(() => time.context.beats.waitBeats(-1, () => {}), /finite number >= 0, got -1/);
  assert.throws(() => time.context.beats.waitBars(Infinity, () => {}), /got Infinity/);
});

test("stopping the song cancels beat waits: onSongStopped runs, the others are dropped for good", () => {
  const time = testTime();
  const seen = recordEvents(time, [SongStartedEvent, SongStoppedEvent]);
  time.clock.play();
  const calls: string[] = [];
  time.context.beats.waitBeats(8, () => calls.push("elapsed a"), () => calls.push("stopped a"));
  time.context.beats.waitBeats(8, () => calls.push("elapsed b"));
  time.tick(50);
  time.clock.stop();
  assert.equal(calls, ["stopped a"]);
  assert.is(time.context.beats.pending, 0);
  time.clock.play();
  time.tick(500);
  assert.equal(calls, ["stopped a"]);
  assert.equal(seen, ["SongStartedEvent", "SongStoppedEvent", "SongStartedEvent"]);
});

test("a beat wait asked for while the song is stopped is answered at once", () => {
  const time = testTime();
  const calls: string[] = [];
  const handle = time.context.beats.waitBeats(1, () => calls.push("elapsed"), () => calls.push("stopped"));
  time.context.beats.waitBars(1, () => calls.push("bar elapsed"));
  assert.equal(calls, ["stopped"]);
  assert.is(handle.pending, false);
  assert.is(time.context.beats.pending, 0);
});

test("a cancelled beat wait never runs", () => {
  const time = testTime();
  time.clock.play();
  let runs = 0;
  time.context.beats.waitBeats(1, () => runs++).cancel();
  time.tick(100);
  assert.is(runs, 0);
  assert.is(time.context.beats.pending, 0);
});

test("in a one-bar loop, waitBars(2) fires after two bars played, about two wraps later", () => {
  const time = testTime();
  time.clock.loop = { start: 0, end: 4 };
  time.clock.play();
  let wraps = 0;
  let previous = time.clock.time;
  let fired = false;
  time.context.beats.waitBars(2, () => (fired = true));
  const ticks = tickUntil(time, () => {
    if (time.clock.time < previous) wraps++;
    previous = time.clock.time;
    return fired;
  });
  assert.is(wraps, 2);
  // Each wrap adds the tick played across it (see SongTimeEstimate's class comment); the bound is the older
  // one of at most one tick lost per wrap.
  const ideal = Math.ceil(8 / STEP_120);
  assert.ok(ticks >= ideal && ticks <= ideal + 2, `${ticks} ticks, ideal ${ideal}`);
});

test("bar and beat events fire once per bar, in musical order, none for the start position", () => {
  const time = testTime();
  const seen = recordEvents(time, BAR_EVENTS);
  time.clock.play();
  tickUntil(time, () => time.clock.time >= 8.1);
  assert.equal(seen, [...BAR_PARTS, "BarChangedEvent", ...BAR_PARTS, "BarChangedEvent"]);
});

test("each event fires as the position enters its part of the bar (4/4 and 6/8)", () => {
  const time = testTime();
  const seen = recordEvents(time, BAR_EVENTS);
  time.clock.play();
  const at = (position: number): string => {
    seen.length = 0;
    time.clock.jumpTo(position);
    return seen.join(",");
  };
  at(0.1);
  assert.is(at(1.99), "");
  assert.is(at(2), "ThirdBeatPassedEvent");
  assert.is(at(3), "LastBeatPassedEvent");
  assert.is(at(3.5), "Last8thPassedEvent");
  assert.is(at(3.75), "Last16thPassedEvent");
  assert.is(at(3.875), "Last32thPassedEvent");
  assert.is(at(3.9375), "BarEndingEvent");
  assert.is(at(4), "BarChangedEvent");
  time.clock.sig = { numerator: 6, denominator: 8 };
  // Bars of 3 quarter notes from 0: the third bar spans 6 to 9, its beats are eighths.
  assert.is(at(6.1), "BarChangedEvent");
  assert.is(at(7), "ThirdBeatPassedEvent");
  assert.is(at(8.4), "");
  assert.is(at(8.5), "LastBeatPassedEvent");
  assert.is(at(8.75), "Last8thPassedEvent");
  assert.is(at(8.97), "Last16thPassedEvent,Last32thPassedEvent,BarEndingEvent");
});

test("a loop wrap to the start of the same bar counts as a new bar", () => {
  const time = testTime();
  const seen = recordEvents(time, [BarChangedEvent]);
  time.clock.loop = { start: 0, end: 4 };
  time.clock.play();
  tickUntil(time, () => seen.length === 3, 1000);
  assert.is(seen.length, 3);
  assert.ok(time.clock.time < 1, `at ${time.clock.time}`);
});

test("no bar events while the song is stopped, and none from a restart", () => {
  const time = testTime();
  const seen = recordEvents(time, BAR_EVENTS);
  time.clock.jumpTo(3.95);
  time.clock.jumpTo(4.5);
  assert.equal(seen, []);
  time.clock.play();
  time.clock.jumpTo(4.6);
  assert.equal(seen, []);
});

test("a throwing wait callback is logged and the waits due with it still run", () => {
  const time = testTime();
  time.clock.play();
  const calls: string[] = [];
  time.context.beats.waitBeats(1, function failingWait() {
    throw new Error("boom");
  });
  time.context.beats.waitBeats(1, () => calls.push("second"));
  time.clock.jumpTo(1);
  assert.equal(calls, ["second"]);
  assert.match(time.messages("error")[0], /failingWait failed: Error: boom/);
});

test.run();
