// The bundle's tick fallback on its own: bangs and messages driven by hand, its interval on a virtual
// clock (NodeTimers), so every assertion is a count of ticks at a virtual time.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { IDLE_BEATS, SILENT_BEATS, TickFallback, withTickFallback } from "../../src/host/TickFallback";
import type { Host } from "../../src/host/Host";
import type { Atom } from "../../src/wire/protocol";
import { Clock } from "../../src/sim/max/Clock";
import { NodeTimers } from "../../src/sim/max/NodeTimers";

function setup() {
  const clock = new Clock();
  const timers = new NodeTimers(clock);
  const notes: string[] = [];
  const fallback = new TickFallback(timers.globals as never, (text) => notes.push(text));
  let ticks = 0;
  fallback.onTick(() => ticks++);
  return { clock, timers, fallback, notes, ticks: () => ticks };
}

test("bangs tick; a message while the metro bangs arms one watchdog, which ends a second after the last message", () => {
  const s = setup();
  s.fallback.bang();
  s.fallback.message();
  assert.is(s.fallback.mode, "watching");
  assert.is(s.timers.active, 1);
  s.clock.advance(10);
  s.fallback.bang();
  s.fallback.message();
  assert.is(s.timers.active, 1, "bangs and messages keep one interval, never arm and clear one each");
  // The metro goes on banging, with no message for a second.
  for (let i = 0; i < IDLE_BEATS + 1; i++) {
    s.clock.advance(17);
    s.fallback.bang();
  }
  assert.is(s.fallback.mode, "metro", "no message for a second: the watch ended");
  assert.is(s.timers.active, 0);
  assert.equal(s.fallback.stats, { nodeTicks: 0, metroTicks: IDLE_BEATS + 3, takeovers: 0 });
});

test("no bang for more than 200 ms after a message: the missed periods are ticked, then one per 17 ms", () => {
  const s = setup();
  s.fallback.message();
  s.clock.advance(17 * (SILENT_BEATS - 1));
  assert.is(s.ticks(), 0, "200 ms is not yet more than 200 ms");
  assert.is(s.fallback.mode, "watching");
  s.clock.advance(17);
  assert.is(SILENT_BEATS, 12);
  assert.is(s.ticks(), 12, "the 204 ms since the message, as ticks");
  assert.is(s.fallback.mode, "node");
  assert.match(s.notes[0], /no metro tick for 204 ms/);
  s.clock.advance(170);
  assert.is(s.ticks(), 22, "ticks follow time: 374 ms, 22 periods");
  s.fallback.message();
  assert.is(s.timers.active, 1, "messages while Node ticks start nothing more");
});

test("the first bang stops the interval and ticks once; the count never goes back nor doubles", () => {
  const s = setup();
  s.fallback.message();
  s.clock.advance(17 * 20);
  assert.is(s.ticks(), 20);
  s.clock.advance(5);
  s.fallback.bang();
  assert.is(s.ticks(), 21);
  assert.is(s.timers.active, 0);
  assert.is(s.fallback.mode, "metro");
  assert.match(s.notes[1], /the metro ticks again/);
  s.clock.advance(1000);
  assert.is(s.ticks(), 21, "the Node interval is gone");
  assert.equal(s.fallback.stats, { nodeTicks: 20, metroTicks: 1, takeovers: 1 });
});

test("withTickFallback: bang handlers run through it, other handlers tell it a message came", () => {
  const handlers = new Map<string, ((...atoms: Atom[]) => void)[]>();
  const host: Host = {
    send: () => undefined,
    post: () => undefined,
    readDict: async () => ({}),
    writeDict: () => undefined,
    on: (selector, handler) => handlers.set(selector, [...(handlers.get(selector) ?? []), handler]),
  };
  const s = setup();
  const wrapped = withTickFallback(host, s.fallback);
  let banged = 0;
  const got: Atom[][] = [];
  wrapped.on("bang", () => banged++);
  wrapped.on("midi", (...atoms) => got.push(atoms));
  for (const h of handlers.get("bang") ?? []) h();
  assert.is(banged, 1);
  for (const h of handlers.get("midi") ?? []) h(4, 144, 12, 127);
  assert.equal(got, [[4, 144, 12, 127]]);
  assert.is(s.fallback.mode, "watching");
  s.clock.advance(17 * SILENT_BEATS);
  assert.is(banged, 1 + SILENT_BEATS, "Node's ticks run the app's bang handler");
});

test.run();
