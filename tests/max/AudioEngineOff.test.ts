// Live's audio engine off: Max's scheduler stops, so the metro's bangs and the [js] Tasks stop
// (Rig.setAudioEngine), while messages still reach node.script. The bundle notices no tick came for
// more than 200 ms while messages arrive and ticks from Node's own interval (src/host/TickFallback.ts),
// run here on the rig's virtual clock, until the metro bangs again. Counts of ticks and virtual time only.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { ActionContext } from "../../src/actions/Action";
import type { TickFallback } from "../../src/host/TickFallback";
import { METRO_MS } from "../../src/sim/max/Rig";
import { VirtualEc4 } from "../../src/sim/VirtualEc4";
import { appOf, rigWith, type Running } from "../support/rigWith";

interface Call {
  id: string;
  gesture: string;
}

// Main knob 13 of the default mapping: press arms the current track, long press folds the group.
const PRESS = "track.arm";
const LONG = "nav.foldGroup";

async function recording(): Promise<Running & { calls: Call[]; ec4: VirtualEc4; ticks: () => TickFallback; tickCount: () => number }> {
  const running = await rigWith("demo");
  const calls: Call[] = [];
  for (const id of [PRESS, LONG]) running.app.control.registry.implement(id, ({ context }: { context: ActionContext }) => void calls.push({ id, gesture: context.gesture }));
  const ec4 = new VirtualEc4(running.rig, () => appOf(running.rig).control.store.active);
  return {
    ...running,
    get app() {
      return running.app;
    },
    calls,
    ec4,
    ticks: () => (running.rig.bundle as { ticks: TickFallback }).ticks,
    tickCount: () => running.app.seq.ticks.currentTick,
  };
}

function knob(ec4: VirtualEc4, actionId: string, gesture: "press" | "longPress") {
  const ref = ec4.knobFor(actionId, gesture);
  if (!ref) throw new Error(`no knob for ${actionId}`);
  return ref;
}

test("audio engine off: the metro stops, and with no message Node's timer does not start either", async () => {
  const r = await recording();
  await r.rig.advance(2000);
  const before = r.tickCount();
  r.rig.setAudioEngine(false);
  assert.is(r.rig.audioEngine, false);
  await r.rig.advance(1000);
  assert.is(r.tickCount(), before, "no bang, no tick");
  assert.is(r.ticks().mode, "metro");
  assert.is(r.rig.nodeTimers.active, 0);
  // The first message (a knob turned) starts the watchdog, and 204 ms later Node ticks.
  const k = knob(r.ec4, LONG, "longPress");
  await r.ec4.turn(k.group, k.position, 1, 1, 0);
  await r.rig.advance(200);
  assert.is(r.tickCount(), before, "200 ms without a tick is not yet more than 200 ms");
  await r.rig.advance(4);
  assert.is(r.tickCount(), before + 12, "the 12 periods since the message");
  assert.is(r.ticks().mode, "node");
});

test("audio engine off: a long press on the virtual EC4 still runs its long-press action, a short press its press action", async () => {
  const r = await recording();
  const k = knob(r.ec4, LONG, "longPress");
  r.rig.setAudioEngine(false);
  const metroTicks = r.ticks().stats.metroTicks;
  await r.ec4.longPress(k.group, k.position);
  assert.equal(r.calls, [{ id: LONG, gesture: "longPress" }]);
  await r.ec4.press(k.group, k.position);
  assert.equal(r.calls, [{ id: LONG, gesture: "longPress" }, { id: PRESS, gesture: "press" }]);
  assert.is(r.ticks().mode, "node");
  assert.is(r.ticks().stats.takeovers, 1);
  assert.is(r.ticks().stats.metroTicks, metroTicks, "no bang came");
  assert.is(r.rig.nodeTimers.active, 1);
});

test("audio engine off: a short press first is a press, and a long press after it a long press", async () => {
  const r = await recording();
  const k = knob(r.ec4, LONG, "longPress");
  r.rig.setAudioEngine(false);
  await r.ec4.press(k.group, k.position);
  await r.ec4.longPress(k.group, k.position);
  await r.ec4.press(k.group, k.position);
  assert.equal(r.calls, [
    { id: PRESS, gesture: "press" },
    { id: LONG, gesture: "longPress" },
    { id: PRESS, gesture: "press" },
  ]);
});

test("the engine back on: the metro drives the ticks again and the Node timer stops; no tick lost or doubled", async () => {
  const r = await recording();
  const k = knob(r.ec4, LONG, "longPress");
  const seen: number[] = [];
  r.app.seq.ticks.everyTick(() => seen.push(r.app.seq.ticks.currentTick));
  const startTick = r.tickCount();
  const startMs = r.rig.clock.now;
  r.rig.setAudioEngine(false);
  await r.ec4.longPress(k.group, k.position);
  await r.rig.advance(500);
  assert.is(r.ticks().mode, "node");
  r.rig.setAudioEngine(true);
  await r.rig.advance(METRO_MS);
  assert.is(r.ticks().mode, "metro");
  assert.is(r.rig.nodeTimers.active, 0, "the Node interval is cleared");
  const fromNode = r.ticks().stats.nodeTicks;
  const metroBefore = r.ticks().stats.metroTicks;
  const tickBefore = r.tickCount();
  await r.rig.advance(20 * METRO_MS);
  assert.is(r.ticks().stats.nodeTicks, fromNode, "Node gives no tick once the metro is back");
  assert.is(r.ticks().stats.metroTicks - metroBefore, 20);
  assert.is(r.tickCount() - tickBefore, 20, "one tick per bang");
  // Each tick adds one, from one source at a time.
  assert.ok(seen.every((tick, i) => i === 0 || tick === seen[i - 1] + 1), "the count goes up one at a time");
  assert.is(seen[0], startTick + 1);
  // Over the whole stretch (off, the long press, on again) the ticks are the stretch's metro periods, give or take one.
  const periods = (r.rig.clock.now - startMs) / METRO_MS;
  const ticked = r.tickCount() - startTick;
  assert.ok(Math.abs(ticked - periods) <= 1, `${ticked} ticks in ${periods.toFixed(1)} periods`);
  // Pressed again with the engine on, the knob is read by the metro's ticks.
  await r.ec4.longPress(k.group, k.position);
  assert.equal(r.calls, [{ id: LONG, gesture: "longPress" }, { id: LONG, gesture: "longPress" }]);
  assert.is(r.ticks().stats.nodeTicks, fromNode);
});

test("with the engine on, controller messages never make Node tick", async () => {
  const r = await recording();
  const k = knob(r.ec4, LONG, "longPress");
  await r.ec4.longPress(k.group, k.position);
  await r.ec4.press(k.group, k.position);
  await r.ec4.turn(k.group, k.position, 5);
  await r.rig.advance(METRO_MS);
  assert.equal(r.ticks().stats.nodeTicks, 0);
  assert.equal(r.ticks().stats.takeovers, 0);
  assert.ok(r.rig.nodeTimers.active <= 1, "one watchdog at most, however many messages");
});

test("audio engine off: the real press arms the current track in Live, in one undo step", async () => {
  const r = await rigWith("demo");
  const ec4 = new VirtualEc4(r.rig, () => appOf(r.rig).control.store.active);
  await r.rig.advance(200);
  const armed = r.app.song.currentTrack()?.isArmed;
  assert.type(armed, "boolean");
  const undoSteps = r.set.undoHistory.length;
  r.rig.setAudioEngine(false);
  await ec4.play(PRESS);
  await r.rig.advance(400);
  assert.is(r.set.undoHistory.length, undoSteps + 1, "Live recorded the arm");
  assert.is(r.app.song.currentTrack()?.isArmed, !armed);
  assert.equal(r.rig.posts("error"), []);
  assert.is(r.app.seq.registry.size, 0, "the action's sequence ended with the engine off");
});

test("a restarted Node process starts with no timer of the old one", async () => {
  const r = await recording();
  const k = knob(r.ec4, LONG, "longPress");
  r.rig.setAudioEngine(false);
  await r.ec4.longPress(k.group, k.position);
  const old = r.rig.nodeTimers;
  assert.is(old.active, 1);
  await r.rig.restartNode();
  assert.is(old.active, 0, "the killed process's interval is gone");
  assert.is.not(r.rig.nodeTimers, old);
});

test.run();
