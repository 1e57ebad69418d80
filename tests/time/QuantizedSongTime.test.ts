// The BeatScheduler fed quantized positions, as the shim sends them (a position only when
// floor(current_song_time / quantum) changes): it extrapolates by the tempo between them, so waits
// end on the tick where the song has played their length, bar events fire once per bar, across loop
// wraps too, and tempo changes stretch waits in time, not in beats.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { BarChangedEvent } from "../../src/events/BeatEvents";
import { TICK_MS } from "../../src/time/TickScheduler";
import { BAR_EVENTS, BAR_PARTS, recordEvents, testTime, tickUntil, type TestTime } from "./testTime";

const SIXTEENTH = 0.25;
const SIXTY_FOURTH = 1 / 16;

const stepAt = (tempo: number): number => (tempo * TICK_MS) / 60_000;

/** A test world whose clock reports positions in `quantum`s, with the song time played counted unwrapped. */
function quantized(quantum: number, tempo = 120): TestTime & { played: () => number } {
  const time = testTime();
  time.clock.quantum = quantum;
  time.clock.tempo = tempo;
  let played = 0;
  const tick = time.tick;
  return {
    ...time,
    tick: (count = 1) => {
      for (let i = 0; i < count; i++) {
        if (time.clock.playing) played += stepAt(time.clock.tempo);
        tick();
      }
    },
    played: () => played,
  };
}

const BAR = [...BAR_PARTS, "BarChangedEvent"];

test("the test clock reports positions as the shim does: at most one per quantum", () => {
  const time = quantized(SIXTEENTH);
  time.clock.play();
  tickUntil(time, () => time.clock.time >= 8);
  // 8 beats in 16ths: 32 positions (the start at 0 is not a change of quantum).
  assert.is(time.clock.reports, 32);
  assert.ok(time.context.ticks.currentTick > 200, "a position every 7 or 8 ticks at 120 BPM");
});

for (const [name, quantum] of [
  ["16ths", SIXTEENTH],
  ["64ths", SIXTY_FOURTH],
] as const) {
  for (const tempo of [60, 120, 174]) {
    test(`${name} at ${tempo} BPM: waits made anywhere in a quantum end on the tick their beats are played`, () => {
      const time = quantized(quantum, tempo);
      time.clock.play();
      const step = stepAt(tempo);
      // Made after 0 to 19 ticks: at the position reported and at every estimate between two reports.
      for (let offset = 0; offset < 20; offset++) {
        let fired: number | null = null;
        const from = time.played();
        const beats = 1 + (offset % 3);
        time.context.beats.waitBeats(beats, () => (fired = time.played()));
        tickUntil(time, () => fired !== null);
        const late = (fired! - from - beats) / step;
        assert.ok(late >= -1e-6 && late < 1, `wait of ${beats} beats made after ${offset} ticks: ${late} ticks late`);
        time.tick(offset);
      }
      assert.is(time.context.beats.pending, 0);
    });
  }
}

test("16ths: waitBars(2) in a one-bar loop ends on the same tick as without the loop", () => {
  const ticksFor = (loop: boolean): number => {
    const time = quantized(SIXTEENTH);
    if (loop) time.clock.loop = { start: 0, end: 4 };
    time.clock.play();
    time.tick(3);
    let fired = false;
    time.context.beats.waitBars(2, () => (fired = true));
    return tickUntil(time, () => fired);
  };
  const straight = ticksFor(false);
  assert.is(straight, Math.ceil(8 / stepAt(120)));
  assert.is(ticksFor(true), straight);
});

test("16ths: a loop whose end is off the 16th grid wraps without losing played time", () => {
  const time = quantized(SIXTEENTH);
  time.clock.loop = { start: 1, end: 2.9 };
  time.clock.jumpTo(1);
  time.clock.play();
  let fired: number | null = null;
  time.context.beats.waitBeats(10, () => (fired = time.played()));
  tickUntil(time, () => fired !== null);
  const late = (fired! - 10) / stepAt(120);
  assert.ok(late >= -1e-6 && late < 1, `${late} ticks late over five wraps`);
});

test("16ths: bar and beat events fire once per bar in musical order, straight and across one-bar loop wraps", () => {
  for (const loop of [false, true]) {
    const time = quantized(SIXTEENTH);
    if (loop) time.clock.loop = { start: 0, end: 4 };
    const seen = recordEvents(time, BAR_EVENTS);
    time.clock.play();
    tickUntil(time, () => time.played() >= 16.1);
    assert.equal(seen, [...BAR, ...BAR, ...BAR, ...BAR], `loop ${loop}`);
  }
});

test("16ths: each bar event fires on the tick the song enters its part of the bar", () => {
  const time = quantized(SIXTEENTH, 97);
  const firedAt = new Map<string, number>();
  for (const eventClass of BAR_EVENTS) {
    time.context.bus.subscribe(eventClass, () => {
      if (!firedAt.has(eventClass.name)) firedAt.set(eventClass.name, time.clock.time);
    });
  }
  time.clock.play();
  tickUntil(time, () => time.clock.time >= 4.2);
  const step = stepAt(97);
  const points: [string, number][] = [
    ["ThirdBeatPassedEvent", 2],
    ["LastBeatPassedEvent", 3],
    ["Last8thPassedEvent", 3.5],
    ["Last16thPassedEvent", 3.75],
    ["Last32thPassedEvent", 3.875],
    ["BarEndingEvent", 3.9375],
    ["BarChangedEvent", 4],
  ];
  for (const [name, point] of points) {
    const at = firedAt.get(name);
    assert.ok(at !== undefined && at >= point - 1e-9 && at < point + step, `${name} at ${at}, due at ${point}`);
  }
});

test("16ths in 6/8: the 16ths of an eighth-note beat, off the reported grid, fire on their tick", () => {
  const time = quantized(SIXTEENTH);
  time.clock.sig = { numerator: 6, denominator: 8 };
  const firedAt = new Map<string, number>();
  for (const eventClass of BAR_EVENTS) {
    time.context.bus.subscribe(eventClass, () => {
      if (!firedAt.has(eventClass.name)) firedAt.set(eventClass.name, time.clock.time);
    });
  }
  time.clock.play();
  tickUntil(time, () => time.clock.time >= 3.2);
  const step = stepAt(120);
  // A bar of 3 quarter notes; its last beat (an eighth) starts at 2.5.
  for (const [name, point] of [
    ["LastBeatPassedEvent", 2.5],
    ["Last8thPassedEvent", 2.75],
    ["Last16thPassedEvent", 2.875],
    ["Last32thPassedEvent", 2.9375],
    ["BarChangedEvent", 3],
  ] as [string, number][]) {
    const at = firedAt.get(name);
    assert.ok(at !== undefined && at >= point - 1e-9 && at < point + step, `${name} at ${at}, due at ${point}`);
  }
});

test("16ths: a tempo change mid-wait stretches it in time, not in beats", () => {
  const time = quantized(SIXTEENTH);
  time.clock.play();
  let fired: number | null = null;
  time.context.beats.waitBars(2, () => (fired = time.played()));
  tickUntil(time, () => time.played() >= 2.1); // in the middle of a 16th
  time.clock.tempo = 60;
  tickUntil(time, () => time.played() >= 5.05);
  time.clock.tempo = 174;
  tickUntil(time, () => fired !== null);
  assert.ok(fired! >= 8 - 1e-9 && fired! < 8 + stepAt(174), `fired after ${fired} beats`);
});

test("16ths: the estimate never enters the next 16th without a position (a stalled song fires nothing)", () => {
  const time = quantized(SIXTEENTH);
  time.clock.play();
  let fired = false;
  time.context.beats.waitBeats(0.5, () => (fired = true));
  const seen = recordEvents(time, BAR_EVENTS);
  // Metro bangs while Live's position does not move (its reports are what the scheduler trusts).
  for (let i = 0; i < 200; i++) time.context.ticks.tick();
  assert.not.ok(fired);
  assert.equal(seen, []);
  time.clock.jumpTo(0.26);
  time.clock.jumpTo(0.51);
  assert.ok(fired);
});

test("16ths: after a stop and a start, a wait counts from the start, before the first position arrives", () => {
  const time = quantized(SIXTEENTH);
  time.clock.play();
  time.tick(40); // 1.36: the last position reported was 1.258
  time.clock.stop();
  time.clock.play(); // same 16th: nothing reported
  let fired: number | null = null;
  const from = time.played();
  time.context.beats.waitBeats(1, () => (fired = time.played()));
  tickUntil(time, () => fired !== null);
  const late = (fired! - from - 1) / stepAt(120);
  assert.ok(late >= -1e-6 && late < 1, `${late} ticks late`);
});

test("16ths: the first position after a start that is a jump (the start marker) only anchors", () => {
  const time = quantized(SIXTEENTH);
  time.clock.playing = true;
  time.context.beats.onPlayingChanged(true);
  let fired: number | null = null;
  time.context.beats.waitBeats(1, () => (fired = time.clock.time));
  time.clock.jumpTo(16);
  assert.is(fired, null);
  tickUntil(time, () => fired !== null);
  assert.ok(fired! >= 17 && fired! < 17 + stepAt(120), `fired at ${fired}`);
});

test("16ths: a click back in the arrangement adds what the tick played, and counts a new bar on a bar's first beat", () => {
  const time = quantized(SIXTEENTH);
  const bars = recordEvents(time, [BarChangedEvent]);
  time.clock.play();
  let fired: number | null = null;
  time.context.beats.waitBars(2, () => (fired = time.played()));
  tickUntil(time, () => time.clock.time >= 6.5);
  time.clock.time = 4; // the next tick lands on 4.034: back in the first beat of bar 1
  tickUntil(time, () => fired !== null);
  assert.ok(fired! >= 8 - 1e-9 && fired! < 8 + stepAt(120), `fired after ${fired} beats`);
  assert.is(bars.length, 2, "the bar crossed at 4, and the click back to its first beat");
});

test("a tick with nothing due costs the same whatever waits: beat waits sit in a heap keyed by when they fall due", () => {
  const time = quantized(SIXTEENTH);
  time.clock.play();
  let runs = 0;
  for (let i = 0; i < 10_000; i++) time.context.beats.waitBeats(100 + i / 100, () => runs++);
  time.tick(100);
  assert.is(runs, 0);
  assert.is(time.context.beats.pending, 10_000);
  assert.is(time.context.ticks.pending, 0, "the scheduler's tick listener is not a tick wait");
});

test.run();
