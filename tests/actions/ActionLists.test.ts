// Lists end to end: a knob whose press binds a list of actions and waits, played as MIDI bytes on the
// virtual EC4. A wait in bars lands on the song's grid (the next step runs in the tick the bar line is
// reached); the same knob again cancels the list, set.reinit cancels it, a refused step stops it and the
// status line names the step; a Node restart picks up a list waiting on the grid, or says it stopped.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { answered, type Answered } from "../../src/actions/Action";
import { Answer } from "../../src/model/Answer";
import type { Protocol0 } from "../../src/host/Protocol0";
import { bind, defaultDocument, importMapping } from "../support/importMapping";
import { trackNamed } from "../support/liveState";
import { recorder, type Recorder } from "./recording/recordingRig";
import { recordingSet } from "./recording/sets";

const metronome = (r: Recorder) => r.set.song.values.metronome;

/** Each action the runner starts, with the tick it started in and the song position then (quarter notes). */
function runsOf(app: Protocol0): { id: string; tick: number; position: number | null }[] {
  const runs: { id: string; tick: number; position: number | null }[] = [];
  const runner = app.control.runner;
  const run = runner.run.bind(runner);
  runner.run = (id, context, call) => {
    runs.push({ id, tick: app.seq.ticks.currentTick, position: app.seq.beats.position });
    run(id, context, call);
  };
  return runs;
}

/** Each tick's counted song position, recorded after the beat scheduler's own tick. */
function positionsOf(app: Protocol0): Map<number, number | null> {
  const positions = new Map<number, number | null>();
  app.seq.ticks.everyTick(() => positions.set(app.seq.ticks.currentTick, app.seq.beats.position));
  return positions;
}

/** One metro tick at 120 BPM, in quarter notes. */
const TICK_QN = (120 * 17) / 60_000;

/**
 * The run came the moment the song was known to have reached `line`: past it by less than a tick, and
 * still before it at the start of the tick before (a position observed between bangs counts too).
 */
function assertOnLine(run: { tick: number; position: number | null }, positions: Map<number, number | null>, line: number): void {
  assert.ok(run.position !== null && run.position >= line - 1e-9 && run.position < line + TICK_QN, `ran at ${run.position}, the line is ${line}`);
  const before = positions.get(run.tick - 1);
  assert.ok(before !== undefined && before !== null && before < line, `the tick before, the song was at ${before}`);
}

async function playing(r: Recorder, bars: number): Promise<void> {
  r.set.callFunction("live_set", "start_playing");
  await r.bars(bars);
}

test("the default Log 6 list: click on, and off again in the tick the next bar line is reached", async () => {
  const r = await recorder(recordingSet());
  await playing(r, 1.3);
  const runs = runsOf(r.app);
  const positions = positionsOf(r.app);
  await r.ec4.press("Log", 6);
  assert.is(metronome(r), 1);
  await r.bars(0.6);
  assert.is(metronome(r), 1, "still on before the bar line");
  await r.bars(0.3);
  assert.is(metronome(r), 0, "off once the bar line passed");
  assert.equal(runs.map((run) => run.id), ["transport.metronome", "transport.metronome"]);
  const off = runs[1]!;
  assertOnLine(off, positions, 8); // bar 3
  assert.is(r.app.control.lists.size, 0);
  assert.is(r.app.seq.registry.size, 0);
  assert.ok(r.statuses().includes("info Metronome off"), r.statuses().join("\n"));
});

test("with the song stopped, a wait in bars lasts as long at the tempo", async () => {
  const r = await recorder(recordingSet());
  await r.ec4.press("Log", 6);
  assert.is(metronome(r), 1);
  await r.rig.advance(1_900);
  assert.is(metronome(r), 1);
  await r.rig.advance(300);
  assert.is(metronome(r), 0, "a bar at 120 BPM: 2 s");
});

test("pressing the knob again while its list runs cancels it; set.reinit cancels it too", async () => {
  const r = await recorder(recordingSet());
  await playing(r, 0.2);
  await r.ec4.press("Log", 6);
  await r.bars(0.2);
  await r.ec4.press("Log", 6);
  assert.ok(r.statuses().includes("warn Log knob 6, press: list cancelled"), r.statuses().join("\n"));
  assert.is(r.app.control.lists.size, 0);
  await r.bars(2);
  assert.is(metronome(r), 1, "the last step never ran");

  await r.ec4.press("Log", 6);
  assert.is(metronome(r), 0, "a new press runs the list again from its first step");
  assert.is(r.app.control.lists.size, 1);
  await r.gesture("set.reinit");
  await r.bars(0.2);
  assert.is(r.app.control.lists.size, 0, "reinit cancelled it");
  await r.bars(2);
  assert.is(metronome(r), 0, "its last step never ran");
  assert.is(r.app.seq.registry.size, 0);
});

test("the song stopping during a wait in bars stops the list, and the status line says so", async () => {
  const r = await recorder(recordingSet());
  await playing(r, 0.2);
  await r.ec4.press("Log", 6);
  await r.bars(0.2);
  r.set.callFunction("live_set", "stop_playing");
  await r.bars(2);
  assert.is(metronome(r), 1, "the last step never ran");
  assert.ok(r.statuses().includes("warn Log knob 6, press: list stopped at step 2 (wait 1 bar): cancelled (the song stopped, or the set was read again)"), r.statuses().join("\n"));
  assert.is(r.app.control.lists.size, 0);
});

test("a step refused by its guard stops the list; the status line names the step", async () => {
  const r = await recorder(recordingSet());
  await importMapping(r.rig, bind(defaultDocument(), "Log", 8, "press", ["transport.metronome", { action: "scene.fire", args: { scene: 99 } }, "transport.metronome"]));
  await r.ec4.press("Log", 8);
  await r.rig.advance(500);
  assert.is(metronome(r), 1, "the first step ran, the third did not");
  assert.is(r.statuses().pop(), "warn Log knob 8, press: list stopped at step 2 (Fire scene): Fire scene: no scene 99 (the set has 2)");
  assert.is(r.app.control.lists.size, 0);
});

test("a step Live refuses stops the list; the status line names the step and Live's refusal", async () => {
  const r = await recorder(recordingSet());
  // The metronome knob also arms a group track, which Live refuses (a group has no arm), as in Refusals.test.ts.
  const click = r.app.control.registry.get("transport.metronome")!;
  r.app.control.registry.implement("transport.metronome", (input) => {
    const ran = click.run(input) as Answered;
    return answered(Answer.all([ran.answer, r.app.mirror.set(trackNamed(r.set, "Bus").id, "Track", "arm", 1)]), ran.text);
  });
  await importMapping(r.rig, bind(defaultDocument(), "Log", 8, "press", ["transport.metronome", { wait: "100 ms" }, "transport.playStop"]));
  await r.ec4.press("Log", 8);
  await r.rig.advance(1_000);
  const last = r.statuses().pop() ?? "";
  assert.match(last, /^warn Log knob 8, press: list stopped at step 1 \(Metronome\): Metronome: Live refused arm of "Bus" \(.+\)$/, last);
  assert.is(r.set.song.values.is_playing, 0, "the steps after it never ran");
});

test("a list waiting on the grid when Node restarts is picked up: its next step runs on the same bar line", async () => {
  const list = ["transport.metronome", { wait: "2 bars" }, "transport.metronome"];
  const r = await recorder(recordingSet());
  await importMapping(r.rig, bind(defaultDocument(), "Log", 8, "press", list));
  await playing(r, 0.5);
  await r.ec4.press("Log", 8);
  assert.is(metronome(r), 1);
  await r.bars(0.5);
  await r.rig.restartNode();
  const runs = runsOf(r.app);
  const positions = positionsOf(r.app);
  assert.ok(r.infos().some((line) => line.includes("Log knob 8, press: list picked up after the restart, at step 3")), r.infos().join("\n"));
  await r.bars(1.5);
  assert.is(metronome(r), 0, "off on bar 3's line");
  assert.equal(runs.map((run) => run.id), ["transport.metronome"]);
  assertOnLine(runs[0]!, positions, 8); // the line it waited for before the restart
  assert.is(r.app.control.lists.size, 0);
});

test("a list in a wait of milliseconds when Node restarts is stopped, and the status line says so", async () => {
  const r = await recorder(recordingSet());
  await importMapping(r.rig, bind(defaultDocument(), "Log", 8, "press", ["transport.metronome", { wait: "3000 ms" }, "transport.metronome"]));
  await r.ec4.press("Log", 8);
  await r.rig.advance(500);
  await r.rig.restartNode();
  await r.rig.advance(4_000);
  assert.ok(r.statuses().includes("warn Log knob 8, press: the list stopped when the script restarted, at step 2 (wait 3000 ms)"), r.statuses().join("\n"));
  assert.is(metronome(r), 1, "its last step never ran");
  assert.is(r.app.control.lists.size, 0);
});

test.run();
