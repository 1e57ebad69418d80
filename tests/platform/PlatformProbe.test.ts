// The platform probe end to end: the built bundle and shim over the simulated Live, through the fake
// Max wire that cuts atoms over 32,767 characters as Max does (src/sim/max/Wire.ts).
import { test } from "uvu";
import type { Protocol0 } from "../../src/host/Protocol0";
import { MSG_BATCH } from "../../src/wire/protocol";
import * as assert from "uvu/assert";
import { LiveSet, type LiveOptions } from "../../src/sim/live/LiveSet";
import { Rig } from "../../src/sim/max/Rig";
import { NO_UNDO_STEPS_NOTE } from "../../src/model/LiveUndoSteps";
import { PROBE_LENGTHS, probeText } from "../../src/wire/protocol";
import { BLOCK_BUDGET } from "../../src/wire/liveApiCosts";
import { actionRig } from "../support/ec4";
import { appOf } from "../support/rigWith";
import { fixture } from "../sim/simSets";
import { trackNamed } from "../support/liveState";
import { BRIDGE_WITH_UNDO_FUNCTIONS, BRIDGE_WITH_UNDO_STEPS } from "../support/hypotheticalBridge";
import { logLines } from "../support/logMessages";

const LINE = /^platform: Live (\S+), undo steps (yes|no|\?), parameter gestures (yes|no|\?), atoms whole to (\S+)\/(\S+) \(node→js\/js→node\), get (\S+) ms \(model 0\.3\), observer (\S+) ms \(model 1\.7\), model from Knobbler4's perftest$/;

async function started(options: LiveOptions = {}, name = "flat"): Promise<Rig> {
  const set = LiveSet.fromDescription(fixture(name), options);
  const rig = new Rig({ set });
  await rig.start();
  await rig.advance(1000);
  return rig;
}

/** The messages of the bundle's log file (its debug lines too: the Max console stays quiet on load). */
const logMessages = (rig: Rig): string[] => logLines(rig).map((line) => line.message);

/** The probe's lines in the bundle's log file. */
const platformLines = (rig: Rig): string[] => logMessages(rig).filter((message) => message.startsWith("platform:"));

test("the probe runs once after the first sync and logs one line: version, undo steps, atoms whole to 32767 both ways, times beside the model", async () => {
  // A hypothetical Live whose bridge exposes the undo functions: the probe's found path.
  const rig = await started({ version: [12, 2, 7], ...BRIDGE_WITH_UNDO_FUNCTIONS });
  const lines = platformLines(rig);
  assert.is(lines.length, 1, lines.join("\n"));
  const match = LINE.exec(lines[0]);
  assert.ok(match, lines[0]);
  const [, version, undo, gestures, toShim, toBundle, get, observer] = match!;
  assert.is(version, "12.2.7");
  assert.is(undo, "yes");
  assert.is(gestures, "yes");
  // The simulator's wire cuts at 32,767 as Max is reported to: the 32,768 probe arrives cut each way.
  assert.is(toShim, "32767");
  assert.is(toBundle, "32767");
  // Measured by the shim's Date over the simulator: about nothing, but numbers.
  assert.ok(Number.isFinite(Number(get)) && Number.isFinite(Number(observer)), `${get} ${observer}`);
  assert.equal(rig.failures, [], "the probe's deliberate long atoms fail no rule");
  assert.is(rig.wire.cutAtoms.length, 0);
  assert.ok(rig.wire.maxAtomChars <= 30_000, "the probe's atoms are not the device's traffic");
  const probes = rig.wire.probeAtoms.map((p) => `${p.to} ${p.length}${p.cut ? " cut" : ""}`);
  assert.equal(probes, ["shim 30000", "shim 32767", "shim 32768 cut", "node 30000", "node 32767", "node 32768 cut"]);
  const report = appOf(rig).platform.report!;
  assert.equal(report.toShim.map((p) => p.arrived), [30000, 32767, 32767]);
  assert.equal(report.toBundle.map((p) => p.arrived), [30000, 32767, 32767]);
  // A resync (the reinitialise action) does not probe again.
  const resync = appOf(rig).reinitialise();
  await rig.advance(1000);
  await resync;
  assert.is(platformLines(rig).length, 1);
});

test("the probe's texts are the same every time: two symbols in all, a cut one is the 32,767 text again, a restart adds none", async () => {
  const rig = await started();
  const interned = () => PROBE_LENGTHS.map((n) => rig.symbols.has(probeText(n)));
  assert.equal(interned(), [true, true, false]);
  const symbols = rig.symbols.mark();
  await rig.restartNode();
  await rig.advance(1000);
  assert.is(platformLines(rig).length, 2, "a restarted bundle probes again");
  assert.equal(interned(), [true, true, false]);
  assert.ok(rig.symbols.since(symbols) < 20, `${rig.symbols.since(symbols)} new symbols on a restart`);
});

test("the probe's timings stay within the block budget, sliced: 100 gets and 10 new observers, parked into the pool", async () => {
  const set = LiveSet.fromDescription(fixture("flat"));
  const rig = new Rig({ set });
  await rig.start();
  await rig.advance(1000);
  assert.ok(appOf(rig).platform.report, "the probe finished");
  const blocks = rig.ledger.blocks;
  for (const block of blocks) {
    assert.ok(block.calls <= BLOCK_BUDGET.calls && block.constructed <= BLOCK_BUDGET.newObjects && block.ms.central <= BLOCK_BUDGET.modelledMs, JSON.stringify(block));
  }
  // The sync's observers listen; the probe's ten were parked at once (a fresh shim parks no other).
  assert.is(set.stats.observersCreated - set.observerCount, 10, "ten observers created, none listening");
  // The pool re-uses them: the next observes create none.
  const before = set.stats.observersCreated;
  set.createScene();
  await rig.advance(500);
  assert.is(set.stats.observersCreated, before, "the new scene's observers come from the pool");
});

test("a Live without begin_undo_step / end_undo_step (every public one): the probe says no, actions act, one entry a change, the log file says so once, the console nothing", async () => {
  const r = await actionRig("external-synth");
  await r.rig.advance(1000);
  const [line] = platformLines(r.rig);
  assert.match(line, /undo steps no/);
  assert.is(r.app.undoSteps.steps.available, false);
  r.set.selectTrack(trackNamed(r.set, "Prophet midi").id);
  // Arming an external synth arms its MIDI and audio tracks: without grouping, each change is its own undo step.
  assert.ok((await r.play("track.arm")) >= 2);
  assert.is(Number(r.set.read(trackNamed(r.set, "Prophet midi").id, "arm")[0]), 1);
  assert.is(Number(r.set.read(trackNamed(r.set, "Prophet audio").id, "arm")[0]), 1);
  assert.ok((await r.play("track.arm")) >= 2);
  assert.is(Number(r.set.read(trackNamed(r.set, "Prophet midi").id, "arm")[0]), 0);
  await r.play("transport.metronome");
  assert.equal(r.rig.posts("warn"), []);
  assert.equal(logMessages(r.rig).filter((message) => message === NO_UNDO_STEPS_NOTE), [NO_UNDO_STEPS_NOTE]);
  assert.not.ok(r.rig.posts("error").some((line) => line.includes("undo_step")), r.rig.posts("error").join("\n"));
});

test("an action before the probe has answered: a refused begin_undo_step is enough to stop calling them, said once in the log file", async () => {
  const set = LiveSet.fromDescription(fixture("flat"));
  const rig = new Rig({ set });
  rig.launch();
  await rig.settle();
  const app = appOf(rig);
  // Straight after the sync, before the probe's answers: the runner calls begin_undo_step as usual.
  app.undoSteps.begin("test", false);
  app.undoSteps.end();
  await rig.advance(1000);
  app.undoSteps.begin("test", false);
  app.undoSteps.end();
  await rig.advance(100);
  assert.equal(rig.posts("warn"), []);
  assert.equal(logMessages(rig).filter((message) => message === NO_UNDO_STEPS_NOTE), [NO_UNDO_STEPS_NOTE]);
});

test("a hypothetical Live with undo steps: one action is one undo step (the probe changes nothing)", async () => {
  const r = await actionRig("external-synth", BRIDGE_WITH_UNDO_STEPS);
  await r.rig.advance(1000);
  r.set.selectTrack(trackNamed(r.set, "Prophet midi").id);
  assert.is(await r.play("track.arm"), 1);
  assert.is(r.app.undoSteps.steps.available, true);
  assert.equal(r.rig.posts("warn"), []);
});

test("log platform: the action logs the probe's line", async () => {
  const r = await actionRig("flat");
  await r.rig.advance(1000);
  assert.is(await r.play("log.platform"), 0, "logging is no edit");
  // Asked for, the line is shown on the console too; the probe's own run only wrote it to the log file.
  const shown = r.infos().filter((line) => line.startsWith("platform:"));
  assert.is(shown.length, 1, shown.join("\n"));
  assert.equal(platformLines(r.rig), [shown[0], shown[0]]);
});

test("a probe whose reply never comes (Max dropping an over-long atom) is a finding, not a resync", async () => {
  const set = LiveSet.fromDescription(fixture("flat"));
  const rig = new Rig({ set });
  // Max drops the batch that asks for the 32,768-character text, and so its reply never comes.
  rig.wire.tap((message) => {
    if (message.to === "shim" && message.atoms[0] === MSG_BATCH && message.atoms.includes("text") && message.atoms.includes(32768)) rig.wire.discard("shim");
  });
  await rig.start();
  await rig.advance(35_000);
  const app = (rig.bundle as { app: Protocol0 }).app;
  assert.is(app.syncCount, 1, "no resync");
  assert.equal(rig.posts("error"), []);
  assert.match(platformLines(rig)[0] ?? "", /atoms whole to 32767\/(\?|32767)/);
});

test("Live's version: Application at live_app answers the version the set was built with (12.1.5 by default, 11.2.11 under Live 11.2)", () => {
  const set = LiveSet.fromDescription(fixture("flat"));
  const LiveAPI = set.liveApiClass();
  const app = new LiveAPI(null, "live_app");
  assert.is(app.type, "Application");
  assert.equal([app.call("get_major_version"), app.call("get_minor_version"), app.call("get_bugfix_version")], [[12], [1], [5]]);
  assert.is(app.call("get_version_string"), "12.1.5");
  assert.match(app.info, /function get_major_version/);
  // The bridge exposes no undo step: `info` does not list them and a call is refused with its text.
  const song = new LiveAPI(null, "live_set");
  assert.not.match(song.info, /undo_step/);
  assert.is(song.call("begin_undo_step"), undefined);
  assert.equal(set.errors, ["'Song' object has no attribute 'begin_undo_step'"]);
  const hypothetical = LiveSet.fromDescription(fixture("flat"), BRIDGE_WITH_UNDO_STEPS);
  assert.match(new (hypothetical.liveApiClass())(null, "live_set").info, /function begin_undo_step\n/);
  const live11 = LiveSet.fromDescription(fixture("flat"), { live: "11.2" });
  assert.is(new (live11.liveApiClass())(null, "live_app").call("get_version_string"), "11.2.11");
});

test.run();
