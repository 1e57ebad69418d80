// Execution around an action: needs and guards, undo step, duration in ticks, failure isolation.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ActionWarning } from "../../src/actions/Action";
import type { Completion } from "../../src/actions/Action";
import { ActionRunner } from "../../src/control/ActionRunner";
import { createHarness, cc, noteOn, noteOff } from "./harness";

const MAIN = 4;
const pressTrk = noteOn(MAIN, 12); // Main 13 TRK: press track.arm (needs currentTrack), long press nav.foldGroup
const releaseTrk = noteOff(MAIN, 12);

/** A Completion the test finishes by hand, as a Sequence would a few ticks later. */
function deferred() {
  let callback: ((error?: unknown) => void) | undefined;
  const completion: Completion = { onDone: (done) => (callback = done) };
  return { completion, finish: (error?: unknown) => callback?.(error) };
}

test("nothing selected: a warning on the log and the status line, no call, no undo step", () => {
  const h = createHarness({ selected: [] });
  h.send(...pressTrk, ...releaseTrk);
  assert.equal(h.ids(), []);
  assert.equal(h.undo, []);
  assert.equal(h.warnings(), ["Arm: no current track"]);
  assert.equal(h.status, [{ level: "warn", text: "Arm: no current track" }]);
  assert.equal(h.errors(), []);
});

test("needs are checked per action: an action that needs nothing still runs", () => {
  const h = createHarness({ selected: [] });
  h.send(...noteOn(MAIN, 0));
  assert.equal(h.ids(), ["transport.tapTempo"]);
});

test("a guard's refusal is a warning", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () => assert.unreachable("guarded"), () => "the song is not playing");
  h.send(...noteOn(MAIN, 0));
  assert.equal(h.status, [{ level: "warn", text: "Tap tempo: the song is not playing" }]);
});

test("each run is one undo step named after the action, closed after the handler", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () => {
    h.undo.push("handler");
  });
  h.send(...noteOn(MAIN, 0), ...cc(MAIN, 1, 1));
  assert.equal(h.undo, ["begin Tap tempo", "handler", "end", "begin Tempo", "end"]);
});

test("duration is logged in ticks: info for presses, debug for scrolls", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, 0), ...cc(MAIN, 1, 1));
  const lines = h.logs.filter((l) => /took/.test(l.message)).map((l) => `${l.level} ${l.message}`);
  assert.equal(lines, ["info Tap tempo: took 0 ticks", "debug Tempo: took 0 ticks"]);
});

test("an action finishing later keeps the undo step open until it is done and reports its ticks", () => {
  const h = createHarness();
  const pending = deferred();
  h.registry.implement("transport.tapTempo", () => pending.completion);
  h.send(...noteOn(MAIN, 0));
  assert.equal(h.undo, ["begin Tap tempo"]);
  h.clock.advance(7);
  pending.finish();
  pending.finish(); // a second report is ignored
  assert.equal(h.undo, ["begin Tap tempo", "end"]);
  assert.ok(h.logs.some((l) => l.message === "Tap tempo: took 7 ticks"));
});

test("an exception is logged and shown, the undo step closed, and the next knob still works", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () => {
    throw new Error("boom");
  });
  h.send(...noteOn(MAIN, 0), ...noteOff(MAIN, 0));
  h.send(...cc(MAIN, 1, 1));
  assert.equal(h.ids(), ["transport.tempo"]);
  assert.equal(h.undo, ["begin Tap tempo", "end", "begin Tempo", "end"]);
  assert.is(h.errors().length, 1);
  assert.match(h.errors()[0], /^Tap tempo \(transport.tapTempo\) failed after 0 ticks: Error: boom/);
  assert.equal(h.status, [{ level: "error", text: "Tap tempo failed: boom" }]);
  h.send(...noteOn(MAIN, 0));
  assert.is(h.errors().length, 2, "the same knob fails again without harming anything");
});

test("a sequence that fails later is reported with its ticks", () => {
  const h = createHarness();
  const pending = deferred();
  h.registry.implement("transport.tapTempo", () => pending.completion);
  h.send(...noteOn(MAIN, 0));
  h.clock.advance(3);
  pending.finish(new Error("clip vanished"));
  assert.match(h.errors()[0], /failed after 3 ticks/);
  assert.equal(h.undo, ["begin Tap tempo", "end"]);
});

test("an ActionWarning from the handler is a warning, not an error", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () => {
    throw new ActionWarning("tempo is locked");
  });
  h.send(...noteOn(MAIN, 0));
  assert.equal(h.errors(), []);
  assert.equal(h.status, [{ level: "warn", text: "Tap tempo: tempo is locked" }]);
});

test("an action without implementation, or given a gesture it does not accept, warns", () => {
  const h = createHarness();
  const encoder = { group: "Main", position: 1, label: "TAP" };
  h.registry.register({ id: "test.later", title: "Later", description: "", gestures: ["press"], needs: [] });
  h.runner.run("test.later", { gesture: "press", encoder });
  h.runner.run("transport.tempo", { gesture: "press", encoder });
  h.runner.run("no.suchAction", { gesture: "press", encoder });
  assert.equal(h.warnings(), [
    "Later (test.later) is not implemented yet",
    'Main encoder 1 "TAP": Tempo does not accept press',
    'Main encoder 1 "TAP": unknown action "no.suchAction"',
  ]);
  assert.equal(h.ids(), []);
});

test("a failing undo bridge is reported and the action is not run outside an undo step", () => {
  const h = createHarness();
  const runner = new ActionRunner({
    registry: h.registry,
    logger: h.logger,
    clock: h.clock,
    undo: {
      begin: () => {
        throw new Error("bridge down");
      },
      end: () => assert.unreachable("no step was opened"),
    },
    status: { show: (level, text) => h.status.push({ level, text }) },
    selection: { has: () => true },
  });
  runner.run("transport.tapTempo", { gesture: "press", encoder: { group: "Main", position: 1, label: "TAP" } });
  assert.equal(h.ids(), []);
  assert.equal(h.status, [{ level: "error", text: "Tap tempo failed: bridge down" }]);
});

test("a custom executor (the Sequence adapter) receives the action's title and body", () => {
  const seen: string[] = [];
  const h = createHarness({
    executor: {
      run(name, body, finished) {
        seen.push(name);
        body();
        finished();
      },
    },
  });
  h.send(...noteOn(MAIN, 0));
  assert.equal(seen, ["Tap tempo"]);
  assert.equal(h.ids(), ["transport.tapTempo"]);
});

test.run();
