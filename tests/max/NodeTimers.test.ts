// node.script's own setInterval on the virtual clock: it fires while Max's scheduler is stopped, and a
// bundle loaded with the rig's globals uses it instead of Node's.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Clock } from "../../src/sim/max/Clock";
import { DictStore } from "../../src/sim/max/DictStore";
import { FakeMaxApi } from "../../src/sim/max/FakeMaxApi";
import { loadBundle } from "../../src/sim/max/loadBundle";
import { NodeTimers } from "../../src/sim/max/NodeTimers";
import { temporaryFolder } from "../../src/sim/TemporaryFolder";

test("setInterval fires every period on virtual time, clearInterval stops it, even from its callback", () => {
  const clock = new Clock();
  const timers = new NodeTimers(clock);
  const at: number[] = [];
  const timer = timers.setInterval(() => {
    at.push(clock.now);
    if (at.length === 3) timers.clearInterval(timer);
  }, 17);
  assert.is(timers.active, 1);
  clock.advance(200);
  assert.equal(at, [17, 34, 51]);
  assert.is(timers.active, 0);
  assert.is(timers.fired, 3);
  assert.is(clock.pending, 0);
});

test("Node timers run while Max's scheduler is stopped; a killed process's timers never fire again", () => {
  const clock = new Clock();
  const timers = new NodeTimers(clock);
  let fired = 0;
  timers.setInterval(() => fired++, 10);
  clock.stopScheduler();
  clock.advance(50);
  assert.is(fired, 5);
  timers.kill();
  clock.advance(50);
  assert.is(fired, 5);
  timers.setInterval(() => fired++, 10);
  clock.advance(50);
  assert.is(fired, 5, "a dead process starts no timer");
  assert.is(clock.pending, 0);
});

test("clearInterval of something else does nothing; a delay below 1 ms is 1 ms, as in Node", () => {
  const clock = new Clock();
  const timers = new NodeTimers(clock);
  timers.clearInterval(undefined);
  timers.clearInterval({ id: 99 });
  let fired = 0;
  const timer = timers.setInterval(() => fired++, 0);
  assert.is(timer.unref(), timer);
  assert.is(timer.hasRef(), false);
  clock.advance(3);
  assert.is(fired, 3);
});

test("a bundle loaded with the timers as globals gets them for setInterval / clearInterval", () => {
  const path = join(temporaryFolder("bundle"), "bundle.js");
  writeFileSync(path, `let n = 0; const t = setInterval(() => { if (++n === 2) clearInterval(t); }, 5); module.exports = { n: () => n };`);
  const clock = new Clock();
  const timers = new NodeTimers(clock);
  const api = new FakeMaxApi({ outlet: () => {}, post: () => {} }, new DictStore());
  const bundle = loadBundle(path, api.module, timers.globals) as { n(): number };
  clock.advance(100);
  assert.is(bundle.n(), 2);
  assert.is(timers.active, 0);
});

test.run();
