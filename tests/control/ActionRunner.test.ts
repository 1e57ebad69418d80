// Execution around an action: needs and guards, undo step, duration in ticks, failure isolation.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ActionWarning } from "../../src/actions/Action";
import { ActionRunner } from "../../src/control/ActionRunner";
import { QUIET_MS } from "../../src/control/GestureUndo";
import { Sequence } from "../../src/sequence/Sequence";
import { msToTicks } from "../../src/time/TickScheduler";
import { createHarness, cc, noteOn, noteOff } from "./harness";

const MAIN = 4;
const pressTrk = noteOn(MAIN, 12); // Main 13 TRK: press track.arm (needs currentTrack), long press nav.foldGroup
const releaseTrk = noteOff(MAIN, 12);
const QUIET_TICKS = msToTicks(QUIET_MS);


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
  assert.equal(h.undo, ["begin Tap tempo", "handler", "end", "begin Tempo"], "a turn's step waits for the knob to rest");
  h.clock.advance(QUIET_TICKS);
  assert.equal(h.undo, ["begin Tap tempo", "handler", "end", "begin Tempo", "end"]);
});

test("duration is logged in ticks: info for presses, debug for scrolls", () => {
  const h = createHarness();
  h.send(...noteOn(MAIN, 0), ...cc(MAIN, 1, 1));
  const lines = h.logs.filter((l) => /took/.test(l.message)).map((l) => `${l.level} ${l.message}`);
  assert.equal(lines, ["debug Tap tempo: took 0 ticks", "debug Tempo: took 0 ticks"], "ticks are for debug lines only");
});

test("an action returning a started Sequence keeps its undo step open until the sequence ends", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () => new Sequence(h.sequences, "tap").wait(7).done());
  h.send(...noteOn(MAIN, 0));
  h.clock.advance(6);
  assert.equal(h.undo, ["begin Tap tempo"]);
  h.clock.advance(1);
  assert.equal(h.undo, ["begin Tap tempo", "end"]);
  assert.ok(h.logs.some((l) => l.message === "Tap tempo: took 7 ticks"));
});

test("a knob works while another action's sequence runs, and their undo steps stay apart", () => {
  const h = createHarness();
  let ended = false;
  h.registry.implement("transport.tapTempo", () => new Sequence(h.sequences).wait(10).add(() => (ended = true)).done());
  h.send(...noteOn(MAIN, 0), ...cc(MAIN, 1, 1));
  assert.equal(h.ids(), ["transport.tempo"], "the second knob ran");
  assert.equal(h.undo, ["begin Tap tempo", "end", "begin Tempo"]);
  h.clock.advance(10);
  assert.ok(ended, "the first action's sequence still finished");
  assert.equal(h.undo, ["begin Tap tempo", "end", "begin Tempo"], "its step was already closed");
});

test("any other return value means the action is done", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () => 120);
  h.send(...noteOn(MAIN, 0));
  assert.equal(h.undo, ["begin Tap tempo", "end"]);
});

test("an exception is logged and shown, the undo step closed, and the next knob still works", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () => {
    throw new Error("boom");
  });
  h.send(...noteOn(MAIN, 0), ...noteOff(MAIN, 0));
  h.send(...cc(MAIN, 1, 1));
  assert.equal(h.ids(), ["transport.tempo"]);
  h.clock.advance(QUIET_TICKS);
  assert.equal(h.undo, ["begin Tap tempo", "end", "begin Tempo", "end"]);
  assert.is(h.errors().length, 1);
  assert.match(h.errors()[0], /^Tap tempo \(transport.tapTempo\) failed: Error: boom/, "ticks only in a debug line");
  assert.ok(h.logs.some((l) => l.level === "debug" && l.message === "Tap tempo (transport.tapTempo) failed after 0 ticks"));
  assert.equal(h.status, [
    { level: "error", text: "Tap tempo failed: boom" },
    { level: "info", text: "Tempo" },
  ]);
  h.send(...noteOn(MAIN, 0));
  assert.is(h.errors().length, 2, "the same knob fails again without harming anything");
});

test("a sequence that fails later is logged once (by the sequence) and shown on the status line", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () =>
    new Sequence(h.sequences, "tap")
      .wait(3)
      .add(() => {
        throw new Error("clip vanished");
      })
      .done(),
  );
  h.send(...noteOn(MAIN, 0));
  h.clock.advance(3);
  assert.is(h.errors().length, 1);
  assert.match(h.errors()[0], /tap errored in step/);
  assert.ok(h.logs.some((l) => l.level === "debug" && l.message === "Tap tempo (transport.tapTempo) failed after 3 ticks"));
  assert.equal(h.status, [{ level: "error", text: "Tap tempo failed: clip vanished" }]);
  assert.equal(h.undo, ["begin Tap tempo", "end"]);
});

test("a cancelled sequence is a warning", () => {
  const h = createHarness();
  let sequence: Sequence | undefined;
  h.registry.implement("transport.tapTempo", () => (sequence = new Sequence(h.sequences, "tap").wait(5).done()));
  h.send(...noteOn(MAIN, 0));
  h.clock.advance(2);
  sequence?.cancel();
  assert.equal(h.status, [{ level: "warn", text: "Tap tempo: cancelled" }]);
  assert.ok(h.logs.some((l) => l.level === "debug" && l.message === "Tap tempo: cancelled after 2 ticks"));
  assert.equal(h.undo, ["begin Tap tempo", "end"]);
});

test("a sequence returned without done() is an error, and the undo step is closed", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () => new Sequence(h.sequences, "forgotten").wait(1));
  h.send(...noteOn(MAIN, 0));
  assert.equal(h.undo, ["begin Tap tempo", "end"]);
  assert.match(h.status[0].text, /returned sequence 'forgotten' without starting it/);
});

test("an ActionWarning thrown inside a sequence step is a warning on the status line", () => {
  const h = createHarness();
  h.registry.implement("transport.tapTempo", () =>
    new Sequence(h.sequences)
      .defer()
      .add(() => {
        throw new ActionWarning("no clip here");
      })
      .done(),
  );
  h.send(...noteOn(MAIN, 0));
  h.clock.advance(1);
  assert.equal(h.status, [{ level: "warn", text: "Tap tempo: no clip here" }]);
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

test("an unknown action, or one given a gesture it does not accept, warns", () => {
  const h = createHarness();
  const encoder = { group: "Main", position: 1, label: "TAP" };
  h.runner.run("transport.tempo", { gesture: "press", encoder });
  h.runner.run("no.suchAction", { gesture: "press", encoder });
  assert.equal(h.warnings(), [
    'Main knob 1 "TAP": Tempo does not accept press',
    'Main knob 1 "TAP": unknown action "no.suchAction"',
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
    selection: { resolve: () => null },
  });
  runner.run("transport.tapTempo", { gesture: "press", encoder: { group: "Main", position: 1, label: "TAP" } });
  assert.equal(h.ids(), []);
  assert.equal(h.status, [{ level: "error", text: "Tap tempo failed: bridge down" }]);
});

test("detents of one knob are one step until it rests; a press of another action ends it at once", () => {
  const h = createHarness();
  for (let i = 0; i < 20; i++) {
    h.send(...cc(MAIN, 1, 1));
    h.clock.advance(QUIET_TICKS - 1);
  }
  assert.equal(h.undo, ["begin Tempo"], "20 detents, each before the knob rests");
  h.send(...noteOn(MAIN, 0));
  assert.equal(h.undo, ["begin Tempo", "end", "begin Tap tempo", "end"]);
  h.clock.advance(QUIET_TICKS);
  assert.equal(h.undo, ["begin Tempo", "end", "begin Tap tempo", "end"], "the ended burst ends once");
});

test("a detent that throws ends its turn's step at once; the next detent begins another", () => {
  const h = createHarness();
  let fail = false;
  h.registry.implement("transport.tempo", () => {
    if (fail) throw new Error("boom");
  });
  h.send(...cc(MAIN, 1, 1));
  fail = true;
  h.send(...cc(MAIN, 1, 1));
  assert.equal(h.undo, ["begin Tempo", "end"]);
  fail = false;
  h.send(...cc(MAIN, 1, 1));
  h.clock.advance(QUIET_TICKS);
  assert.equal(h.undo, ["begin Tempo", "end", "begin Tempo", "end"]);
});

test.run();
