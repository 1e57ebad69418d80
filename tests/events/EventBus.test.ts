import { test } from "uvu";
import * as assert from "uvu/assert";
import { EventBus } from "../../src/events/EventBus";
import { TickScheduler } from "../../src/time/TickScheduler";
import { capturingLogger } from "../time/testLogger";

class TrackArmed {
  constructor(
    readonly target: { name: string },
    readonly armed: boolean,
  ) {}
}
class SpecialTrackArmed extends TrackArmed {}
class Ping {}

function bus() {
  const logger = capturingLogger();
  const ticks = new TickScheduler(logger.log);
  return { ...logger, ticks, bus: new EventBus(ticks, logger.log) };
}

test("listeners receive the event with its payload, dispatched by exact class", () => {
  const { bus: events } = bus();
  const seen: string[] = [];
  const track = { name: "bass" };
  events.subscribe(TrackArmed, (event) => seen.push(`${event.target.name} ${event.armed}`));
  events.subscribe(SpecialTrackArmed, () => seen.push("special"));
  events.emit(new TrackArmed(track, true));
  events.emit(new SpecialTrackArmed(track, false));
  events.emit(new Ping());
  assert.equal(seen, ["bass true", "special"]);
});

test("the handle and unsubscribe both remove a listener", () => {
  const { bus: events } = bus();
  let a = 0;
  let b = 0;
  const listenerB = () => b++;
  const off = events.subscribe(Ping, () => a++);
  events.subscribe(Ping, listenerB);
  events.emit(new Ping());
  off();
  off();
  events.unsubscribe(Ping, listenerB);
  events.emit(new Ping());
  assert.equal([a, b], [1, 1]);
  assert.is(events.listenerCount(Ping), 0);
});

test("once listens to one event only", () => {
  const { bus: events } = bus();
  let calls = 0;
  events.once(Ping, () => calls++);
  events.emit(new Ping());
  events.emit(new Ping());
  assert.is(calls, 1);
  assert.is(events.listenerCount(Ping), 0);
});

test("a throwing listener is logged and the others still run", () => {
  const { bus: events, messages } = bus();
  const seen: string[] = [];
  events.subscribe(Ping, () => seen.push("first"));
  events.subscribe(Ping, function brokenListener() {
    throw new Error("broken");
  });
  events.subscribe(Ping, () => seen.push("third"));
  events.emit(new Ping());
  assert.equal(seen, ["first", "third"]);
  assert.match(messages("error")[0], /listener brokenListener of Ping failed: Error: broken/);
});

test("subscribing a listener twice is warned about and keeps one subscription", () => {
  const { bus: events, messages } = bus();
  let calls = 0;
  const listener = () => calls++;
  events.subscribe(Ping, listener);
  events.subscribe(Ping, listener);
  events.emit(new Ping());
  assert.is(calls, 1);
  assert.is(messages("warn").length, 1);
});

test("changes made during an emit apply from the next emit", () => {
  const { bus: events } = bus();
  const seen: string[] = [];
  const late = () => seen.push("late");
  const second = () => seen.push("second");
  events.subscribe(Ping, () => {
    seen.push("first");
    events.unsubscribe(Ping, second);
    events.subscribe(Ping, late);
  });
  events.subscribe(Ping, second);
  events.emit(new Ping());
  assert.equal(seen, ["first"]);
  events.emit(new Ping());
  assert.equal(seen, ["first", "first", "late"]);
});

test("deferEmit delivers on the next tick", () => {
  const { bus: events, ticks } = bus();
  let calls = 0;
  events.subscribe(Ping, () => calls++);
  events.deferEmit(new Ping());
  assert.is(calls, 0);
  ticks.tick();
  assert.is(calls, 1);
});

test("clear removes every listener", () => {
  const { bus: events } = bus();
  let calls = 0;
  events.subscribe(Ping, () => calls++);
  events.clear();
  events.emit(new Ping());
  assert.is(calls, 0);
});

test.run();
